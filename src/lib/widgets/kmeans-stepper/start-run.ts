// Starting a stepper run: the settings it reads, the speeds it plays at, and a k-means run built from them.
import {
	createKMeans,
	type InitMethod,
	type KMeansOptions,
	type KMeansRun,
	type PixelSet,
	type Space
} from '$lib/engine';

/** The notebook's init methods, plus dropping the starting centroids by hand. */
export type InitChoice = InitMethod | 'place';

export const SPEEDS = [
	{ label: 'Slow', interval: 1400 },
	{ label: 'Normal', interval: 700 },
	{ label: 'Fast', interval: 250 },
	{ label: 'Fastest', interval: 70 }
] as const;

/** What the stepper reads from the notebook (k, seed and init are shared with later lessons). */
export interface StepperSource {
	readonly pixels: PixelSet | null;
	k: number;
	seed: number;
	init: InitMethod;
	/** Where distances are measured. */
	readonly space: Space;
}

export interface Created {
	run: KMeansRun | null;
	error: string | null;
}

/** A fresh run for these settings; with `placed` (click to place) only once k starting centroids are there. */
export function startRun(source: StepperSource, placed: readonly number[] | null): Created {
	const { pixels, k, seed, space } = source;
	if (!pixels) return { run: null, error: null };
	let init: KMeansOptions['init'] = source.init;
	if (placed) {
		if (placed.length < k * 3) return { run: null, error: null };
		init = Array.from({ length: k }, (_, i) => placed.slice(i * 3, i * 3 + 3));
	}
	try {
		return { run: createKMeans(pixels, { k, seed, init, space }), error: null };
	} catch (error) {
		return { run: null, error: (error as Error).message };
	}
}
