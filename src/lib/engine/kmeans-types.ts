// K-means types: the options, snapshots and steppable run that a UI or the command line codes against.
import type { Space } from './kmeans-space';

export type InitMethod = 'random' | 'kmeans++' | 'partition';

export interface KMeansOptions {
	k: number;
	/** A method, or k explicit starting centroids as RGB 0..255 triples. Default 'kmeans++'. */
	init?: InitMethod | ArrayLike<number>[];
	/** Default 1. */
	seed?: number;
	/** Where distances are measured. Default 'rgb'. */
	space?: Space;
	/** Default 300. */
	maxIterations?: number;
	/** Default 0: converged when an assign changes nothing. Above 0: also when no centroid moves farther than this (in the run's space). */
	tolerance?: number;
}

export type Phase = 'init' | 'assign' | 'update';

export interface Snapshot {
	/** Position in history (0 = init). */
	index: number;
	phase: Phase;
	/** 0 at init; the assign and update of iteration i share i (1-based). */
	iteration: number;
	/** k*3, always RGB 0..255 floats, whatever the space. */
	centroids: Float64Array;
	/** Pixels per cluster under the assignment in force; zeros at 'init' unless the init is 'partition'. */
	counts: Float64Array;
	/** Sum of squared distances (in the run's space) of all pixels to their centroid; at 'init', to the nearest. */
	inertia: number;
	/** Pixels that changed cluster in this assign (all pixels at the first assign, except after 'partition'). */
	changed: number;
	/** Per cluster, how far (in the run's space) its centroid moved in this update; 0 elsewhere. */
	moved: Float64Array;
	/** Clusters that were empty and moved onto the farthest pixel in this half-step. */
	reseeded: number[];
	/** True on the snapshot where the run is found converged, and after. */
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
	/** For 'random' and 'kmeans++': the distinct-colour indices chosen, in order. */
	readonly initChoices: Int32Array | null;
	/** The phase of the next half-step. */
	readonly due: 'assign' | 'update';
	/**
	 * The next half-step, whichever phase is due. Behind the end of history it is replayed; at the
	 * end of the run (converged or maxIterations) the run stays put.
	 */
	next(): Snapshot;
	/** The next half-step when it is an assign; throws an EngineError when an update is due. */
	assign(): Snapshot;
	/** The next half-step when it is an update; throws an EngineError when an assign is due. */
	update(): Snapshot;
	/** One full iteration (assign + update), or what remains of it. */
	step(): Snapshot;
	runToEnd(): Snapshot;
	/** One half-step back (no-op at 0). */
	back(): Snapshot;
	/** Jumps to any snapshot, computing forward if needed (clamped to the end of the run). */
	goTo(index: number): Snapshot;
	/** Per distinct colour: its cluster at that snapshot (default: the current one). */
	labels(index?: number): Uint16Array;
}
