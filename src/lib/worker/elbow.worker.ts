// The k-means worker: runs the engine to convergence for each requested k and posts each result as soon as it is ready.
import { createKMeans, nearestRealColors } from '$lib/engine';
import { fromPayload, type SeriesJob, type SeriesResult, type WorkerReply } from './protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<SeriesJob>) => {
	const { job, ks, seed, init, nearest } = event.data;
	try {
		const pixels = fromPayload(event.data.pixels);
		for (const k of ks) {
			const started = performance.now();
			const run = createKMeans(pixels, { k, seed, init });
			const end = run.runToEnd();
			const ms = performance.now() - started;
			const result: SeriesResult = {
				k,
				usedK: run.k,
				note: run.note,
				inertia: end.inertia,
				ms,
				iterations: end.iteration,
				converged: end.converged,
				centroids: end.centroids,
				counts: end.counts,
				nearest: nearest ? nearestRealColors(pixels, end.centroids) : null
			};
			post({ type: 'result', job, result });
		}
		post({ type: 'done', job });
	} catch (error) {
		post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
	}
};
