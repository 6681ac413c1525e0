// A cell's live job: reruns in the page's worker whenever what its request reads changes; a stale run is cancelled.
import { JobCancelled, type EngineClient } from './client';
import type { JobKind, Jobs } from './protocol';

export class LiveJob<K extends JobKind> {
	/** The last result, kept while a rerun is under way so a cell need not blank out. */
	result = $state.raw<Jobs[K]['result'] | null>(null);
	/** Progress events of the run under way, in order. */
	progress = $state.raw<Jobs[K]['progress'][]>([]);
	/** The last progress event, kept across reruns like `result`. */
	latestProgress = $state.raw<Jobs[K]['progress'] | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	#rerun = $state(0);

	/** Must be created while a component initialises: it owns effects tied to that component. */
	constructor(engine: EngineClient, kind: K, request: () => Jobs[K]['request'] | null) {
		$effect(() => {
			void this.#rerun;
			const next = request();
			this.progress = [];
			this.error = null;
			if (!next) {
				this.running = false;
				this.result = null;
				this.latestProgress = null;
				return;
			}
			this.running = true;
			const job = engine.run(kind, next, (value) => {
				this.progress = [...this.progress, value];
				this.latestProgress = value;
			});
			job.result.then(
				(value) => {
					this.result = value;
					this.running = false;
				},
				(error: Error) => {
					if (error instanceof JobCancelled) return;
					this.error = error.message;
					this.running = false;
				}
			);
			return () => job.cancel();
		});
	}

	/** Run the same request again. */
	rerun(): void {
		this.#rerun++;
	}
}
