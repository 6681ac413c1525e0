// Greedy k-means++: the engine's one-pass weighing of candidates picks what the definition, read literally, picks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawKMeansPlusPlus } from '../../../src/lib/engine/kmeans-init';
import { createRandom } from '../../../src/lib/engine/random';

const gap = (p: Float64Array, i: number, j: number) =>
	(p[3 * i] - p[3 * j]) ** 2 +
	(p[3 * i + 1] - p[3 * j + 1]) ** 2 +
	(p[3 * i + 2] - p[3 * j + 2]) ** 2;

/** The definition, one pass per candidate: draw by weight × distance², keep the candidate leaving the least potential. */
function literalGreedy(
	points: Float64Array,
	weights: Float64Array,
	k: number,
	random: () => number
): number[] {
	const n = weights.length,
		trials = 2 + Math.floor(Math.log(k));
	const draw = (odds: ArrayLike<number>, total: number, u: number, skipEmpty: boolean) => {
		let sum = 0,
			last = 0;
		for (let i = 0; i < n; i++) {
			if (skipEmpty && odds[i] <= 0) continue;
			sum += odds[i];
			last = i;
			if (sum > u * total) return i;
		}
		return last;
	};
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i];
	const picks = [draw(weights, total, random(), true)];
	let nearest = Array.from({ length: n }, (_, i) => gap(points, i, picks[0]));
	while (picks.length < k) {
		const odds = nearest.map((d, i) => weights[i] * d);
		const sum = odds.reduce((a, b) => a + b, 0);
		let best = Infinity,
			pick = -1,
			bestNearest = nearest;
		for (let t = 0; t < (sum > 0 ? trials : 1); t++) {
			const candidate =
				sum > 0
					? searchRunning(odds, random() * sum)
					: [...Array(n).keys()].find((i) => !picks.includes(i))!;
			const trial = nearest.map((d, i) => Math.min(d, gap(points, i, candidate)));
			let potential = 0;
			for (let i = 0; i < n; i++) potential += weights[i] * trial[i];
			if (potential < best) [best, pick, bestNearest] = [potential, candidate, trial];
		}
		picks.push(pick);
		nearest = bestNearest;
	}
	return picks;
}

/** First index whose running total passes the target, stepping back over weightless entries at the end. */
function searchRunning(odds: number[], target: number): number {
	const running: number[] = [];
	odds.reduce((a, b, i) => (running[i] = a + b), 0);
	let i = running.findIndex((r) => r > target);
	if (i < 0) i = running.length - 1;
	while (i > 0 && !(running[i] > target) && running[i] === running[i - 1]) i--;
	return i;
}

const pointSetArb = fc
	.array(
		fc.tuple(
			fc.integer({ min: 0, max: 6 }),
			fc.integer({ min: 0, max: 255 }),
			fc.integer({ min: 0, max: 255 }),
			fc.integer({ min: 1, max: 40 })
		),
		{ minLength: 1, maxLength: 80 }
	)
	.map((rows) => ({
		// Small red range: repeated points, so draws run out of odds and ties between candidates happen.
		points: Float64Array.from(rows.flatMap(([r, g, b]) => [r * 40, g, b])),
		weights: Float64Array.from(rows.map((row) => row[3]))
	}));

describe('greedy k-means++', () => {
	it('picks the same colours as the literal definition, for any k up to the number of colours', () => {
		fc.assert(
			fc.property(
				pointSetArb,
				fc.integer({ min: 1, max: 80 }),
				fc.integer(),
				({ points, weights }, kWanted, seed) => {
					const k = Math.min(kWanted, weights.length);
					expect(Array.from(drawKMeansPlusPlus(points, weights, k, createRandom(seed)))).toEqual(
						literalGreedy(points, weights, k, createRandom(seed))
					);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('weighs 2 + ⌊ln k⌋ candidates per draw: six at k = 60, where one group of four is not enough', () => {
		const n = 3000;
		const points = Float64Array.from(
			{ length: 3 * n },
			(_, i) => (i * 7919 + (i >> 2) * 104729) % 256
		);
		const weights = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 31) % 17));
		for (const seed of [1, 2, 3]) {
			expect(Array.from(drawKMeansPlusPlus(points, weights, 60, createRandom(seed)))).toEqual(
				literalGreedy(points, weights, 60, createRandom(seed))
			);
		}
	});
});
