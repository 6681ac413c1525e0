// Build-time lesson rendering: front matter, markdown, KaTeX maths and widget blocks → HTML and widget slots.
import katex from 'katex';
import {
	Marked,
	type Token,
	type Tokens,
	type TokenizerExtension,
	type RendererExtension
} from 'marked';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_STILL_SHAPE, stillFacts } from '$lib/stills/facts';

export type LessonBlock =
	{ kind: 'html'; html: string } | { kind: 'widget'; name: string; props: Record<string, unknown> };

export interface RenderedLesson {
	title: string;
	summary: string;
	blocks: LessonBlock[];
	/** Whether any cell of the lesson reads the notebook's still (the picker says so only then). */
	usesStill: boolean;
}

/** What a widget folder's props.ts declares: the props a lesson may set, and whether the cell reads the still. */
export interface WidgetSpec {
	props: readonly string[];
	usesStill: boolean;
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

function checkFact(key: string, where: string): void {
	if (!(key in stillFacts))
		throw new LessonError(
			`unknown still fact "${key}" in "${where}" (known: ${Object.keys(stillFacts).join(', ')})`
		);
}

interface FactToken extends Tokens.Generic {
	key: string;
}

/**
 * `{still:width}` in prose: the default still's value at build time, replaced on the page by the chosen still's. It is plain
 * text, never maths: KaTeX's hidden MathML copy, which screen readers read, could not follow the still.
 */
const stillFact: TokenizerExtension & RendererExtension = {
	name: 'stillFact',
	level: 'inline',
	start: (src) => src.match(/\{still:/)?.index,
	tokenizer(src) {
		const match = /^\{still:([a-z0-9-]+)\}/.exec(src);
		if (!match) return;
		checkFact(match[1], match[0]);
		return { type: 'stillFact', raw: match[0], key: match[1] };
	},
	renderer: (token) => {
		const { key } = token as FactToken;
		return `<span data-still-fact="${key}">${stillFacts[key](DEFAULT_STILL_SHAPE)}</span>`;
	}
};

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
	marked.use({ extensions: [blockMath, inlineMath, stillFact] });
	return marked;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readFrontMatter(
	source: string,
	file: string
): { data: Record<string, unknown>; body: string } {
	const match = FRONT_MATTER.exec(source);
	if (!match) return { data: {}, body: source };
	const data = parseYaml(match[1]) as unknown;
	if (data !== null && typeof data !== 'object')
		throw new LessonError(`${file}: front matter is not a mapping`);
	return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

function widgetProps(
	text: string,
	name: string,
	file: string,
	allowed: readonly string[]
): Record<string, unknown> {
	if (text.trim() === '') return {};
	const props = parseYaml(text) as unknown;
	if (props === null || typeof props !== 'object' || Array.isArray(props)) {
		throw new LessonError(`${file}: the props of widget "${name}" must be "key: value" lines`);
	}
	const unknown = Object.keys(props).filter((key) => !allowed.includes(key));
	if (unknown.length > 0) {
		const known = allowed.length > 0 ? allowed.join(', ') : 'none';
		throw new LessonError(
			`${file}: widget "${name}" has no prop "${unknown.join('", "')}" (its props: ${known})`
		);
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
	if (parts.length !== 2)
		throw new LessonError(`${file}: a predict block needs a question, a "---" line and an answer`);
	const [question, answer] = parts.map(
		(part) => marked.parse(part.trim(), { async: false }) as string
	);
	return (
		`<aside class="predict"><p class="predict-label">Predict, then reveal</p>${question}` +
		`<details><summary>Reveal the answer</summary>${answer}</details></aside>\n`
	);
}

/** Render one lesson file; `widgets` holds every widget's spec, and any other name or an undeclared prop fails. */
export function renderLesson(
	source: string,
	file: string,
	widgets: Record<string, WidgetSpec>
): RenderedLesson {
	const { data, body } = readFrontMatter(source, file);
	if (typeof data.title !== 'string' || data.title.trim() === '') {
		throw new LessonError(`${file}: front matter has no title`);
	}
	const marked = createMarked();
	const blocks: LessonBlock[] = [];
	let usesStill = false;
	let pending: Token[] = [];
	const flush = () => {
		if (pending.length === 0) return;
		const tokens = Object.assign(pending, { links: {} }) as Token[] & {
			links: Record<string, never>;
		};
		blocks.push({ kind: 'html', html: marked.parser(tokens) });
		pending = [];
	};
	for (const token of marked.lexer(body)) {
		const lang = token.type === 'code' ? ((token as Tokens.Code).lang ?? '') : '';
		if (lang.startsWith('widget')) {
			const name = lang.slice('widget'.length).trim();
			const spec = widgets[name];
			if (!spec) {
				throw new LessonError(
					`${file}: unknown widget "${name}" (known: ${Object.keys(widgets).join(', ')})`
				);
			}
			flush();
			blocks.push({
				kind: 'widget',
				name,
				props: widgetProps((token as Tokens.Code).text, name, file, spec.props)
			});
			usesStill ||= spec.usesStill;
		} else if (lang === 'predict') {
			flush();
			blocks.push({ kind: 'html', html: renderPredict(marked, (token as Tokens.Code).text, file) });
		} else {
			pending.push(token);
		}
	}
	flush();
	const summary = typeof data.summary === 'string' ? data.summary.trim() : '';
	return { title: data.title.trim(), summary, blocks, usesStill };
}
