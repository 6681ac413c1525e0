// Messages between the page and the k-means worker: a pixel set and a list of k in, one result per k out.
import type { InitMethod, PixelSet } from '$lib/engine';

/** The parts of a pixel set k-means needs; typed arrays are copied to the worker, never shared. */
export interface PixelPayload {
	colors: Uint8Array;
	counts: Uint32Array;
	size: number;
	total: number;
}

export interface SeriesJob {
	job: number;
	pixels: PixelPayload;
	ks: number[];
	seed: number;
	init: InitMethod;
	/** Also find, for each centroid, the nearest colour that occurs in the image. */
	nearest: boolean;
}

export interface SeriesResult {
	k: number;
	/** k may be lowered when the image has fewer distinct colours; the engine says why in note. */
	usedK: number;
	note: string | null;
	inertia: number;
	/** Wall-clock time of this k's run inside the worker. */
	ms: number;
	iterations: number;
	converged: boolean;
	centroids: Float64Array;
	counts: Float64Array;
	nearest: { rgb: Uint8Array; distance: Float64Array } | null;
}

export type WorkerReply =
	| { type: 'result'; job: number; result: SeriesResult }
	| { type: 'done'; job: number }
	| { type: 'error'; job: number; message: string };

export function toPayload(pixels: PixelSet): PixelPayload {
	return { colors: pixels.colors, counts: pixels.counts, size: pixels.size, total: pixels.total };
}

/** Rebuild a pixel set inside the worker; per-pixel indexes are not needed for clustering. */
export function fromPayload(payload: PixelPayload): PixelSet {
	return { ...payload, transparent: 0, width: payload.size, height: 1, pixelIndex: new Int32Array(0) };
}
