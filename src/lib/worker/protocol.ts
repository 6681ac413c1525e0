// Messages between a page and its engine worker: the still once, then typed jobs with progress, results, errors and cancel.
import type { DecodeProgress, DecodeRequest, DecodedStill } from '$lib/stills/decode-image';
import type {
	AnalyseOptions,
	Analysis,
	PaletteEntry,
	PaletteOrder,
	QualityMetrics,
	RgbaImage,
	Space
} from '$lib/engine';
import type { LabMethod, LabSettings } from '$lib/lab/methods';
import type { LabMask } from '$lib/lab/mask';

/** A k-means run to convergence for one k of a series. */
export interface SeriesResult {
	k: number;
	/** k may be lowered when the image has fewer distinct colours; note says why. */
	usedK: number;
	note: string | null;
	inertia: number;
	/** Wall-clock time of this k's run inside the worker. */
	ms: number;
	iterations: number;
	converged: boolean;
	centroids: Float64Array;
	counts: Float64Array;
	/** For each centroid, the nearest colour that occurs in the image (when asked for). */
	nearest: { rgb: Uint8Array; distance: Float64Array } | null;
}

export interface AnalyseRequest extends AnalyseOptions {
	order?: PaletteOrder;
	/** Cluster a copy whose longer side is at most this many pixels; the full still is repainted with its palette. */
	workingSize?: number | null;
	/** Return the repainted still (RGBA and palette indices). */
	image?: boolean;
	/** Encode the repainted still as an indexed PNG (returned) and the original as a truecolour PNG (its size). */
	png?: boolean;
	/** Repaint with Floyd–Steinberg dithering (nearest colours in RGB) instead of each pixel's nearest colour. */
	dither?: boolean;
	/** Return the per-pixel ΔE (OKLab) between the still and its repainted copy. */
	errorMap?: boolean;
}

export interface Repainted {
	image: RgbaImage;
	indices: Uint8Array | Uint16Array;
}

export interface PngResult {
	/** The indexed PNG's bytes: the file a download saves. */
	indexed: Uint8Array;
	/** Bytes of the original still as a truecolour PNG. */
	truecolour: number;
}

export interface AnalyseResult {
	analysis: Analysis;
	palette: PaletteEntry[];
	metrics: QualityMetrics;
	repainted: Repainted | null;
	png: PngResult | null;
	/** The size clustered (the working size, or the still's own). */
	clustered: { width: number; height: number; distinct: number };
	timings: { cluster: number; quantize: number; png: number };
	/** Per pixel ΔE (OKLab), row by row, when asked for; NaN where the still is transparent. */
	errorMap: Float32Array | null;
}

export interface SeriesRequest extends Omit<AnalyseOptions, 'k' | 'method'> {
	ks: number[];
	nearest?: boolean;
}

export interface QuantizeRequest {
	/** Palette colours, r,g,b flat, 0..255. */
	palette: number[];
	space?: Space;
	png?: boolean;
	dither?: boolean;
}

/** For each k: cluster, repaint (dithered or not), encode; one progress event per k. */
export interface SizesRequest extends Omit<AnalyseOptions, 'k' | 'method'> {
	ks: number[];
	dither?: boolean;
}

export interface SizesPoint {
	k: number;
	/** Bytes of the indexed PNG of the repainted still. */
	indexed: number;
	/** Bytes of the original as a truecolour PNG. */
	truecolour: number;
	psnr: number;
	meanDeltaE: number;
}

export interface QuantizeResult {
	repainted: Repainted;
	metrics: QualityMetrics;
	png: PngResult | null;
}

export interface LabRequest {
	settings: LabSettings;
	/** Colours k-means keeps as fixed centroids. */
	pins: [number, number, number][];
	mask: LabMask | null;
	workingSize: number | null;
	methods?: readonly LabMethod[];
}

export interface LabMethodResult {
	method: LabMethod;
	palette: PaletteEntry[];
	metrics: QualityMetrics;
	repainted: Repainted;
	png: PngResult | null;
	k: number;
	note: string | null;
	iterations: number;
	converged: boolean;
	/** Clustering alone, and clustering + palette + repaint + PNG. */
	timings: { cluster: number; total: number };
}

export interface LabResult {
	methods: LabMethodResult[];
	clustered: { width: number; height: number };
}

export interface ClipRequest {
	/** Sampled frames, small, all the same size. */
	frames: RgbaImage[];
	k: number;
	seed: number;
	space: Space;
}

export interface ClipFrame {
	index: number;
	/** Largest share first. */
	palette: { hex: string; proportion: number }[];
	/** The frame's mean colour, for the classic barcode. */
	average: string;
}

export interface ClipResult {
	frames: number;
	/** One palette for the whole clip. */
	palette: PaletteEntry[];
}

/** Every job: what goes in, what each progress event carries, what comes out. */
export interface Jobs {
	analyse: { request: AnalyseRequest; progress: never; result: AnalyseResult };
	series: { request: SeriesRequest; progress: SeriesResult; result: { count: number } };
	quantize: { request: QuantizeRequest; progress: never; result: QuantizeResult };
	sizes: { request: SizesRequest; progress: SizesPoint; result: { count: number } };
	lab: { request: LabRequest; progress: LabMethodResult; result: LabResult };
	clip: { request: ClipRequest; progress: ClipFrame; result: ClipResult };
	/** A learner's image decoded and shrunk to the working size; the only job that needs no still. */
	decode: { request: DecodeRequest; progress: DecodeProgress; result: DecodedStill };
}

export type JobKind = keyof Jobs;

export type ToWorker =
	| { type: 'still'; version: number; image: RgbaImage }
	| {
			[K in JobKind]: {
				type: 'job';
				id: number;
				kind: K;
				still: number;
				request: Jobs[K]['request'];
			};
	  }[JobKind]
	| { type: 'cancel'; id: number };

export type FromWorker =
	| { type: 'progress'; id: number; value: unknown }
	| { type: 'result'; id: number; value: unknown }
	| { type: 'error'; id: number; message: string; cancelled?: boolean };
