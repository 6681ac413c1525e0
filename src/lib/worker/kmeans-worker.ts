// The page's side of the k-means worker: start a series of runs, hear each result as it lands, cancel a stale series.
import type { InitMethod, PixelSet } from '$lib/engine';
import { toPayload, type SeriesResult, type WorkerReply } from './protocol';

export type { SeriesResult } from './protocol';

export interface SeriesRequest {
	pixels: PixelSet;
	ks: number[];
	seed: number;
	init: InitMethod;
	nearest?: boolean;
}

export interface SeriesHandlers {
	result(result: SeriesResult): void;
	done?(): void;
	error?(message: string): void;
}

/** One worker per cell. A new series replaces the one running: a busy worker cannot be interrupted, so it is ended and replaced. */
export class KMeansWorker {
	#worker: Worker | null = null;
	#busy = false;
	#job = 0;

	run(request: SeriesRequest, handlers: SeriesHandlers): void {
		if (this.#busy) this.stop();
		const worker = (this.#worker ??= this.#create());
		const job = ++this.#job;
		this.#busy = true;
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.job !== this.#job) return;
			if (reply.type === 'result') handlers.result(reply.result);
			else {
				this.#busy = false;
				if (reply.type === 'done') handlers.done?.();
				else handlers.error?.(reply.message);
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.stop();
			handlers.error?.(event.message || 'The background worker failed to start.');
		};
		const { pixels, ks, seed, init, nearest = false } = request;
		worker.postMessage({ job, pixels: toPayload(pixels), ks, seed, init, nearest });
	}

	/** End whatever is running; the next run starts a fresh worker. */
	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#busy = false;
	}

	#create(): Worker {
		return new Worker(new URL('./elbow.worker.ts', import.meta.url), { type: 'module' });
	}
}
