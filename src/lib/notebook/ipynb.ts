// A lesson as a Jupyter notebook (nbformat 4): its prose as markdown cells, each live cell's Python, and the still embedded.
import { loadStill, withoutStill, type CellCode, type CodeContext } from './code';

export type NotebookPart =
	| { kind: 'markdown'; text: string }
	| { kind: 'cell'; name: string; props: Record<string, unknown> };

/** What the build gives a lesson's download: its title, summary and parts in order. */
export interface NotebookSource {
	title: string;
	summary: string;
	parts: NotebookPart[];
}

interface NotebookCell {
	cell_type: 'markdown' | 'code';
	id: string;
	metadata: Record<string, never>;
	source: string;
	execution_count?: null;
	outputs?: never[];
}

export interface Ipynb {
	nbformat: 4;
	nbformat_minor: 5;
	metadata: Record<string, unknown>;
	cells: NotebookCell[];
}

/** Bytes as base64, the same in the browser and in Node (both have btoa). */
export function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

/** The still's file name in a notebook: always a PNG of exactly the pixels the page used. */
export function notebookFile(file: string): string {
	return file.replace(/\.[a-z0-9]+$/i, '') + '.png';
}

/** The first code cell: write the embedded still beside the notebook, then load it. */
function stillCell(context: CodeContext, png: Uint8Array): string {
	const lines = toBase64(png).match(/.{1,100}/g) ?? [];
	return (
		`# The still this notebook was made with, written beside it as "${context.file}" (${context.width}×${context.height} pixels)\n` +
		`import base64\nfrom pathlib import Path\n\n` +
		`Path("${context.file}").write_bytes(base64.b64decode("""\n${lines.join('\n')}\n"""))\n\n` +
		loadStill(context) +
		`print("shape:", image.shape, "distinct colours:", len(colours))\n`
	);
}

/**
 * The notebook: a heading with the settings, the still cell, then the lesson's parts in order, each live
 * cell as its Python (without the loading lines, which the still cell ran). `cellCode` gives a cell's code
 * for the context, or null for a cell with nothing to run.
 */
export function buildNotebook(
	source: NotebookSource,
	context: CodeContext,
	png: Uint8Array,
	cellCode: (name: string, props: Record<string, unknown>, context: CodeContext) => CellCode | null
): Ipynb {
	const at = { ...context, file: notebookFile(context.file) };
	let count = 0;
	const markdown = (text: string): NotebookCell => ({
		cell_type: 'markdown',
		id: `cell-${count++}`,
		metadata: {},
		source: text
	});
	const code = (text: string): NotebookCell => ({
		cell_type: 'code',
		id: `cell-${count++}`,
		metadata: {},
		source: text.trimEnd(),
		execution_count: null,
		outputs: []
	});
	const settings = `Still: *${at.title}* (\`${at.file}\`, ${at.width}×${at.height}); k = ${at.k}, seed = ${at.seed}, start: ${at.init}.`;
	const cells = [
		markdown(`# ${source.title}\n\n${source.summary}\n\n${settings}`),
		code(stillCell(at, png))
	];
	for (const part of source.parts) {
		if (part.kind === 'markdown') {
			cells.push(markdown(part.text));
			continue;
		}
		const cell = cellCode(part.name, part.props, at);
		if (cell) cells.push(code(withoutStill(at, cell.python)));
	}
	return {
		nbformat: 4,
		nbformat_minor: 5,
		metadata: {
			kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
			language_info: { name: 'python' }
		},
		cells
	};
}
