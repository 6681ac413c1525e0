// K-means run: the history of half-steps, a cursor over it, and labels for any snapshot.
import { EngineError } from './errors';
import { drawKMeansPlusPlus, drawRandomColours, randomPartition } from './kmeans-init';
import { LloydState, type AssignResult } from './kmeans-lloyd';
import { centroidsToRgb, centroidsToSpace, pointsInSpace, type Space } from './kmeans-space';
import type { InitMethod, KMeansOptions, KMeansRun, Phase, Snapshot } from './kmeans-types';
import type { PixelSet } from './pixels';
import { createRandom } from './random';

/** Labels are stored as 16-bit numbers. */
export const MAX_K = 65535;
const LABEL_CACHE_SIZE = 4;
const METHODS: readonly InitMethod[] = ['random', 'kmeans++', 'partition'];

type Fields = Omit<Snapshot, 'index' | 'phase' | 'iteration' | 'centroids'>;

export class Run implements KMeansRun {
	readonly k: number;
	readonly requestedK: number;
	readonly note: string | null;
	readonly space: Space;
	readonly initChoices: Int32Array | null = null;
	private readonly snapshots: Snapshot[] = [];
	/** Centroids in the run's space per snapshot: labels are recomputed from these, not from rounded RGB. */
	private readonly spaceCentroids: Float64Array[] = [];
	private readonly state: LloydState;
	private readonly maxIterations: number;
	private readonly tolerance: number;
	private readonly partitionLabels: Uint16Array | null = null;
	private readonly labelCache = new Map<number, Uint16Array>();
	private position = 0;
	/** The snapshot whose assignment the live state's labels hold. */
	private liveAssignment = 0;
	/** The nearest-centroid pass done for the init snapshot is the first assign; it is kept, not redone. */
	private pendingFirstAssign: AssignResult | null = null;

	constructor(
		private readonly pixels: PixelSet,
		options: KMeansOptions
	) {
		const { k: requestedK, seed = 1, space = 'rgb', maxIterations = 300, tolerance = 0 } = options;
		const init = options.init ?? 'kmeans++';
		if (!Number.isInteger(requestedK) || requestedK < 1)
			throw new EngineError(`k must be a whole number of at least 1 (got ${requestedK})`);
		if (requestedK > MAX_K) throw new EngineError(`k must be at most ${MAX_K} (got ${requestedK})`);
		if (space !== 'rgb' && space !== 'oklab')
			throw new EngineError(`unknown space "${String(space)}": use rgb or oklab`);
		if (!Number.isInteger(maxIterations) || maxIterations < 0)
			throw new EngineError(`maxIterations must be a whole number ≥ 0 (got ${maxIterations})`);
		if (!(tolerance >= 0)) throw new EngineError(`tolerance must be ≥ 0 (got ${tolerance})`);
		if (!Number.isFinite(seed)) throw new EngineError(`seed must be a number (got ${seed})`);
		if (typeof init === 'string' && !METHODS.includes(init))
			throw new EngineError(
				`unknown init "${init}": use ${METHODS.join(', ')} or explicit centroids`
			);
		this.requestedK = requestedK;
		this.k = Math.min(requestedK, pixels.size);
		this.note =
			this.k < requestedK
				? `k = ${requestedK} asked, but the image has only ${pixels.size} distinct colour${pixels.size === 1 ? '' : 's'}: ${this.k} cluster${this.k === 1 ? '' : 's'}`
				: null;
		this.space = space;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
		const points = pointsInSpace(pixels, space);
		const weights = Float64Array.from(pixels.counts);
		const random = createRandom(seed);
		let centroids: Float64Array = new Float64Array(this.k * 3);
		if (typeof init !== 'string') {
			centroids = centroidsToSpace(explicitCentroids(init, requestedK), this.k, space);
		} else if (init !== 'partition') {
			const choices =
				init === 'random'
					? drawRandomColours(weights, this.k, random)
					: drawKMeansPlusPlus(points, weights, this.k, random);
			choices.forEach((c, j) => centroids.set(points.subarray(3 * c, 3 * c + 3), 3 * j));
			this.initChoices = choices;
		}
		// Integer RGB points keep the running sums exact; OKLab sums are recomputed at each update.
		this.state = new LloydState(pixels.colors, points, weights, this.k, centroids, space === 'rgb');
		if (init === 'partition') {
			this.partitionLabels = randomPartition(pixels.size, this.k, random);
			this.state.setLabels(this.partitionLabels);
			const { inertia, reseeded } = this.state.update();
			this.record('init', 0, {
				counts: this.state.clusterWeights.slice(),
				inertia,
				changed: 0,
				moved: new Float64Array(this.k),
				reseeded,
				converged: false
			});
		} else {
			this.pendingFirstAssign = this.state.assign();
			const { inertia } = this.pendingFirstAssign;
			this.record('init', 0, {
				counts: new Float64Array(this.k),
				inertia,
				changed: 0,
				moved: new Float64Array(this.k),
				reseeded: [],
				converged: false
			});
		}
	}

