import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EngineError,
	hueOf,
	hueSort,
	pixelSetFromRgba,
	type PixelSet
} from '../../../src/lib/engine';
import { loadSample } from '../../helpers/still';
import { imageFromColours, smallImageArb } from './reference';

function imageMean(pixels: PixelSet): number[] {
	const sum = [0, 0, 0];
	for (let i = 0; i < pixels.size; i++)
		for (let c = 0; c < 3; c++) sum[c] += pixels.colors[3 * i + c] * pixels.counts[i];
	return sum.map((s) => s / pixels.total);
}

function expectMeanPreserved(pixels: PixelSet, k: number) {
	const result = hueSort(pixels, k);
	expect(result.centroids).toHaveLength(3 * k);
	expect(result.counts).toHaveLength(k);
	const weighted = [0, 0, 0];
	let weight = 0;
	for (let j = 0; j < k; j++) {
		expect(result.counts[j]).toBeCloseTo(pixels.total / k, 9);
		weight += result.counts[j];
		for (let c = 0; c < 3; c++) weighted[c] += result.centroids[3 * j + c] * result.counts[j];
	}
	imageMean(pixels).forEach((m, c) =>
		expect(Math.abs(weighted[c] / weight - m)).toBeLessThan(1e-9)
	);
	return result;
}

describe('hue sort', () => {
	it('returns exactly k colours whose weighted mean is the image mean', () => {
		fc.assert(
			fc.property(smallImageArb, fc.integer({ min: 1, max: 40 }), (image, k) => {
				expectMeanPreserved(pixelSetFromRgba(image), k);
			}),
			{ numRuns: 200 }
		);
	});

	it('orders colours by hue with greys (hue 0) first, and cuts the line into equal runs', () => {
		fc.assert(
			fc.property(smallImageArb, fc.integer({ min: 1, max: 10 }), (image, k) => {
				const pixels = pixelSetFromRgba(image);
				const { order, cuts, labels } = hueSort(pixels, k);
				const hue = (i: number) =>
					hueOf(pixels.colors[3 * i], pixels.colors[3 * i + 1], pixels.colors[3 * i + 2]);
				for (let s = 1; s < order.length; s++)
					expect(hue(order[s])).toBeGreaterThanOrEqual(hue(order[s - 1]));
				expect(cuts[0]).toBe(0);
				expect(cuts[k]).toBe(pixels.total);
				// Labels follow the sorted line: never going back to an earlier run.
				for (let s = 1; s < order.length; s++)
					expect(labels[order[s]]).toBeGreaterThanOrEqual(labels[order[s - 1]]);
			}),
			{ numRuns: 100 }
		);
	});

	it('gives k colours even when k is above the number of distinct colours', () => {
		const pixels = pixelSetFromRgba(
			imageFromColours(2, 1, [
				[255, 0, 0],
				[0, 0, 255]
			])
		);
		const { centroids, labels } = expectMeanPreserved(pixels, 4);
		expect(Array.from(centroids)).toEqual([255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255]);
		expect(Array.from(labels)).toEqual([0, 2]);
	});

	it('shares a colour straddling a cut by exact fractions', () => {
		// Three pixels, two runs of 1.5: the green pixel is split half and half.
		const pixels = pixelSetFromRgba(
			imageFromColours(3, 1, [
				[255, 0, 0],
				[0, 255, 0],
				[0, 0, 255]
			])
		);
		const { centroids, labels } = expectMeanPreserved(pixels, 2);
		expect(Array.from(centroids)).toEqual([170, 85, 0, 0, 85, 170]);
		expect(Array.from(labels)).toEqual([0, 0, 1]);
	});

	it('keeps the mean on a real still', async () => {
		expectMeanPreserved(pixelSetFromRgba(await loadSample('astronaut.png', 256)), 10);
	});

	it('orders colours exactly as a comparison sort by hue, then index, would', async () => {
		const bySort = (pixels: PixelSet) => {
			const hues = Array.from({ length: pixels.size }, (_, i) =>
				hueOf(pixels.colors[3 * i], pixels.colors[3 * i + 1], pixels.colors[3 * i + 2])
			);
			return Array.from({ length: pixels.size }, (_, i) => i).sort(
				(a, b) => hues[a] - hues[b] || a - b
			);
		};
		for (const file of ['coffee.png', 'flags.png', 'hubble-deep-field.jpg']) {
			const pixels = pixelSetFromRgba(await loadSample(file));
			expect(Array.from(hueSort(pixels, 6).order)).toEqual(bySort(pixels));
		}
		fc.assert(
			fc.property(smallImageArb, (image) => {
				const pixels = pixelSetFromRgba(image);
				expect(Array.from(hueSort(pixels, 3).order)).toEqual(bySort(pixels));
			}),
			{ numRuns: 200 }
		);
	});

	it('rejects k below 1', () => {
		expect(() => hueSort(pixelSetFromRgba(imageFromColours(1, 1, [[1, 2, 3]])), 0)).toThrow(
			EngineError
		);
	});
});
