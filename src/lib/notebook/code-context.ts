// The notebook's live state as the CodeContext every Code fold is written with.
import { findSample } from '$lib/stills/catalogue';
import type { CodeContext } from './code';
import type { Notebook } from './notebook.svelte';

/** The still's file as a learner would have it (a bundled sample's own name, "still.png" otherwise) and the shared settings. */
export function codeContext(notebook: Notebook, overrides: Partial<CodeContext> = {}): CodeContext {
	const still = notebook.still;
	return {
		file: (still && findSample(still.id)?.file) || 'still.png',
		title: still?.title ?? 'the still',
		width: still?.image.width ?? 0,
		height: still?.image.height ?? 0,
		k: notebook.k,
		seed: notebook.seed,
		init: notebook.init,
		space: notebook.space,
		...overrides
	};
}
