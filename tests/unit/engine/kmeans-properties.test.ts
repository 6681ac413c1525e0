import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createKMeans,
	nearestDistancesSquared,
	pixelSetFromRgba,
	type InitMethod,
	type Space
} from '../../../src/lib/engine';
import { smallImageArb } from './reference';

const initArb = fc.constantFrom<InitMethod>('kmeans++', 'random', 'partition');
const spaceArb = fc.constantFrom<Space>('rgb', 'oklab');

describe('k-means run properties', () => {
	it('never lets inertia rise from one half-step to the next', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.integer({ min: 1, max: 8 }),
				fc.integer(),
				initArb,
				spaceArb,
				(image, k, seed, init, space) => {
					const run = createKMeans(pixelSetFromRgba(image), { k, seed, init, space });
					run.runToEnd();
					// In RGB the sums are exact and so is the order. OKLab means are rounded to the nearest
					// double, which can leave a centroid a hair off its points: a rise of that size is rounding.
					const slack = (previous: number) => (space === 'rgb' ? 0 : 1e-12 * previous + 1e-24);
					for (let i = 1; i < run.history.length; i++) {
						const previous = run.history[i - 1].inertia;
						expect(run.history[i].inertia).toBeLessThanOrEqual(previous + slack(previous));
					}
					for (const s of run.history)
						expect(Number.isFinite(s.inertia) && s.inertia >= 0).toBe(true);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('gives the same run for the same seed', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.integer({ min: 1, max: 8 }),
				fc.integer(),
				initArb,
				(image, k, seed, init) => {
					const pixels = pixelSetFromRgba(image);
					const [a, b] = [
						createKMeans(pixels, { k, seed, init }),
						createKMeans(pixels, { k, seed, init })
					];
					a.runToEnd();
					b.runToEnd();
					expect(a.history).toEqual(b.history);
					expect(a.initChoices).toEqual(b.initChoices);
				}
			),
			{ numRuns: 100 }
		);
	});

	it('k-means++ and random never pick the same colour twice while distinct colours remain', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.integer({ min: 1, max: 12 }),
				fc.integer(),
				fc.constantFrom<InitMethod>('kmeans++', 'random'),
				(image, k, seed, init) => {
					const pixels = pixelSetFromRgba(image);
					const run = createKMeans(pixels, { k, seed, init });
					const choices = Array.from(run.initChoices ?? []);
					expect(choices).toHaveLength(Math.min(k, pixels.size));
					expect(new Set(choices).size).toBe(choices.length);
					const start = run.history[0].centroids;
					choices.forEach((c, j) =>
						expect(Array.from(start.subarray(3 * j, 3 * j + 3))).toEqual(
							Array.from(pixels.colors.subarray(3 * c, 3 * c + 3))
						)
					);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('k-means++ picks the next colour only where the D² odds are above zero', () => {
		fc.assert(
			fc.property(smallImageArb, fc.integer({ min: 2, max: 6 }), fc.integer(), (image, k, seed) => {
				const pixels = pixelSetFromRgba(image);
				const run = createKMeans(pixels, { k, seed });
				const start = run.history[0].centroids;
				const choices = run.initChoices!;
				for (let c = 1; c < choices.length; c++)
					expect(nearestDistancesSquared(pixels, start, c)[choices[c]]).toBeGreaterThan(0);
			}),
			{ numRuns: 100 }
		);
	});

	it('keeps every snapshot consistent: counts add up, labels agree with counts, no NaN', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.integer({ min: 1, max: 8 }),
				fc.integer(),
				initArb,
				spaceArb,
				(image, k, seed, init, space) => {
					const pixels = pixelSetFromRgba(image);
					const run = createKMeans(pixels, { k, seed, init, space });
					run.runToEnd();
					run.history.forEach((s, index) => {
						expect(s.index).toBe(index);
						expect(Array.from(s.centroids).every(Number.isFinite)).toBe(true);
						if (s.phase === 'init' && init !== 'partition') return;
						const labels = run.labels(index);
						const counts = new Float64Array(run.k);
						labels.forEach((label, i) => (counts[label] += pixels.counts[i]));
						expect(Array.from(counts)).toEqual(Array.from(s.counts));
					});
				}
			),
			{ numRuns: 100 }
		);
	});
});
