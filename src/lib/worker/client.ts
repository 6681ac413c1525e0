// The page's side of the engine worker: sends the still once per still, starts typed jobs, hears progress, cancels stale ones.
import type { RgbaImage } from '$lib/engine';
import type { FromWorker, JobKind, Jobs, ToWorker } from './protocol';

export interface Job<K extends JobKind> {
	readonly result: Promise<Jobs[K]['result']>;
	cancel(): void;
}

/** A job that ended because it was cancelled (not a failure to show anyone). */
export class JobCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

interface Pending {
	resolve(value: unknown): void;
	reject(error: Error): void;
	progress?(value: unknown): void;
}

/** One worker per page. The still is read through `currentImage` and sent again only when it is a new one. */
export class EngineClient {
	#worker: Worker | null = null;
	#pending = new Map<number, Pending>();
	#nextId = 1;
	#sent: RgbaImage | null = null;
	#version = 0;

	constructor(
		private readonly currentImage: () => RgbaImage | null,
		private readonly createWorker: () => Worker = () =>
			new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })
	) {}

	run<K extends JobKind>(
		kind: K,
		request: Jobs[K]['request'],
		onProgress?: (value: Jobs[K]['progress']) => void
	): Job<K> {
		const id = this.#nextId++;
		const result = new Promise<Jobs[K]['result']>((resolve, reject) => {
			const image = this.currentImage();
			if (!image && kind !== 'decode') return reject(new Error('There is no still yet.'));
			const worker = this.#ensureWorker();
			if (image && image !== this.#sent) {
				this.#sent = image;
				this.#post(worker, { type: 'still', version: ++this.#version, image });
			}
			this.#pending.set(id, {
				resolve: resolve as (value: unknown) => void,
				reject,
				progress: onProgress as (value: unknown) => void
			});
			this.#post(worker, { type: 'job', id, kind, still: this.#version, request } as ToWorker);
		});
		return {
			result,
			cancel: () => {
				const pending = this.#pending.get(id);
				if (!pending) return;
				this.#pending.delete(id);
				this.#worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
				pending.reject(new JobCancelled());
			}
		};
	}

	/** Ends the worker; pending jobs fail, and the next job starts a fresh worker. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#sent = null;
		for (const pending of this.#pending.values()) pending.reject(new JobCancelled());
		this.#pending.clear();
	}

	#post(worker: Worker, message: ToWorker): void {
		worker.postMessage(message);
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			const message = event.message || 'The background worker stopped.';
			const pending = [...this.#pending.values()];
			this.dispose();
			for (const job of pending) job.reject(new Error(message));
		};
		this.#worker = worker;
		return worker;
	}

	#receive(message: FromWorker): void {
		const pending = this.#pending.get(message.id);
		if (!pending) return;
		if (message.type === 'progress') pending.progress?.(message.value);
		else {
			this.#pending.delete(message.id);
			if (message.type === 'result') pending.resolve(message.value);
			else pending.reject(message.cancelled ? new JobCancelled() : new Error(message.message));
		}
	}
}
