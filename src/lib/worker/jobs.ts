// The engine worker's jobs: each takes the current still and a typed request, may report progress, returns a result.
import {
	analyse,
	downscale,
	encodeTruecolourPng,
	nearestRealColors,
	paletteBytes,
	paletteOf,
	pixelSetFromRgba,
	type PixelSet,
	type RgbaImage
} from '$lib/engine';
import {
	decodeToWorkingSize,
	type DecodeRequest,
	type DecodedStill
} from '$lib/stills/decode-image';
import { deltaEMap } from './delta-map';
import { clipJob, labJob } from './lab-jobs';
import type {
	AnalyseRequest,
	AnalyseResult,
	Jobs,
	JobKind,
	QuantizeRequest,
	QuantizeResult,
	SeriesRequest,
	SeriesResult,
	SizesPoint,
	SizesRequest
} from './protocol';
import { repaint } from './repaint';

/** The still the worker holds, with what has been derived from it so far. */
export class StillCache {
	readonly pixels: PixelSet;
	#scaled = new Map<number, { image: RgbaImage; pixels: PixelSet }>();
	#truecolour: number | null = null;

	constructor(readonly image: RgbaImage) {
		this.pixels = pixelSetFromRgba(image);
	}

	/** The still shrunk so its longer side is at most `size` (itself when already that small). */
	scaled(size: number | null | undefined): { image: RgbaImage; pixels: PixelSet } {
		if (!size || Math.max(this.image.width, this.image.height) <= size) return this;
		let entry = this.#scaled.get(size);
		if (!entry) {
			const image = downscale(this.image, size);
			entry = { image, pixels: pixelSetFromRgba(image) };
			this.#scaled.set(size, entry);
		}
		return entry;
	}

	get truecolourBytes(): number {
		return (this.#truecolour ??= encodeTruecolourPng(this.image).length);
	}
}

export interface JobContext {
	still: StillCache;
	progress(value: unknown): void;
	/** Lets queued messages (a cancel) in; throws when this job has been cancelled. */
	checkpoint(): Promise<void>;
}

type Handler<K extends JobKind> = (
	request: Jobs[K]['request'],
	context: JobContext
) => Promise<Jobs[K]['result']> | Jobs[K]['result'];

function analyseJob(request: AnalyseRequest, { still }: JobContext): AnalyseResult {
	const clustered = still.scaled(request.workingSize);
	const analysis = analyse(clustered.pixels, request);
	const palette = paletteOf(analysis, request.order);
	const { repainted, metrics, png, timings } = repaint(still, paletteBytes(palette), request);
	return {
		analysis,
		palette,
		metrics,
		png,
		repainted: request.image ? repainted : null,
		clustered: {
			width: clustered.image.width,
			height: clustered.image.height,
			distinct: clustered.pixels.size
		},
		timings: { cluster: analysis.timings.cluster, ...timings },
		errorMap: request.errorMap ? deltaEMap(still.image, repainted.image) : null
	};
}

async function seriesJob(request: SeriesRequest, context: JobContext): Promise<{ count: number }> {
	const { ks, nearest = false, ...options } = request;
	for (const k of ks) {
		await context.checkpoint();
		const result = analyse(context.still.pixels, { ...options, k, method: 'kmeans' });
		const progress: SeriesResult = {
			k,
			usedK: result.k,
			note: result.note,
			inertia: result.inertia,
			ms: result.timings.cluster,
			iterations: result.iterations,
			converged: result.converged,
			centroids: result.centroids,
			counts: result.counts,
			nearest: nearest ? nearestRealColors(context.still.pixels, result.centroids) : null
		};
		context.progress(progress);
	}
	return { count: ks.length };
}

async function sizesJob(request: SizesRequest, context: JobContext): Promise<{ count: number }> {
	const { ks, dither = false, ...options } = request;
	for (const k of ks) {
		await context.checkpoint();
		const analysis = analyse(context.still.pixels, { ...options, k, method: 'kmeans' });
		const { metrics, png } = repaint(context.still, paletteBytes(paletteOf(analysis)), {
			space: options.space,
			png: true,
			dither
		});
		const point: SizesPoint = {
			k,
			indexed: png?.indexed.length ?? 0,
			truecolour: png?.truecolour ?? 0,
			psnr: metrics.psnr,
			meanDeltaE: metrics.meanDeltaE
		};
		context.progress(point);
	}
	return { count: ks.length };
}

function quantizeJob(request: QuantizeRequest, { still }: JobContext): QuantizeResult {
	const { repainted, metrics, png } = repaint(still, request.palette, request);
	return { repainted, metrics, png };
}

function decodeJob(request: DecodeRequest, context: JobContext): Promise<DecodedStill> {
	return decodeToWorkingSize(request.source, context.progress, request.maxSide, context.checkpoint);
}

export const handlers: { [K in JobKind]: Handler<K> } = {
	analyse: analyseJob,
	series: seriesJob,
	quantize: quantizeJob,
	sizes: sizesJob,
	lab: labJob,
	clip: clipJob,
	decode: decodeJob
};
