import { describe, expect, it } from 'vitest';
import { createKMeans, EngineError, pixelSetFromRgba } from '../../../src/lib/engine';
import { imageFromColours } from './reference';

const gradient = (n: number) =>
	Array.from({ length: n }, (_, i) => [(i * 37) % 256, (i * 91) % 256, (i * 53) % 256]);

describe('k-means edge cases', () => {
	it('handles an image of one colour', () => {
		const run = createKMeans(pixelSetFromRgba(imageFromColours(5, 4, [[10, 20, 30]])), { k: 3 });
		const end = run.runToEnd();
		expect(run.k).toBe(1);
		expect(run.note).toBe('k = 3 asked, but the image has only 1 distinct colour: 1 cluster');
		expect(Array.from(end.centroids)).toEqual([10, 20, 30]);
		expect(end.inertia).toBe(0);
		expect(end.converged).toBe(true);
	});

	it('handles two pixels and k = 1', () => {
		const pixels = pixelSetFromRgba(
			imageFromColours(2, 1, [
				[0, 0, 0],
				[100, 50, 0]
			])
		);
		const end = createKMeans(pixels, { k: 1 }).runToEnd();
		expect(Array.from(end.centroids)).toEqual([50, 25, 0]);
		expect(end.inertia).toBe(2 * (50 * 50 + 25 * 25));
		expect(end.counts[0]).toBe(2);
	});

	it('gives exactly as many clusters as distinct colours when k is above them, and says so', () => {
		const pixels = pixelSetFromRgba(imageFromColours(10, 10, gradient(7)));
		for (const init of ['kmeans++', 'random', 'partition'] as const) {
			const run = createKMeans(pixels, { k: 20, init });
			const end = run.runToEnd();
			expect(run.k).toBe(7);
			expect(run.requestedK).toBe(20);
			expect(run.note).toMatch(
				/k = 20 asked, but the image has only 7 distinct colours: 7 clusters/
			);
			expect(end.centroids).toHaveLength(21);
			expect(end.inertia).toBe(0);
		}
	});

	it('runs k = 256 on an image with more colours than that', () => {
		const pixels = pixelSetFromRgba(imageFromColours(40, 30, gradient(300)));
		const run = createKMeans(pixels, { k: 256, seed: 3 });
		const end = run.runToEnd();
		expect(run.k).toBe(256);
		expect(end.converged).toBe(true);
		expect(Array.from(end.centroids).every(Number.isFinite)).toBe(true);
		expect(end.counts.reduce((a, b) => a + b, 0)).toBe(1200);
	});

	it('handles a grey image (every colour on the grey axis)', () => {
		const greys = Array.from({ length: 50 }, (_, i) => [i * 5, i * 5, i * 5]);
		const end = createKMeans(pixelSetFromRgba(imageFromColours(10, 10, greys)), {
			k: 4,
			space: 'oklab'
		}).runToEnd();
		for (let j = 0; j < 4; j++) {
			expect(end.centroids[3 * j]).toBeCloseTo(end.centroids[3 * j + 1], 6);
			expect(end.centroids[3 * j + 1]).toBeCloseTo(end.centroids[3 * j + 2], 6);
		}
	});

	it('moves an empty cluster onto the farthest pixel and records it', () => {
		const pixels = pixelSetFromRgba(
			imageFromColours(3, 1, [
				[0, 0, 0],
				[10, 0, 0],
				[200, 0, 0]
			])
		);
		const run = createKMeans(pixels, {
			k: 2,
			init: [
				[5, 0, 0],
				[5, 0, 0]
			]
		});
		run.assign();
		const update = run.update();
		expect(update.reseeded).toEqual([1]);
		expect(Array.from(update.centroids)).toEqual([70, 0, 0, 200, 0, 0]);
		const end = run.runToEnd();
		expect(Array.from(end.centroids)).toEqual([5, 0, 0, 200, 0, 0]);
	});

	it('gives a partition init real counts and a random start a zero count', () => {
		const pixels = pixelSetFromRgba(imageFromColours(8, 8, gradient(40)));
		const partition = createKMeans(pixels, { k: 3, init: 'partition' });
		expect(partition.history[0].counts.reduce((a, b) => a + b, 0)).toBe(64);
		expect(partition.initChoices).toBeNull();
		const plusPlus = createKMeans(pixels, { k: 3 });
		expect(Array.from(plusPlus.history[0].counts)).toEqual([0, 0, 0]);
	});

	it('rejects bad options with an EngineError', () => {
		const pixels = pixelSetFromRgba(imageFromColours(2, 2, gradient(4)));
		for (const options of [
			{ k: 0 },
			{ k: 2.5 },
			{ k: NaN },
			{ k: 2, init: [[1, 2, 3]] },
			{ k: 1, init: [[1, 2]] },
			{ k: 1, maxIterations: -1 }
		]) {
			expect(() => createKMeans(pixels, options)).toThrow(EngineError);
		}
	});

	it('throws a clear error for a fully transparent image', () => {
		expect(() => pixelSetFromRgba(imageFromColours(3, 3, [[1, 2, 3, 0]]))).toThrow(
			/every pixel is transparent/
		);
	});
});

