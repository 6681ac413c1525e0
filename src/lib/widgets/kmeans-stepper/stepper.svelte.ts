// The stepper's state: one k-means run on the still's distinct colours, where the learner stands in its history, and play.
import { nearestDistancesSquared, type KMeansRun, type Snapshot } from '$lib/engine';
import { drawnCentroids, weightedTotal } from './seeding';
import { SPEEDS, startRun, type Created, type InitChoice, type StepperSource } from './start-run';

export { SPEEDS, type InitChoice, type StepperSource };

/** Iterations played at the chosen speed before playing speeds up, and the gaps after that and when rushing to the end (ms). */
export const FULL_SPEED_ITERATIONS = 5;
const LATE_INTERVAL = 60;
const RUSH_INTERVAL = 16;

export class Stepper {
	readonly #source: StepperSource;
	placing = $state(false);
	/** Starting centroids placed by hand, r,g,b flat. */
	placed = $state.raw<number[]>([]);
	#stepSeeding = $state(true);
	playing = $state(false);
	/** Playing to the end as fast as the screen follows (E). */
	rushing = $state(false);
	speed = $state(1);
	#generation = $state(0);
	/** Bumped whenever the run's history grows or the learner moves in it: everything read from the run follows. */
	#version = $state(0);
	/** The run for the current settings, rebuilt only when one of them changes: a run is stateful, and a $derived may recompute at will. */
	#memo: { key: unknown[]; created: Created } | null = null;
	/** Where the learner stands in each run (a new run starts at 0), and which runs hit their iteration limit. */
	#positions = new WeakMap<KMeansRun, number>();
	#exhausted = new WeakSet<KMeansRun>();

