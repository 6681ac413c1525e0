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
	/** Explicit starting centroids (k RGB triples), e.g. placed by hand; they take the place of `init`. */
	start?: readonly (readonly number[])[];
}

/** A cell's Code fold: Python (NumPy, scikit-learn, Pillow) a learner would write next, and the engine call. */
export interface CellCode {
	python: string;
	engine: string;
}

/** A Python list literal of rows, e.g. [[1, 2, 3], [4, 5, 6]]. */
export function pythonRows(rows: readonly (readonly number[])[]): string {
	return `[${rows.map((row) => `[${row.map((v) => String(Number(v.toFixed(6)))).join(', ')}]`).join(', ')}]`;
}

/**
 * Our init names in scikit-learn's words, honestly. 'kmeans++' maps to scikit-learn's "k-means++" (the same
 * kind of start, drawn by NumPy's generator, so other colours). scikit-learn's "random" picks k rows
 * uniformly, which on distinct colours ignores their counts, while ours draws by pixel count: so the
 * Python draws it in NumPy. A random partition has no scikit-learn equivalent either: NumPy again.
 * `k` may be a number or a Python expression (a loop variable). Explicit `start` centroids win.
 */
export function sklearnInit(
	init: InitMethod,
	k: number | string,
	seed: number,
	start?: readonly (readonly number[])[]
): { setup: string; argument: string } {
	if (start)
		return {
			setup: `start = np.array(${pythonRows(start)})  # the ${start.length} starting centroids\n`,
			argument: 'start'
		};
	if (init === 'kmeans++') {
		return {
			setup: `# scikit-learn's own k-means++ draw (before version 1.3 it does not weigh colours by their counts)\n`,
			argument: '"k-means++"'
		};
	}
	const rng = `rng = np.random.default_rng(${seed})\n`;
	if (init === 'random') {
		return {
			setup:
				`# k different colours drawn by pixel count (scikit-learn's "random" would ignore the counts)\n` +
				rng +
				`start = colours[rng.choice(len(colours), size=${k}, replace=False, p=counts / counts.sum())].astype(float)\n`,
			argument: 'start'
		};
	}
	return {
		setup:
			`# scikit-learn has no "random partition" start: give every colour a random cluster, start from their means\n` +
			rng +
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

/** A fold's Python: the still loaded first (a notebook drops this part after its first cell), then the cell's own lines. */
export function withStill(context: Pick<CodeContext, 'file'>, body: string): string {
	return `${loadStill(context)}\n${body}`;
}

/** The Python a notebook keeps for a cell: its fold without the loading lines the first cell already ran. */
export function withoutStill(context: Pick<CodeContext, 'file'>, python: string): string {
	const prefix = `${loadStill(context)}\n`;
	return python.startsWith(prefix) ? python.slice(prefix.length) : python;
}

/** The engine's init option as a learner would type it. */
export function engineInit(context: Pick<CodeContext, 'init' | 'start'>): string {
	return context.start
		? `${JSON.stringify(context.start)} /* starting centroids */`
		: `'${context.init}'`;
}
