// The k-means worker's message handler, run in Node with a stand-in `self`: one result per k, equal to the engine, then done.
import { beforeAll, describe, expect, it } from 'vitest';
import { createKMeans, nearestRealColors, pixelSetFromRgba, type PixelSet } from '../../../src/lib/engine';
import { toPayload, type SeriesJob, type WorkerReply } from '../../../src/lib/worker/protocol';

const replies: WorkerReply[] = [];
const scope = globalThis as unknown as { self: { postMessage(reply: WorkerReply): void; onmessage?: (event: { data: SeriesJob }) => void } };

/** A small image with a few colour families and repeated pixels. */
function testPixels(): PixelSet {
	const width = 24, height = 16;
	const data = new Uint8Array(width * height * 4);
	for (let p = 0; p < width * height; p++) {
		const family = p % 3;
		data.set([family === 0 ? 200 + (p % 7) : 20, family === 1 ? 180 + (p % 5) : 40, family === 2 ? 220 - (p % 11) : 60, 255], 4 * p);
	}
	return pixelSetFromRgba({ width, height, data });
}

beforeAll(async () => {
	scope.self = { postMessage: (reply) => replies.push(reply) };
	await import('../../../src/lib/worker/elbow.worker');
});

describe('the k-means worker', () => {
	it('posts each k in order, equal to a direct engine run, then done', () => {
		const pixels = testPixels();
		replies.length = 0;
		scope.self.onmessage?.({ data: { job: 7, pixels: toPayload(pixels), ks: [1, 2, 3, 4], seed: 3, init: 'kmeans++', nearest: true } });
		expect(replies.map((r) => r.type)).toEqual(['result', 'result', 'result', 'result', 'done']);
		for (const reply of replies) {
			expect(reply.job).toBe(7);
			if (reply.type !== 'result') continue;
			const { k, inertia, centroids, counts, nearest, ms } = reply.result;
			const end = createKMeans(pixels, { k, seed: 3, init: 'kmeans++' }).runToEnd();
			expect(inertia).toBe(end.inertia);
			expect(Array.from(centroids)).toEqual(Array.from(end.centroids));
			expect(Array.from(counts)).toEqual(Array.from(end.counts));
			expect(Array.from(nearest?.rgb ?? [])).toEqual(Array.from(nearestRealColors(pixels, end.centroids).rgb));
			expect(ms).toBeGreaterThanOrEqual(0);
		}
	});

	it('reports an engine failure as an error reply instead of throwing', () => {
		replies.length = 0;
		scope.self.onmessage?.({ data: { job: 8, pixels: toPayload(testPixels()), ks: [0], seed: 1, init: 'kmeans++', nearest: false } });
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ type: 'error', job: 8 });
	});
});
