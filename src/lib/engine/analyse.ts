// Analyse: the one pipeline every caller uses — cluster (k-means or hue sort), then palette, quantize, metrics and PNG sizes.
import { EngineError } from './errors';
import { huesortClustering } from './analyse-huesort';
import { createKMeans, type InitMethod, type Space } from './kmeans';
import { pointsInSpace, centroidsToSpace, nearestCentroids } from './kmeans-space';
import { buildPalette, type PaletteEntry, type PaletteOrder } from './palette';
import type { PixelSet, RgbaImage } from './pixels';
import {
	qualityMetrics,
	quantizeFromLabels,
	type QualityMetrics,
	type Quantized
} from './quantize';
import { pngSizes, type PngSizes } from './png';
import { pinnedKMeans } from './pinned';
import { medianCut } from './mediancut';

export type Method = 'kmeans' | 'huesort' | 'mediancut';

export interface AnalyseOptions {
	method?: Method;
	k: number;
	/** k-means only. Default 'kmeans++'. */
	init?: InitMethod | ArrayLike<number>[];
	/** k-means only. Default 1; restart r runs with seed + r. */
	seed?: number;
	/** Where k-means measures distances and where nearest colours are found. Default 'rgb'. */
	space?: Space;
	/** k-means only: best of this many seeded runs, by inertia. Default 1. */
	restarts?: number;
	/** k-means only. Default 300. */
	maxIterations?: number;
	/** k-means only: colours (RGB bytes) that are centroids throughout and at convergence. */
	pins?: readonly (readonly [number, number, number])[];
	/** k-means and median cut: a weight per distinct colour (a mask), instead of its pixel count. */
	weights?: Float64Array;
}

export interface Analysis {
	method: Method;
	/** Clusters used: k, or fewer when the image has fewer distinct colours (see note). */
	k: number;
	requestedK: number;
	note: string | null;
	space: Space;
	/** k*3 RGB 0..255 floats. */
	centroids: Float64Array;
	/** Whole pixels per cluster. */
	counts: Float64Array;
	/** Per distinct colour: its cluster. */
	labels: Uint16Array;
	/** Sum over pixels of the squared distance (in the space) to their cluster's centroid. */
	inertia: number;
	iterations: number;
	converged: boolean;
	/** The seed of the run kept (k-means with restarts: the best one); null for hue sort. */
	seed: number | null;
	timings: { cluster: number };
}

const now = () => globalThis.performance?.now() ?? Date.now();

/** Cluster the still's distinct colours. Neither method looks at where a pixel is, only at its colour. */
export function analyse(pixels: PixelSet, options: AnalyseOptions): Analysis {
	const { method = 'kmeans', k, space = 'rgb' } = options;
	if (method !== 'kmeans' && method !== 'huesort' && method !== 'mediancut') {
		throw new EngineError(`unknown method "${String(method)}": use kmeans, huesort or mediancut`);
	}
	const started = now();
	const result =
		method === 'huesort'
			? huesortClustering(pixels, k, space)
			: method === 'mediancut'
				? medianCutClustering(pixels, options)
				: options.pins?.length || options.weights
					? bestPinned(pixels, options)
					: bestKMeans(pixels, options);
	return { ...result, method, space, timings: { cluster: now() - started } };
}

type Clustering = Omit<Analysis, 'method' | 'space' | 'timings'>;

function bestKMeans(pixels: PixelSet, options: AnalyseOptions): Clustering {
	const { k, init, seed = 1, space = 'rgb', restarts = 1, maxIterations } = options;
	if (!Number.isInteger(restarts) || restarts < 1)
		throw new EngineError(`restarts must be a whole number of at least 1 (got ${restarts})`);
	// Explicit starting centroids give the same run every time: one is enough.
	const tries = typeof init === 'string' || init === undefined ? restarts : 1;
	let best: Clustering | null = null;
	for (let r = 0; r < tries; r++) {
		const run = createKMeans(pixels, { k, init, seed: seed + r, space, maxIterations });
		const end = run.runToEnd();
		if (best && end.inertia >= best.inertia) continue;
		best = {
			k: run.k,
			requestedK: run.requestedK,
			note: run.note,
			centroids: end.centroids,
			counts: end.counts,
			labels: run.labels(),
			inertia: end.inertia,
			iterations: end.iteration,
			converged: end.converged,
			seed: seed + r
		};
	}
	return best as Clustering;
}

const pixelWeights = (pixels: PixelSet) =>
	Float64Array.from(pixels.counts.subarray(0, pixels.size));