	get history(): readonly Snapshot[] {
		return this.snapshots;
	}
	get cursor(): number {
		return this.position;
	}
	get current(): Snapshot {
		return this.snapshots[this.position];
	}
	get converged(): boolean {
		return this.current.converged;
	}

	/** The phase of the next half-step: an assign after init or an update, an update after an assign. */
	get due(): 'assign' | 'update' {
		return this.current.phase === 'assign' ? 'update' : 'assign';
	}

	next(): Snapshot {
		return this.advance();
	}
	assign(): Snapshot {
		return this.advanceExpecting('assign');
	}
	update(): Snapshot {
		return this.advanceExpecting('update');
	}

	step(): Snapshot {
		const next = this.advance();
		return next.phase === 'assign' ? this.advance() : next;
	}

	runToEnd(): Snapshot {
		for (let before = -1; before !== this.position;) {
			before = this.position;
			this.advance();
		}
		return this.current;
	}

	back(): Snapshot {
		this.position = Math.max(0, this.position - 1);
		return this.current;
	}

	goTo(index: number): Snapshot {
		const target = Math.max(0, Math.floor(index));
		for (let before = -1; this.position < target && before !== this.position;) {
			before = this.position;
			this.advance();
		}
		if (target < this.position) this.position = target;
		return this.current;
	}

	labels(index: number = this.position): Uint16Array {
		const at = Math.min(Math.max(0, Math.floor(index)), this.snapshots.length - 1);
		const snapshot = this.snapshots[at];
		if (snapshot.phase === 'init' && this.partitionLabels) return this.partitionLabels.slice();
		// An update keeps the assignment of the assign before it.
		const source = snapshot.phase === 'update' ? at - 1 : at;
		if (source === this.liveAssignment) return this.state.labels();
		let labels = this.labelCache.get(source);
		if (!labels) {
			labels = this.state.nearestLabels(this.spaceCentroids[source]);
			if (this.labelCache.size >= LABEL_CACHE_SIZE)
				this.labelCache.delete(this.labelCache.keys().next().value as number);
			this.labelCache.set(source, labels);
		}
		return labels.slice();
	}

	private advanceExpecting(phase: 'assign' | 'update'): Snapshot {
		const due = this.due;
		if (due !== phase)
			throw new EngineError(
				`${phase}() called when the next half-step is an ${due}: use next() to take whichever is due`
			);
		return this.advance();
	}

	/** The run ends when converged or after the update of the last allowed iteration. */
	private get finished(): boolean {
		const last = this.snapshots[this.snapshots.length - 1];
		if (last.converged || this.maxIterations === 0) return true;
		return last.phase === 'update' && last.iteration >= this.maxIterations;
	}

	/** The next half-step: replayed from history when behind its end, computed otherwise. */
	private advance(): Snapshot {
		if (this.position < this.snapshots.length - 1) {
			this.position++;
			return this.current;
		}
		if (this.finished) return this.current;
		const last = this.current;
		if (last.phase === 'assign') {
			const { moved, reseeded, inertia, maxMove } = this.state.update();
			const converged = this.tolerance > 0 && maxMove <= this.tolerance;
			this.record('update', last.iteration, {
				counts: this.state.clusterWeights.slice(),
				inertia,
				changed: 0,
				moved,
				reseeded,
				converged
			});
		} else {
			const first = this.pendingFirstAssign;
			this.pendingFirstAssign = null;
			// The first assign counts every pixel as changed: none had a cluster before.
			const { changed, inertia } = first
				? { changed: this.pixels.total, inertia: first.inertia }
				: this.state.assign();
			this.record('assign', last.iteration + 1, {
				counts: this.state.clusterWeights.slice(),
				inertia,
				changed,
				moved: new Float64Array(this.k),
				reseeded: [],
				converged: changed === 0
			});
			this.liveAssignment = this.snapshots.length - 1;
		}
		this.position = this.snapshots.length - 1;
		return this.current;
	}

	private record(phase: Phase, iteration: number, fields: Fields): void {
		const index = this.snapshots.length;
		this.spaceCentroids.push(this.state.centroids.slice());
		this.snapshots.push({
			index,
			phase,
			iteration,
			centroids: centroidsToRgb(this.state.centroids, this.space),
			...fields
		});
	}
}

/** Checks explicit starting centroids and flattens them to k*3 numbers. */
function explicitCentroids(init: ArrayLike<number>[], k: number): Float64Array {
	if (init.length !== k)
		throw new EngineError(
			`k = ${k} but ${init.length} starting centroid${init.length === 1 ? '' : 's'} given`
		);
	const flat = new Float64Array(k * 3);
	for (let j = 0; j < k; j++) {
		const c = init[j];
		if (!c || c.length !== 3)
			throw new EngineError(`starting centroid ${j + 1} is not an [r, g, b] triple`);
		for (let ch = 0; ch < 3; ch++) {
			if (typeof c[ch] !== 'number' || !Number.isFinite(c[ch]))
				throw new EngineError(`starting centroid ${j + 1} has a value that is not a finite number`);
			flat[3 * j + ch] = c[ch];
		}
	}
	return flat;
}
