// A cell's live k-means series: reruns in the worker whenever the still or settings change, results arrive one k at a time.
import { KMeansWorker, type SeriesRequest, type SeriesResult } from './kmeans-worker';

export class KMeansSeries {
	/** Results in the order they arrived (the order of the request's ks). */
	results = $state.raw<SeriesResult[]>([]);
	/** The last result received, kept while a rerun is under way so a cell need not blank out. */
	latest = $state.raw<SeriesResult | null>(null);
	running = $state(false);
	error = $state<string | null>(null);
	#rerun = $state(0);

	/** Must be created while a component initialises: it owns effects tied to that component. */
	constructor(request: () => SeriesRequest | null) {
		const worker = new KMeansWorker();
		$effect(() => {
			void this.#rerun;
			const next = request();
			this.results = [];
			this.error = null;
			this.running = next !== null;
			if (!next) {
				this.latest = null;
				return;
			}
			worker.run(next, {
				result: (result) => {
					this.results = [...this.results, result];
					this.latest = result;
				},
				done: () => (this.running = false),
				error: (message) => {
					this.error = message;
					this.running = false;
				}
			});
		});
		$effect(() => () => worker.stop());
	}

	/** Run the same series again (for instance to watch it fill in). */
	rerun(): void {
		this.#rerun++;
	}

	/** The result for one k, if it has arrived. */
	find(k: number): SeriesResult | undefined {
		return this.results.find((result) => result.k === k);
	}
}