describe('k-means history', () => {
	const pixels = pixelSetFromRgba(imageFromColours(12, 12, gradient(60)));

	it('alternates assign and update, numbering iterations from 1', () => {
		const run = createKMeans(pixels, { k: 4, seed: 7 });
		expect(run.current.phase).toBe('init');
		expect(run.due).toBe('assign');
		expect(() => run.update()).toThrow(EngineError);
		expect(run.assign()).toMatchObject({ phase: 'assign', iteration: 1, changed: 144 });
		expect(() => run.assign()).toThrow(/next half-step is an update/);
		expect(run.update()).toMatchObject({ phase: 'update', iteration: 1, changed: 0 });
		expect(run.next()).toMatchObject({ phase: 'assign', iteration: 2 });
		expect(run.step()).toMatchObject({ phase: 'update', iteration: 2 });
		expect(run.step()).toMatchObject({ phase: 'update', iteration: 3 });
	});

	it('steps back and replays the same snapshots', () => {
		const run = createKMeans(pixels, { k: 5, seed: 2 });
		const end = run.runToEnd();
		const length = run.history.length;
		expect(run.back()).toBe(run.history[length - 2]);
		run.goTo(1);
		expect(run.cursor).toBe(1);
		expect(run.step()).toBe(run.history[2]);
		expect(run.runToEnd()).toBe(end);
		expect(run.history).toHaveLength(length);
		run.goTo(0);
		expect(run.back()).toBe(run.history[0]);
		expect(run.goTo(10_000)).toBe(end);
	});

	it('computes forward when going to a snapshot not yet computed', () => {
		const run = createKMeans(pixels, { k: 5, seed: 2, init: 'random' });
		expect(run.goTo(6)).toMatchObject({ index: 6, phase: 'update', iteration: 3 });
		expect(run.history).toHaveLength(7);
	});

	it('recomputes past labels exactly as they were', () => {
		const live = createKMeans(pixels, { k: 6, seed: 4, space: 'oklab' });
		const seen = [live.labels()];
		while (!live.converged) {
			live.step();
			seen.push(live.labels(live.cursor - 1), live.labels());
		}
		const replay = createKMeans(pixels, { k: 6, seed: 4, space: 'oklab' });
		replay.runToEnd();
		expect([
			replay.labels(0),
			...replay.history.slice(1).map((_, i) => replay.labels(i + 1))
		]).toEqual(seen.slice(0, replay.history.length));
	});

	it('stops at maxIterations without claiming convergence', () => {
		const run = createKMeans(pixels, { k: 6, seed: 1, maxIterations: 2 });
		const end = run.runToEnd();
		expect(end).toMatchObject({ phase: 'update', iteration: 2, converged: false });
		expect(run.step()).toBe(end);
	});

	it('stops early when every centroid moves less than the tolerance', () => {
		const exact = createKMeans(pixels, { k: 6, seed: 1 }).runToEnd();
		const loose = createKMeans(pixels, { k: 6, seed: 1, tolerance: 5 }).runToEnd();
		expect(loose.converged).toBe(true);
		expect(loose.iteration).toBeLessThanOrEqual(exact.iteration);
		expect(Math.max(...loose.moved)).toBeLessThanOrEqual(5);
	});
});
