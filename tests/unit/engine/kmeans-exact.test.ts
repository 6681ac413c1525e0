import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createKMeans,
	pixelSetFromRgba,
	type KMeansRun,
	type PixelSet,
	type RgbaImage
} from '../../../src/lib/engine';
import { centroidsToSpace } from '../../../src/lib/engine/kmeans-space';
import { loadSample } from '../../helpers/still';
import { everyPixelAsItsOwn, referenceLloyd, rgbArb, smallImageArb } from './reference';

const closeRelative = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function startOf(run: KMeansRun): number[][] {
	const c = run.history[0].centroids;
	return Array.from({ length: run.k }, (_, j) => [c[3 * j], c[3 * j + 1], c[3 * j + 2]]);
}

function expectSameAsReference(
	image: RgbaImage,
	pixels: PixelSet,
	start: number[][],
	space: 'rgb' | 'oklab' = 'rgb'
) {
	const run = createKMeans(pixels, { k: start.length, init: start, space });
	const end = run.runToEnd();
	const reference = referenceLloyd(image, start, 300, space);
	expect(end.iteration).toBe(reference.iterations);
	expect(end.converged).toBe(reference.converged);
	expect(closeRelative(end.inertia, reference.inertia)).toBe(true);
	if (space === 'rgb') {
		// Integer sums make the centroids identical, not merely close.
		expect(Array.from(end.centroids)).toEqual(reference.centroids);
	} else {
		const ours = centroidsToSpace(end.centroids, run.k, 'oklab');
		reference.centroids.forEach((v, i) => expect(Math.abs(ours[i] - v)).toBeLessThan(1e-9));
	}
	return run;
}

describe('weighted k-means on distinct colours equals Lloyd on every pixel', () => {
	it('matches a plain reference from the same explicit start on small random images', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.array(rgbArb, { minLength: 1, maxLength: 6 }),
				(image, start) => {
					const pixels = pixelSetFromRgba(image);
					// More centroids than colours is a different, explained run (see the edge-case tests).
					fc.pre(start.length <= pixels.size);
					expectSameAsReference(image, pixels, start);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('matches the reference from k-means++ and random starts', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.integer({ min: 1, max: 6 }),
				fc.integer(),
				fc.constantFrom('kmeans++' as const, 'random' as const),
				(image, k, seed, init) => {
					const pixels = pixelSetFromRgba(image);
					expectSameAsReference(image, pixels, startOf(createKMeans(pixels, { k, seed, init })));
				}
			),
			{ numRuns: 100 }
		);
	});

	it('matches the reference in OKLab', () => {
		fc.assert(
			fc.property(smallImageArb, fc.integer({ min: 1, max: 5 }), fc.integer(), (image, k, seed) => {
				const pixels = pixelSetFromRgba(image);
				expectSameAsReference(
					image,
					pixels,
					startOf(createKMeans(pixels, { k, seed, space: 'oklab' })),
					'oklab'
				);
			}),
			{ numRuns: 60 }
		);
	});

	it('gives the same run as the unweighted problem with one entry per pixel', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.array(rgbArb, { minLength: 1, maxLength: 6 }),
				(image, start) => {
					const distinct = pixelSetFromRgba(image);
					fc.pre(start.length <= distinct.size);
					const weighted = createKMeans(distinct, { k: start.length, init: start });
					const unweighted = createKMeans(everyPixelAsItsOwn(image), {
						k: start.length,
						init: start
					});
					const [a, b] = [weighted.runToEnd(), unweighted.runToEnd()];
					expect(a.iteration).toBe(b.iteration);
					expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
					expect(a.counts).toEqual(b.counts);
					expect(closeRelative(a.inertia, b.inertia)).toBe(true);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('matches the reference on a real still (the coffee cup, downscaled to 192 px)', async () => {
		const image = await loadSample('coffee.png', 192);
		const pixels = pixelSetFromRgba(image);
		for (const [k, seed] of [
			[4, 1],
			[8, 2]
		])
			expectSameAsReference(image, pixels, startOf(createKMeans(pixels, { k, seed })));
	});

	it('matches the reference on a real still with an empty cluster to reseed', async () => {
		const image = await loadSample('chelsea.png', 96);
		// Two identical starts: the second loses every tie and starts empty.
		const run = expectSameAsReference(image, pixelSetFromRgba(image), [
			[128, 128, 128],
			[128, 128, 128],
			[20, 200, 40],
			[255, 0, 255]
		]);
		expect(run.history.some((s) => s.reseeded.length > 0)).toBe(true);
	});
});
