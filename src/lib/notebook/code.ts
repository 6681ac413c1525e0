// Code folds: what every cell's generated Python and engine code is built from (one source per cell, run by the tests).
import type { InitMethod, Space } from '$lib/engine';

/** The live values a cell's code is written with. */
export interface CodeContext {
	/** The still's file name as a learner would have it beside the notebook, e.g. "poster.png". */
	file: string;
	title: string;
	width: number;
	height: number;
	k: number;
	seed: number;
	init: InitMethod;
	space: Space;
}

/** A cell's Code fold: Python (NumPy, scikit-learn, Pillow) a learner would write next, and the engine call. */
export interface CellCode {
	python: string;
	engine: string;
}

/**
 * Our init names in scikit-learn's words. 'kmeans++' and 'random' have an equivalent ('k-means++',
 * 'random'); a random partition has none, so the Python says so and builds the start in NumPy.
 */
export function sklearnInit(init: InitMethod, k: number, seed: number): { setup: string; argument: string } {
	if (init === 'kmeans++') return { setup: '', argument: '"k-means++"' };
	if (init === 'random') return { setup: '', argument: '"random"' };
	return {
		setup:
			`# scikit-learn has no "random partition" start: give every colour a random cluster, start from their means\n` +
			`rng = np.random.default_rng(${seed})\n` +
			`start_labels = rng.integers(${k}, size=len(colours))\n` +
			`start = np.array([np.average(colours[start_labels == j], axis=0, weights=counts[start_labels == j]) for j in range(${k})])\n`,
		argument: 'start'
	};
}

/** The first lines of most cells: the still as an h×w×3 array and its distinct colours with counts. */
export function loadStill(context: Pick<CodeContext, 'file'>): string {
	return (
		`import numpy as np\nfrom PIL import Image\n\n` +
		`image = np.asarray(Image.open("${context.file}").convert("RGB"))\n` +
		`colours, counts = np.unique(image.reshape(-1, 3), axis=0, return_counts=True)\n`
	);
}
