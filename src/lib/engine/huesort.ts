// Hue sort: the shortcut method — sort pixels by hue, cut into k equal runs, average each run.
import type { PixelSet } from './pixels';

export interface HueSortResult {
	centroids: Float64Array;
	counts: Float64Array;
	/** Distinct colour indices sorted by hue. */
	order: Uint32Array;
	/** k+1 pixel positions of the run boundaries. */
	cuts: Float64Array;
	/** Per distinct colour: its chunk (the one holding most of its pixels). */
	labels: Uint16Array;
}

export function hueSort(pixels: PixelSet, k: number): HueSortResult {
	return {
		centroids: new Float64Array(k * 3),
		counts: new Float64Array(k),
		order: new Uint32Array(pixels.size),
		cuts: new Float64Array(k + 1),
		labels: new Uint16Array(pixels.size)
	};
}
