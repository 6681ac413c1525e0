// Build-time: a lesson's markdown source split into what a Jupyter notebook holds — prose (maths left as $…$) and live cells.
import { Marked, type Tokens } from 'marked';
import type { NotebookPart, NotebookSource } from '$lib/notebook/ipynb';
import { readFrontMatter } from './markdown';
import { parse as parseYaml } from 'yaml';

/** A predict block as notebook markdown: the question, and the answer folded away as on the page. */
function predictMarkdown(text: string): string {
	const [question, answer = ''] = text.split(/^---\s*$/m).map((part) => part.trim());
	return `**Predict, then reveal.** ${question}\n\n<details><summary>Reveal the answer</summary>\n\n${answer}\n\n</details>`;
}

/** The lesson's prose and cells in order; prose keeps its source text, so Jupyter renders its $…$ maths itself. */
export function notebookParts(source: string, file: string): NotebookSource {
	const { data, body } = readFrontMatter(source, file);
	const parts: NotebookPart[] = [];
	let prose = '';
	const flush = () => {
		if (prose.trim()) parts.push({ kind: 'markdown', text: prose.trim() });
		prose = '';
	};
	for (const token of new Marked({ gfm: true }).lexer(body)) {
		const lang = token.type === 'code' ? ((token as Tokens.Code).lang ?? '') : '';
		if (lang.startsWith('widget')) {
			flush();
			const props = parseYaml((token as Tokens.Code).text) as Record<string, unknown> | null;
			parts.push({ kind: 'cell', name: lang.slice('widget'.length).trim(), props: props ?? {} });
		} else if (lang === 'predict') {
			flush();
			parts.push({ kind: 'markdown', text: predictMarkdown((token as Tokens.Code).text) });
		} else {
			prose += token.raw;
		}
	}
	flush();
	return {
		title: String(data.title ?? file),
		summary: typeof data.summary === 'string' ? data.summary : '',
		parts
	};
}
