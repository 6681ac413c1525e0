// The analyse pipeline: k-means and hue sort as clusterings with counts and inertia, restarts, and nearest colours in the run's space.
import { describe, expect, it } from 'vitest';
import {
	analyse,
	analyseImage,
	createKMeans,
	hueSort,
	nearestPaletteLabels,
	pixelSetFromRgba,
	quantizeWith,
	rgbToOklab
} from '../../../src/lib/engine';
import { imageFromColours } from './reference';

const image = imageFromColours(30, 20, [
	[250, 196, 62],
	[118, 182, 222],
	[52, 128, 120],
	[38, 74, 52],
	[196, 120, 74],
	[120, 120, 120],
	[240, 240, 240],
	[20, 20, 20],
	[118, 182, 222],
	[118, 182, 222],
	[38, 74, 52],
	[38, 74, 52],
	[200, 40, 48]
]);
const pixels = pixelSetFromRgba(image);

describe('analyse', () => {
	it('k-means equals a run to the end with the same options', () => {
		const result = analyse(pixels, { k: 4, seed: 5, init: 'random' });
		const end = createKMeans(pixels, { k: 4, seed: 5, init: 'random' }).runToEnd();
		expect(result.inertia).toBe(end.inertia);
		expect([...result.centroids]).toEqual([...end.centroids]);
		expect(result.iterations).toBe(end.iteration);
		expect(result.seed).toBe(5);
	});

	it('restarts keep the run with the lowest inertia among seeds seed … seed + n − 1', () => {
		const inertias = [3, 4, 5, 6, 7].map(
			(seed) => analyse(pixels, { k: 5, seed, init: 'random' }).inertia
		);
		const best = analyse(pixels, { k: 5, seed: 3, init: 'random', restarts: 5 });
		expect(best.inertia).toBe(Math.min(...inertias));
		expect(best.seed).toBe(3 + inertias.indexOf(Math.min(...inertias)));
	});

	it('hue sort: its runs as clusters, whole-pixel counts summing to the image, inertia to each run mean', () => {
		const result = analyse(pixels, { k: 3, method: 'huesort' });
		const sorted = hueSort(pixels, 3);
		expect([...result.centroids]).toEqual([...sorted.centroids]);
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(600);
		let inertia = 0;
		for (let i = 0; i < pixels.size; i++) {
			const j = sorted.labels[i];
			for (let c = 0; c < 3; c++)
				inertia += pixels.counts[i] * (pixels.colors[3 * i + c] - sorted.centroids[3 * j + c]) ** 2;
		}
		expect(result.inertia).toBeCloseTo(inertia, 6);
		expect(result.iterations).toBe(0);
	});

	it('finds nearest palette colours in OKLab when asked, which can differ from RGB', () => {
		// A dark blue is nearer to black than to mid grey in RGB, but not in OKLab.
		const one = pixelSetFromRgba(imageFromColours(1, 1, [[0, 0, 90]]));
		const palette = [0, 0, 0, 96, 96, 96];
		expect(nearestPaletteLabels(one, palette, 'rgb')[0]).toBe(0);
		const [l0, l1, l2] = [rgbToOklab(0, 0, 90), rgbToOklab(0, 0, 0), rgbToOklab(96, 96, 96)];
		const d = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);
		expect(nearestPaletteLabels(one, palette, 'oklab')[0]).toBe(d(l0, l1) < d(l0, l2) ? 0 : 1);
		expect(quantizeWith(one, palette, 'rgb').image.data[0]).toBe(0);
	});

	it('analyseImage: the palette repaints the still, and the metrics measure that repaint', () => {
		const report = analyseImage(image, pixels, { k: 13, png: true });
		expect(report.metrics.mse).toBe(0);
		expect(report.palette).toHaveLength(9);
		expect(report.analysis.note).toMatch(/only 9 distinct colours/);
		expect(report.sizes!.indexed).toBeGreaterThan(0);
	});
});
