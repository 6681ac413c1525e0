// Building a lesson's .ipynb in the browser for the current still and settings, and handing it over as a file.
import { encodeTruecolourPng, type RgbaImage } from '$lib/engine';
import type { CodeContext } from './code';
import { notebookCellCode } from './cells';
import { buildNotebook, type NotebookSource } from './ipynb';

/** Fetch the lesson's prose and cells, build the notebook around the still, and save it as `filename`. */
export async function downloadNotebook(
	url: string,
	context: CodeContext,
	image: RgbaImage,
	filename: string
): Promise<void> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the lesson's text could not be fetched (${response.status})`);
	const source = (await response.json()) as NotebookSource;
	const notebook = buildNotebook(source, context, encodeTruecolourPng(image), (name, props, at) =>
		notebookCellCode(name, props, at, image)
	);
	const blob = new Blob([JSON.stringify(notebook, null, 1)], { type: 'application/x-ipynb+json' });
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
