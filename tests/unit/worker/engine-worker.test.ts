// The engine worker's message loop, driven in Node: each job's result equals the engine called directly; cancel and stale stills.
import { describe, expect, it } from 'vitest';
import {
	analyse,
	analyseImage,
	createKMeans,
	decodeIndexedPngForTest,
	pixelSetFromRgba,
	type RgbaImage
} from './worker-fixtures';
import { createEngineHandler } from '../../../src/lib/worker/handler';
import type {
	FromWorker,
	SeriesResult,
	AnalyseResult,
	QuantizeResult
} from '../../../src/lib/worker/protocol';

/** A small image with a few colour families and repeated pixels. */
function testImage(): RgbaImage {
	const width = 24,
		height = 16;
	const data = new Uint8Array(width * height * 4);
	for (let p = 0; p < width * height; p++) {
		const family = p % 3;
		data.set(
			[
				family === 0 ? 200 + (p % 7) : 20,
				family === 1 ? 180 + (p % 5) : 40,
				family === 2 ? 220 - (p % 11) : 60,
				255
			],
			4 * p
		);
	}
	return { width, height, data };
}

/** A handler with its replies collected, and a helper that waits for one job's end. */
function worker() {
	const replies: FromWorker[] = [];
	const handle = createEngineHandler((message) => replies.push(message));
	const ended = async (id: number) => {
		for (let i = 0; i < 200; i++) {
			const end = replies.find((r) => r.id === id && r.type !== 'progress');
			if (end) return end;
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
		throw new Error(`job ${id} never ended`);
	};
	return { replies, handle, ended };
}

describe('the engine worker', () => {
	const image = testImage();
	const pixels = pixelSetFromRgba(image);

	it('runs a series: one progress per k in order, each equal to the engine, then the result', async () => {
		const { replies, handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({
			type: 'job',
			id: 7,
			kind: 'series',
			still: 1,
			request: { ks: [1, 2, 3, 4], seed: 3, init: 'kmeans++' }
		});
		expect(await ended(7)).toEqual({ type: 'result', id: 7, value: { count: 4 } });
		const results = replies
			.filter((r) => r.type === 'progress')
			.map((r) => r.value as SeriesResult);
		expect(results.map((r) => r.k)).toEqual([1, 2, 3, 4]);
		for (const result of results) {
			const end = createKMeans(pixels, { k: result.k, seed: 3, init: 'kmeans++' }).runToEnd();
			expect(result.inertia).toBe(end.inertia);
			expect([...result.centroids]).toEqual([...end.centroids]);
			expect(result.iterations).toBe(end.iteration);
		}
	});

	it('analyses like analyseImage, and its indexed PNG decodes to the repainted still', async () => {
		const { handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({
			type: 'job',
			id: 1,
			kind: 'analyse',
			still: 1,
			request: { k: 3, seed: 2, method: 'kmeans', image: true, png: true }
		});
		const reply = await ended(1);
		expect(reply.type).toBe('result');
		const value = (reply as { value: AnalyseResult }).value;
		const direct = analyseImage(image, pixels, { k: 3, seed: 2, method: 'kmeans', png: true });
		expect(value.analysis.inertia).toBe(direct.analysis.inertia);
		expect(value.metrics).toEqual(direct.metrics);
		expect(value.palette.map((e) => e.hex)).toEqual(direct.palette.map((e) => e.hex));
		expect(value.png?.indexed.length).toBe(direct.sizes?.indexed);
		expect(value.png?.truecolour).toBe(direct.sizes?.truecolour);
		const decoded = decodeIndexedPngForTest(value.png!.indexed);
		expect([...decoded]).toEqual([...value.repainted!.image.data]);
	});

	it('clusters at a working size and repaints the full still with that palette', async () => {
		const { handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({ type: 'job', id: 2, kind: 'analyse', still: 1, request: { k: 3, workingSize: 8 } });
		const value = ((await ended(2)) as { value: AnalyseResult }).value;
		expect(value.clustered).toMatchObject({ width: 8, height: 5 });
		expect(value.analysis.counts.reduce((a, b) => a + b, 0)).toBe(40);
		const full = analyse(pixels, { k: 3 });
		expect(value.analysis.inertia).not.toBe(full.inertia);
	});

	it('quantizes with a given palette', async () => {
		const { handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({
			type: 'job',
			id: 3,
			kind: 'quantize',
			still: 1,
			request: { palette: [255, 0, 0, 0, 255, 0, 0, 0, 255] }
		});
		const value = ((await ended(3)) as { value: QuantizeResult }).value;
		const colours = new Set<string>();
		for (let p = 0; p < image.width * image.height; p++)
			colours.add([...value.repainted.image.data.subarray(4 * p, 4 * p + 3)].join());
		expect([...colours].sort()).toEqual(['0,0,255', '0,255,0', '255,0,0']);
	});

	it('cancels a series between two k, and refuses a job for a still it does not hold', async () => {
		const { replies, handle, ended } = worker();
		handle({ type: 'still', version: 4, image });
		handle({
			type: 'job',
			id: 9,
			kind: 'series',
			still: 4,
			request: { ks: [2, 3, 4, 5, 6, 7, 8] }
		});
		handle({ type: 'cancel', id: 9 });
		expect(await ended(9)).toEqual({ type: 'error', id: 9, message: 'cancelled', cancelled: true });
		expect(replies.filter((r) => r.type === 'progress')).toEqual([]);
		handle({ type: 'job', id: 10, kind: 'series', still: 3, request: { ks: [2] } });
		expect(await ended(10)).toMatchObject({
			type: 'error',
			message: 'the still changed before this job started'
		});
	});
});
