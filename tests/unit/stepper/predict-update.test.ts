// Predicting an update: the ghost starts on its centroid, and the reveal measures the whole-byte guess against the engine's update.
import { describe, expect, it } from 'vitest';
import { createKMeans, pixelSetFromRgba } from '../../../src/lib/engine';
import {
	answerFor,
	askUpdate,
	ghostMarker,
	rgbText
} from '../../../src/lib/widgets/kmeans-stepper/predict-update';

// Two dark pixels and a light one: with centroids drawn at random, k = 2 splits them dark | light.
const image = {
	width: 4,
	height: 1,
	data: Uint8ClampedArray.of(0, 0, 0, 255, 10, 0, 0, 255, 30, 60, 0, 255, 250, 250, 250, 255)
};

describe('predicting an update', () => {
	const run = createKMeans(pixelSetFromRgba(image), { k: 2, seed: 3, init: 'random' });
	run.next();
	const assigned = run.current;
	const updated = run.next();

	it('starts the ghost on the centroid asked about', () => {
		const guess = askUpdate(assigned, 1);
		expect(guess.from).toEqual([...assigned.centroids.subarray(3, 6)]);
		expect(guess.ghost).toEqual(guess.from);
		expect(guess.askedAt).toBe(assigned.index);
	});

	it('answers only at the update right after the question, with the distance from the rounded ghost', () => {
		const guess = {
			...askUpdate(assigned, 0),
			ghost: [20.4, 19.6, 0.2] as [number, number, number]
		};
		expect(answerFor(guess, assigned)).toBeNull();
		const answer = answerFor(guess, updated);
		const truth = [...updated.centroids.subarray(0, 3)];
		expect(answer?.truth).toEqual(truth);
		expect(answer?.guess).toEqual([20, 20, 0]);
		expect(answer?.off).toBeCloseTo(Math.hypot(20 - truth[0], 20 - truth[1], 0 - truth[2]), 12);
		const from = guess.from;
		expect(answer?.moved).toBeCloseTo(
			Math.hypot(truth[0] - from[0], truth[1] - from[1], truth[2] - from[2]),
			12
		);
	});

	it('draws a movable ghost until the answer, then a fixed one with the truth', () => {
		const guess = {
			...askUpdate(assigned, 0),
			ghost: [20.4, 19.6, 0.2] as [number, number, number]
		};
		const move = () => {};
		const before = ghostMarker(guess, assigned, move);
		expect(before.onmove).toBe(move);
		expect(before.truth).toBeUndefined();
		expect(before.label).toBe(
			'Your guess for centroid 1, at RGB (20, 20, 0). Drag it, or use the arrow keys, to move it'
		);
		const after = ghostMarker(guess, updated, move);
		expect(after.onmove).toBeUndefined();
		expect(after.truth).toEqual([...updated.centroids.subarray(0, 3)]);
		expect(rgbText([254.6, 0.4, 99.5])).toBe('(255, 0, 100)');
	});
});