	readonly seedingSteps = $derived.by(() => {
		const choices = this.run?.initChoices;
		const shown = !this.placing && this.#source.init === 'kmeans++' && this.stepSeeding;
		return shown && choices ? Math.max(0, choices.length - 1) : 0;
	});
	readonly length = $derived.by(
		() => (void this.#version, this.seedingSteps + (this.run?.history.length ?? 0))
	);
	readonly snapshot: Snapshot | null = $derived.by(() => {
		void this.#version;
		const index = this.position - this.seedingSteps;
		return this.run && index >= 0 ? (this.run.history[index] ?? null) : null;
	});
	/** While k-means++ draws are shown: how many centroids have been drawn so far. */
	readonly drawn: number | null = $derived(
		this.run && !this.snapshot && this.seedingSteps > 0 ? this.position + 1 : null
	);
	readonly centroids: ArrayLike<number> = $derived.by(() => {
		const pixels = this.#source.pixels;
		if (this.snapshot) return this.snapshot.centroids;
		if (this.drawn !== null && pixels && this.run?.initChoices)
			return drawnCentroids(pixels, this.run.initChoices, this.drawn);
		return this.placed.slice(0, this.#source.k * 3);
	});
	/** Per distinct colour, its cluster; null before the first assign (except a random partition, which starts assigned). */
	readonly labels: Uint16Array | null = $derived.by(() => {
		const snapshot = this.snapshot;
		if (!this.run || !snapshot) return null;
		if (snapshot.phase === 'init' && this.init !== 'partition') return null;
		return this.run.labels(snapshot.index);
	});
	/** During the k-means++ draws: each distinct colour's squared distance to the nearest centroid drawn so far. */
	readonly distances: Float64Array | null = $derived.by(() => {
		const pixels = this.#source.pixels;
		if (this.drawn === null || !pixels) return null;
		return nearestDistancesSquared(pixels, this.centroids, this.drawn);
	});
	/** J for what is on screen: the snapshot's inertia, or the drawn centroids' total during k-means++ draws. */
	readonly inertia: number | null = $derived.by(() => {
		if (this.snapshot) return this.snapshot.inertia;
		const pixels = this.#source.pixels;
		return this.distances && pixels ? weightedTotal(pixels, this.distances) : null;
	});
	readonly atEnd = $derived(this.position >= this.length - 1);
	readonly finished = $derived(this.atEnd && (this.snapshot?.converged === true || this.exhausted));

	constructor(source: StepperSource) {
		this.#source = source;
	}

	get created(): Created {
		const source = this.#source;
		const key = [
			source.pixels,
			source.k,
			source.seed,
			source.space,
			this.placing ? this.placed : source.init,
			this.#generation
		];
		if (!this.#memo || key.some((value, i) => value !== this.#memo?.key[i]))
			this.#memo = { key, created: startRun(source, this.placing ? this.placed : null) };
		return this.#memo.created;
	}

	get run(): KMeansRun | null {
		return this.created.run;
	}

	/** Where the learner stands: k-means++ draws first (if shown), then the run's snapshots. */
	get position(): number {
		void this.#version;
		const run = this.run;
		return run ? (this.#positions.get(run) ?? 0) : 0;
	}

	/** The run stopped growing without converging (its iteration limit). */
	get exhausted(): boolean {
		void this.#version;
		const run = this.run;
		return run !== null && this.#exhausted.has(run);
	}

	/** Whether k-means++'s draws are steps of their own before the first assign; switching starts the run over. */
	get stepSeeding(): boolean {
		return this.#stepSeeding;
	}

	set stepSeeding(shown: boolean) {
		this.#stepSeeding = shown;
		this.reset();
	}

	get init(): InitChoice {
		return this.placing ? 'place' : this.#source.init;
	}

	set init(choice: InitChoice) {
		this.stopPlaying();
		this.placing = choice === 'place';
		if (choice !== 'place') this.#source.init = choice;
	}

	/**
	 * The gap between half-steps while playing. The first iterations, where the picture changes most, go at the
	 * chosen speed; later ones, small refinements, go fast, so a photo needing 45 iterations takes seconds, not a minute.
	 */
	get interval(): number {
		const chosen = SPEEDS[this.speed].interval;
		if (this.rushing) return RUSH_INTERVAL;
		return (this.snapshot?.iteration ?? 0) >= FULL_SPEED_ITERATIONS
			? Math.min(chosen, LATE_INTERVAL)
			: chosen;
	}

	/** How long a centroid glides after an update: shorter than the gap between steps while playing fast. */
	get glide(): number {
		return this.playing ? Math.min(400, Math.round(this.interval * 0.6)) : 400;
	}

	/** One half-step forward (or one k-means++ draw); false when there is nothing further. */
	step(): boolean {
		const run = this.run;
		if (!run) return false;
		if (!this.atEnd) return this.goTo(this.position + 1);
		if (this.finished) return false;
		const before = run.history.length;
		// next() takes whichever half-step is due (the run's step() is a whole iteration).
		run.next();
		this.#version++;
		if (run.history.length === before) {
			this.#exhausted.add(run);
			this.#version++;
			return false;
		}
		this.#positions.set(run, this.seedingSteps + run.history.length - 1);
		this.#version++;
		return true;
	}

	back(): boolean {
		return this.position > 0 && this.goTo(this.position - 1);
	}

	/** Jump to any moment already computed (the scrubber); the run's own cursor follows. */
	goTo(position: number): boolean {
		const run = this.run;
		if (!run) return false;
		const target = Math.max(0, Math.min(this.length - 1, Math.round(position)));
		run.goTo(Math.max(0, target - this.seedingSteps));
		this.#positions.set(run, target);
		this.#version++;
		return true;
	}

	/** Open at a given half-step (a link's `step`), computing forward as far as needed; stops at the run's end. */
	seek(target: number): void {
		this.stopPlaying();
		this.goTo(Math.min(target, this.length - 1));
		while (this.position < target && this.step()) {
			// each step() takes one more half-step
		}
	}

	togglePlay(): void {
		this.playing = !this.playing && !this.finished && this.run !== null;
		this.rushing = false;
	}

	/** Play on to the end of the run, fast (E). */
	playToEnd(): void {
		this.playing = !this.finished && this.run !== null;
		this.rushing = this.playing;
	}

	/** Called by the player when a half-step could not be taken. */
	stopPlaying(): void {
		this.playing = false;
		this.rushing = false;
	}

	/** Start the run again from its first moment with the same settings (placed centroids are kept). */
	reset(): void {
		this.stopPlaying();
		this.#generation++;
	}

	/** Drop the next starting centroid by hand; ignored once k are placed. */
	place(rgb: readonly [number, number, number]): void {
		if (!this.placing || this.placed.length >= this.#source.k * 3) return;
		this.placed = [...this.placed, ...rgb.map((c) => Math.min(255, Math.max(0, Math.round(c))))];
	}

	clearPlaced(): void {
		this.stopPlaying();
		this.placed = [];
	}
}
