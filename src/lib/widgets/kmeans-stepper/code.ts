// The stepper cell's Code fold: the same run in Python (scikit-learn) and in the course's engine, with the live settings.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { fitKMeans, importKMeans } from '$lib/notebook/code-kmeans';
import type { InitChoice } from './start-run';

export interface StepperValues {
	init: InitChoice;
	/** Whole rounds (assign + update) taken so far. */
	iteration: number;
	/** The half-step on screen, counted from the start of the run. */
	index: number;
	/** Click to place: the k colours placed so far. */
	placed?: readonly (readonly number[])[] | null;
}

export function code(
	context: CodeContext,
	{ init, iteration, index, placed }: StepperValues
): CellCode {
	const rounds = Math.max(1, iteration);
	const start =
		init === 'place' ? (placed && placed.length === context.k ? placed : undefined) : context.start;
	const settings = { ...context, init: init === 'place' ? context.init : init, start };
	const waiting = init === 'place' && !start;
	const python = waiting
		? `# place ${context.k} centroids on the page first: their colours become the start here\n`
		: importKMeans +
			fitKMeans({ ...settings }).replace('max_iter=300', `max_iter=${rounds}`) +
			`print("rounds:", km.n_iter_)  # ${rounds}, or fewer if it converged first\n` +
			`print("centroids:", km.cluster_centers_.round(3).tolist())\n` +
			`print("inertia:", km.inertia_)  # J once every colour has joined its nearest of these centroids\n`;
	const initText = init === 'place' ? `placed /* your ${context.k} placed colours */` : `'${init}'`;
	return {
		python: withStill(context, python),
		engine:
			`const run = createKMeans(notebook.pixels, { k: ${context.k}, seed: ${context.seed}, init: ${initText} });\n` +
			`run.next();  // one half-step: assign, then update, then assign… (run.step() takes a whole round)\n` +
			`const now = run.goTo(${Math.max(0, index)});  // the half-step on screen\n` +
			`now.inertia, now.changed, now.centroids`
	};
}

/** Flat r,g,b numbers as [r, g, b] triples. */
export function triples(flat: readonly number[]): number[][] {
	return Array.from({ length: Math.floor(flat.length / 3) }, (_, j) =>
		flat.slice(3 * j, 3 * j + 3)
	);
}
