// The Lab's methods: the four columns it compares, and the analyse options each one runs with.
import type { AnalyseOptions, InitMethod, Space } from '$lib/engine';

export const LAB_METHODS = ['kmeans-rgb', 'kmeans-oklab', 'huesort', 'mediancut'] as const;
export type LabMethod = (typeof LAB_METHODS)[number];

export const methodTitles: Record<LabMethod, string> = {
	'kmeans-rgb': 'k-means in RGB',
	'kmeans-oklab': 'k-means in OKLab',
	huesort: 'Hue sort',
	mediancut: 'Median cut'
};

export interface LabSettings {
	k: number;
	seed: number;
	init: InitMethod;
	restarts: number;
	/** Where hue sort and median cut find each pixel's nearest palette colour (each k-means column has its own). */
	space: Space;
}

export const defaultSettings: LabSettings = {
	k: 6,
	seed: 1,
	init: 'kmeans++',
	restarts: 1,
	space: 'rgb'
};

/** The analyse options of one column; pins and mask weights are added by the caller. */
export function methodOptions(method: LabMethod, settings: LabSettings): AnalyseOptions {
	const { k, seed, init, restarts, space } = settings;
	if (method === 'kmeans-rgb' || method === 'kmeans-oklab') {
		return {
			method: 'kmeans',
			k,
			seed,
			init,
			restarts,
			space: method === 'kmeans-rgb' ? 'rgb' : 'oklab'
		};
	}
	return { method, k, space };
}
