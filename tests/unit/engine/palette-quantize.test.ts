import { decode } from 'fast-png';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildPalette,
	encodeIndexedPng,
	nearestRealColors,
	pixelSetFromRgba,
	pngSizes,
	qualityMetrics,
	quantize,
	quantizeFromLabels
} from '../../../src/lib/engine';
import { imageFromColours, smallImageArb } from './reference';

describe('palette', () => {
	const centroids = [200, 30, 30, 128, 128, 128, 30, 30, 200, 30.4, 200.6, 30, 10, 10, 12];
	const counts = [10, 40, 20, 25, 5];

	it('orders by hue with greys first (dark to light), then by share and by lightness', () => {
		expect(buildPalette(centroids, counts).map((e) => e.cluster)).toEqual([4, 1, 0, 3, 2]);
		expect(buildPalette(centroids, counts, 'share').map((e) => e.cluster)).toEqual([1, 3, 2, 0, 4]);
		// OKLab L: near-black 0.146, blue 0.403, red 0.535, grey 0.600, green 0.724.
		expect(buildPalette(centroids, counts, 'lightness').map((e) => e.cluster)).toEqual([
			4, 2, 0, 1, 3
		]);
	});

	it('orders by lightness as eyes see it: sun yellow above sky blue (HSL lightness has it the other way)', () => {
		const skyAndSun = [0xfa, 0xc4, 0x3e, 0x76, 0xb6, 0xde];
		expect(buildPalette(skyAndSun, [1, 1], 'lightness').map((e) => e.hex)).toEqual([
			'#76b6de',
			'#fac43e'
		]);
	});

	it('rounds to hex and gives proportions that add up to 1', () => {
		const palette = buildPalette(centroids, counts);
		expect(palette.find((e) => e.cluster === 3)).toMatchObject({
			rgb: [30, 201, 30],
			hex: '#1ec91e',
			count: 25,
			proportion: 0.25
		});
		expect(palette.reduce((sum, e) => sum + e.proportion, 0)).toBeCloseTo(1, 12);
		expect(buildPalette([1, 2, 3], [0])[0].proportion).toBe(0);
	});

	it('finds the nearest colour that really occurs in the image', () => {
		const pixels = pixelSetFromRgba(
			imageFromColours(3, 1, [
				[0, 0, 0],
				[100, 100, 100],
				[250, 0, 0]
			])
		);
		const { rgb, distance } = nearestRealColors(pixels, [90, 100, 100, 255, 10, 0]);
		expect(Array.from(rgb)).toEqual([100, 100, 100, 250, 0, 0]);
		expect(distance[0]).toBe(10);
		expect(distance[1]).toBeCloseTo(Math.hypot(5, 10), 12);
	});
});

describe('quantize', () => {
	it('paints each pixel with its nearest palette colour', () => {
		fc.assert(
			fc.property(
				smallImageArb,
				fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 30 }),
				(image, flat) => {
					const palette = flat.slice(0, flat.length - (flat.length % 3));
					const count = palette.length / 3;
					const q = quantize(image, palette);
					for (let p = 0; p < image.width * image.height; p++) {
						const rgb = Array.from(image.data.subarray(4 * p, 4 * p + 3));
						const d = (j: number) =>
							(rgb[0] - palette[3 * j]) ** 2 +
							(rgb[1] - palette[3 * j + 1]) ** 2 +
							(rgb[2] - palette[3 * j + 2]) ** 2;
						const index = q.indices[p];
						for (let j = 0; j < count; j++) expect(d(index)).toBeLessThanOrEqual(d(j));
						expect(Array.from(q.image.data.subarray(4 * p, 4 * p + 4))).toEqual([
							...palette.slice(3 * index, 3 * index + 3),
							255
						]);
					}
				}
			),
			{ numRuns: 100 }
		);
	});

	it('repaints from labels the same way, keeping transparent pixels transparent', () => {
		const image = imageFromColours(3, 1, [
			[10, 10, 10],
			[0, 0, 0, 0],
			[250, 250, 250]
		]);
		const pixels = pixelSetFromRgba(image);
		const painted = quantizeFromLabels(pixels, [1, 0], [200, 100, 50.6, 0, 1, 2]);
		expect(Array.from(painted.data)).toEqual([0, 1, 2, 255, 0, 0, 0, 0, 200, 100, 51, 255]);
		expect(Array.from(quantize(image, [0, 0, 0, 255, 255, 255]).indices)).toEqual([0, 2, 1]);
	});

	it('measures MSE, PSNR and OKLab ΔE', () => {
		const original = imageFromColours(2, 1, [
			[0, 0, 0],
			[255, 255, 255]
		]);
		const same = qualityMetrics(original, original);
		expect(same).toEqual({ mse: 0, psnr: Infinity, meanDeltaE: 0 });
		const off = qualityMetrics(
			original,
			imageFromColours(2, 1, [
				[3, 0, 0],
				[255, 255, 255]
			])
		);
		expect(off.mse).toBe(9 / 6);
		expect(off.psnr).toBeCloseTo(10 * Math.log10((255 * 255) / 1.5), 12);
		expect(off.meanDeltaE).toBeGreaterThan(0);
	});

	it('writes an indexed PNG at the smallest bit depth that decodes to the quantized image', () => {
		for (const [count, depth] of [
			[2, 1],
			[4, 2],
			[16, 4],
			[17, 8]
		]) {
			const palette = Array.from({ length: count * 3 }, (_, i) => (i * 41) % 256);
			const image = imageFromColours(
				13,
				7,
				Array.from({ length: 50 }, (_, i) => [(i * 71) % 256, (i * 13) % 256, (i * 29) % 256])
			);
			const q = quantize(image, palette);
			const png = decode(encodeIndexedPng(q, palette));
			expect(png.depth).toBe(depth);
			expect(png.palette).toHaveLength(count);
			const sizes = pngSizes(image, q, palette);
			expect(sizes.indexed).toBeGreaterThan(0);
			expect(sizes.bitsPerPixelTruecolour).toBeCloseTo((sizes.truecolour * 8) / 91, 12);
		}
	});

	it('gives transparent pixels a transparent first palette entry', () => {
		const image = imageFromColours(3, 1, [
			[10, 10, 10],
			[0, 0, 0, 0],
			[250, 250, 250]
		]);
		const png = decode(
			encodeIndexedPng(quantize(image, [0, 0, 0, 255, 255, 255]), [0, 0, 0, 255, 255, 255])
		);
		expect(png.palette).toEqual([
			[0, 0, 0, 0],
			[0, 0, 0, 255],
			[255, 255, 255, 255]
		]);
		expect(png.depth).toBe(2);
	});
});