function medianCutClustering(pixels: PixelSet, options: AnalyseOptions): Clustering {
	const cut = medianCut(pixels, options.weights ?? pixelWeights(pixels), options.k, options.space);
	const note =
		cut.k < options.k ? `only ${cut.k} boxes: the still has too few colours to cut further` : null;
	return {
		...cut,
		requestedK: options.k,
		note,
		iterations: cut.k - 1,
		converged: true,
		seed: null
	};
}

/** k-means with pins held fixed and/or masked weights: best of the restarts by (weighted) inertia. */
function bestPinned(pixels: PixelSet, options: AnalyseOptions): Clustering {
	const {
		k,
		init = 'kmeans++',
		seed = 1,
		space = 'rgb',
		restarts = 1,
		maxIterations,
		pins = []
	} = options;
	if (init !== 'kmeans++' && init !== 'random')
		throw new EngineError('pins and masks start k-means with kmeans++ or random');
	const weights = options.weights ?? pixelWeights(pixels);
	let best: Clustering | null = null;
	for (let r = 0; r < restarts; r++) {
		const run = pinnedKMeans(pixels, weights, {
			k,
			pins,
			seed: seed + r,
			space,
			init,
			maxIterations
		});
		if (best && run.inertia >= best.inertia) continue;
		best = { ...run, k, requestedK: k, note: null, seed: seed + r };
	}
	return best as Clustering;
}

/** The palette of an analysis, in the given order (hue by default). */
export function paletteOf(
	analysis: Pick<Analysis, 'centroids' | 'counts'>,
	order: PaletteOrder = 'hue'
): PaletteEntry[] {
	return buildPalette(analysis.centroids, analysis.counts, order);
}

/** The palette's colours as bytes, r,g,b flat, in the palette's order. */
export function paletteBytes(palette: readonly PaletteEntry[]): Uint8Array {
	return Uint8Array.from(palette.flatMap((entry) => entry.rgb));
}

/**
 * Each distinct colour's nearest palette colour, measured in the given space (lowest index on ties).
 * The palette is the rounded colours a file would hold, so the picture shown is the picture saved.
 */
export function nearestPaletteLabels(
	pixels: PixelSet,
	paletteRgb: ArrayLike<number>,
	space: Space = 'rgb'
): Uint16Array {
	const count = Math.floor(paletteRgb.length / 3);
	const labels = new Uint16Array(pixels.size);
	if (count === 0) return labels;
	nearestCentroids(
		pointsInSpace(pixels, space),
		pixels.size,
		centroidsToSpace(paletteRgb, count, space),
		count,
		labels
	);
	return labels;
}

/** Repaints the still with a palette: every pixel takes its nearest palette colour (in the space). */
export function quantizeWith(
	pixels: PixelSet,
	paletteRgb: ArrayLike<number>,
	space: Space = 'rgb'
): Quantized {
	const count = Math.floor(paletteRgb.length / 3);
	const nearest = nearestPaletteLabels(pixels, paletteRgb, space);
	const pixelCount = pixels.width * pixels.height;
	const indices = count + 1 <= 256 ? new Uint8Array(pixelCount) : new Uint16Array(pixelCount);
	for (let p = 0; p < pixelCount; p++) {
		const distinct = pixels.pixelIndex[p];
		indices[p] = distinct < 0 ? count : nearest[distinct];
	}
	return { indices, image: quantizeFromLabels(pixels, nearest, paletteRgb), count };
}

export interface Report {
	analysis: Analysis;
	palette: PaletteEntry[];
	quantized: Quantized;
	metrics: QualityMetrics;
	/** Only when asked for: encoding PNGs costs more than everything else. */
	sizes: PngSizes | null;
	timings: { cluster: number; quantize: number; png: number };
}

/** analyse, then the palette, the repainted still, its error and (optionally) its PNG sizes. */
export function analyseImage(
	image: RgbaImage,
	pixels: PixelSet,
	options: AnalyseOptions & { order?: PaletteOrder; png?: boolean }
): Report {
	const analysis = analyse(pixels, options);
	const palette = paletteOf(analysis, options.order);
	const started = now();
	const quantized = quantizeWith(pixels, paletteBytes(palette), analysis.space);
	const metrics = qualityMetrics(image, quantized.image);
	const quantizedAt = now();
	const sizes = options.png ? pngSizes(image, quantized, paletteBytes(palette)) : null;
	return {
		analysis,
		palette,
		quantized,
		metrics,
		sizes,
		timings: {
			cluster: analysis.timings.cluster,
			quantize: quantizedAt - started,
			png: sizes ? now() - quantizedAt : 0
		}
	};
}
