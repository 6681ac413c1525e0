// K-means: a steppable Lloyd's state machine over distinct colours weighted by their counts.
import { EngineError, type PixelSet } from './pixels';

export type InitMethod = 'random' | 'kmeans++' | 'partition';
export type Space = 'rgb' | 'oklab';

export interface KMeansOptions {
	k: number;
	/** A method, or k explicit starting centroids as RGB 0..255 triples. */
	init?: InitMethod | ArrayLike<number>[];
	seed?: number;
	space?: Space;
	maxIterations?: number;
	tolerance?: number;
}

export type Phase = 'init' | 'assign' | 'update';

export interface Snapshot {
	index: number;
	phase: Phase;
	iteration: number;
	centroids: Float64Array;
	counts: Float64Array;
	inertia: number;
	changed: number;
	moved: Float64Array;
	reseeded: number[];
	converged: boolean;
}

export interface KMeansRun {
	readonly k: number;
	readonly requestedK: number;
	readonly note: string | null;
	readonly space: Space;
	readonly history: readonly Snapshot[];
	readonly cursor: number;
	readonly current: Snapshot;
	readonly converged: boolean;
	readonly initChoices: Int32Array | null;
	assign(): Snapshot;
	update(): Snapshot;
	step(): Snapshot;
	runToEnd(): Snapshot;
	back(): Snapshot;
	goTo(index: number): Snapshot;
	labels(index?: number): Uint16Array;
}

export function createKMeans(pixels: PixelSet, options: KMeansOptions): KMeansRun {
	void pixels;
	void options;
	throw new EngineError('not implemented yet');
}

export function nearestDistancesSquared(
	pixels: PixelSet,
	centroidsRgb: ArrayLike<number>,
	count: number,
	space: Space = 'rgb'
): Float64Array {
	void centroidsRgb;
	void count;
	void space;
	return new Float64Array(pixels.size);
}
