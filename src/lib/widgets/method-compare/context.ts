// The live values a Code fold is written with, read from the notebook (the still's file and size, k, seed, init, space).
import type { CodeContext } from '$lib/notebook/code';
import type { Notebook } from '$lib/notebook/notebook.svelte';
import { findSample } from '$lib/stills/catalogue';

export function codeContext(notebook: Notebook, overrides: Partial<CodeContext> = {}): CodeContext {
	const still = notebook.still;
	return {
		file: findSample(notebook.stillId)?.file ?? 'still.png',
		title: still?.title ?? '',
		width: still?.image.width ?? 0,
		height: still?.image.height ?? 0,
		k: notebook.k,
		seed: notebook.seed,
		init: notebook.init,
		space: notebook.space,
		...overrides
	};
}
