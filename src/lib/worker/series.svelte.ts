// A cell's live k-means series in the page's worker: results arrive one k at a time.
import type { EngineClient } from './client';
import { LiveJob } from './live.svelte';
import type { SeriesRequest, SeriesResult } from './protocol';

export type { SeriesResult } from './protocol';

export class KMeansSeries {
	#job: LiveJob<'series'>;

	/** Must be created while a component initialises. */
	constructor(engine: EngineClient, request: () => SeriesRequest | null) {
		this.#job = new LiveJob(engine, 'series', request);
	}

	/** Results in the order they arrived (the order of the request's ks). */
	get results(): SeriesResult[] {
		return this.#job.progress;
	}

	/** The last result received. */
	get latest(): SeriesResult | null {
		return this.#job.latestProgress;
	}

	get running(): boolean {
		return this.#job.running;
	}

	get error(): string | null {
		return this.#job.error;
	}

	rerun(): void {
		this.#job.rerun();
	}

	find(k: number): SeriesResult | undefined {
		return this.results.find((result) => result.k === k);
	}
}
