// Build-time lesson rendering: front matter, markdown, KaTeX maths and widget blocks → HTML and widget slots.
import katex from 'katex';
import { Marked, type Token, type Tokens, type TokenizerExtension, type RendererExtension } from 'marked';
import { parse as parseYaml } from 'yaml';

export type LessonBlock =
	| { kind: 'html'; html: string }
	| { kind: 'widget'; name: string; props: Record<string, unknown> };

export interface RenderedLesson {
	title: string;
	summary: string;
	blocks: LessonBlock[];
}

export class LessonError extends Error {}

/** KaTeX rendering that fails the build on a broken formula; `\htmlClass` is the only trusted command (the stepper highlights the active half-step with it). */
export function renderMath(tex: string, displayMode: boolean): string {
	return katex.renderToString(tex, {
		displayMode,
		throwOnError: true,
		strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn'),
		trust: (context) => context.command === '\\htmlClass'
	});
}

interface MathToken extends Tokens.Generic {
	text: string;
}

const blockMath: TokenizerExtension & RendererExtension = {
	name: 'blockMath',
	level: 'block',
	start: (src) => src.match(/^\$\$/m)?.index,
	tokenizer(src) {
		const match = /^\$\$([\s\S]+?)\$\$(?:\n|$)/.exec(src);
		if (match) return { type: 'blockMath', raw: match[0], text: match[1].trim() };
	},
	// A long formula scrolls sideways on a phone (app.css): a scrolling region must be reachable by keyboard.
	renderer: (token) =>
		`<div class="math-display">${renderMath((token as MathToken).text, true).replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">')}</div>\n`
};

const inlineMath: TokenizerExtension & RendererExtension = {
	name: 'inlineMath',
	level: 'inline',
	start: (src) => src.match(/(?<!\\)\$/)?.index,
	tokenizer(src) {
		const match = /^\$(?!\$)((?:\\\$|[^$\n])+?)\$/.exec(src);
		if (match) return { type: 'inlineMath', raw: match[0], text: match[1] };
	},
	renderer: (token) => renderMath((token as MathToken).text, false)
};

function createMarked(): Marked {
	const marked = new Marked({ gfm: true });
	marked.use({ extensions: [blockMath, inlineMath] });
	return marked;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readFrontMatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
	const match = FRONT_MATTER.exec(source);
	if (!match) return { data: {}, body: source };
	const data = parseYaml(match[1]) as unknown;
	if (data !== null && typeof data !== 'object') throw new LessonError(`${file}: front matter is not a mapping`);
	return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

function widgetProps(text: string, name: string, file: string): Record<string, unknown> {
	if (text.trim() === '') return {};
	const props = parseYaml(text) as unknown;
	if (props === null || typeof props !== 'object' || Array.isArray(props)) {
		throw new LessonError(`${file}: the props of widget "${name}" must be "key: value" lines`);
	}
	// A prop written as $$…$$ arrives as KaTeX HTML rendered at build time: a cell can fill or highlight parts of it
	// (marked with \htmlClass) without any KaTeX code in the browser.
	for (const [key, value] of Object.entries(props)) {
		if (typeof value === 'string' && /^\$\$[\s\S]+\$\$$/.test(value.trim())) {
			(props as Record<string, unknown>)[key] = renderMath(value.trim().slice(2, -2), true);
		}
	}
	return props as Record<string, unknown>;
}

/** A `predict` block holds a question, a line of three dashes, and the answer shown on request. */
function renderPredict(marked: Marked, text: string, file: string): string {
	const parts = text.split(/^---\s*$/m);
	if (parts.length !== 2) throw new LessonError(`${file}: a predict block needs a question, a "---" line and an answer`);
	const [question, answer] = parts.map((part) => marked.parse(part.trim(), { async: false }) as string);
	return (
		`<aside class="predict"><p class="predict-label">Predict, then reveal</p>${question}` +
		`<details><summary>Reveal the answer</summary>${answer}</details></aside>\n`
	);
}

/** Render one lesson file; `widgets` is the registry's list of names, and any other name fails. */
export function renderLesson(source: string, file: string, widgets: readonly string[]): RenderedLesson {
	const { data, body } = readFrontMatter(source, file);
	if (typeof data.title !== 'string' || data.title.trim() === '') {
		throw new LessonError(`${file}: front matter has no title`);
	}
	const marked = createMarked();
	const blocks: LessonBlock[] = [];
	let pending: Token[] = [];
	const flush = () => {
		if (pending.length === 0) return;
		const tokens = Object.assign(pending, { links: {} }) as Token[] & { links: Record<string, never> };
		blocks.push({ kind: 'html', html: marked.parser(tokens) });
		pending = [];
	};
	for (const token of marked.lexer(body)) {
		const lang = token.type === 'code' ? ((token as Tokens.Code).lang ?? '') : '';
		if (lang.startsWith('widget')) {
			const name = lang.slice('widget'.length).trim();
			if (!widgets.includes(name)) {
				throw new LessonError(`${file}: unknown widget "${name}" (known: ${widgets.join(', ')})`);
			}
			flush();
			blocks.push({ kind: 'widget', name, props: widgetProps((token as Tokens.Code).text, name, file) });
		} else if (lang === 'predict') {
			flush();
			blocks.push({ kind: 'html', html: renderPredict(marked, (token as Tokens.Code).text, file) });
		} else {
			pending.push(token);
		}
	}
	flush();
	return { title: data.title.trim(), summary: typeof data.summary === 'string' ? data.summary.trim() : '', blocks };
}
