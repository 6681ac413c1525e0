import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createRandom,
	downscale,
	EngineError,
	pixelSetFromRgba,
	samplePixels,
	type RgbaImage
} from '../../../src/lib/engine';
import { imageFromColours, smallImageArb } from './reference';

describe('distinct colours', () => {
	it('counts every opaque pixel once, under its own colour', () => {
		fc.assert(
			fc.property(smallImageArb, (image) => {
				const set = pixelSetFromRgba(image);
				const seen = new Map<string, number>();
				for (let p = 0; p < image.width * image.height; p++) {
					const key = Array.from(image.data.subarray(4 * p, 4 * p + 3)).join();
					seen.set(key, (seen.get(key) ?? 0) + 1);
					const i = set.pixelIndex[p];
					expect(Array.from(set.colors.subarray(3 * i, 3 * i + 3)).join()).toBe(key);
				}
				expect(set.size).toBe(seen.size);
				expect(set.total).toBe(image.width * image.height);
				expect(set.counts.reduce((a, b) => a + b, 0)).toBe(set.total);
				for (let i = 0; i < set.size; i++)
					expect(set.counts[i]).toBe(
						seen.get(Array.from(set.colors.subarray(3 * i, 3 * i + 3)).join())
					);
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps colours in order of first appearance and survives the hash table growing', () => {
		const width = 300,
			height = 200;
		const data = new Uint8Array(width * height * 4);
		for (let p = 0; p < width * height; p++)
			data.set([p % 256, (p >> 8) % 256, (p * 7) % 13, 255], 4 * p);
		const set = pixelSetFromRgba({ width, height, data });
		const firsts = new Map<number, number>();
		for (let p = 0; p < width * height; p++) {
			const key = (data[4 * p] << 16) | (data[4 * p + 1] << 8) | data[4 * p + 2];
			if (!firsts.has(key)) firsts.set(key, firsts.size);
			expect(set.pixelIndex[p]).toBe(firsts.get(key));
		}
		expect(set.size).toBe(firsts.size);
	});

	it('leaves out pixels below the alpha threshold and counts them', () => {
		const image = imageFromColours(4, 1, [
			[1, 1, 1, 255],
			[2, 2, 2, 127],
			[3, 3, 3, 128],
			[4, 4, 4, 0]
		]);
		const set = pixelSetFromRgba(image);
		expect(set.size).toBe(2);
		expect(set.transparent).toBe(2);
		expect(Array.from(set.pixelIndex)).toEqual([0, -1, 1, -1]);
		expect(pixelSetFromRgba(image, { alphaThreshold: 1 }).size).toBe(3);
	});

	it('refuses a fully transparent image with a clear message', () => {
		expect(() => pixelSetFromRgba(imageFromColours(2, 2, [[9, 9, 9, 10]]))).toThrow(EngineError);
		expect(() => pixelSetFromRgba(imageFromColours(2, 2, [[9, 9, 9, 10]]))).toThrow(
			'every pixel is transparent (alpha below 128): nothing to analyse'
		);
	});
});

describe('seeded sampling', () => {
	const image = imageFromColours(20, 10, [
		[1, 2, 3],
		[4, 5, 6, 0],
		[7, 8, 9]
	]);

	it('draws opaque positions without repeats, the same for the same seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 250 }), fc.integer(), (count, seed) => {
				const sample = samplePixels(image, count, seed);
				expect(sample).toEqual(samplePixels(image, count, seed));
				expect(new Set(sample).size).toBe(sample.length);
				expect(sample.length).toBe(Math.min(count, 133));
				for (const p of sample) expect(image.data[4 * p + 3]).toBe(255);
			}),
			{ numRuns: 100 }
		);
	});

	it('gives different samples for different seeds', () => {
		expect(samplePixels(image, 20, 1)).not.toEqual(samplePixels(image, 20, 2));
	});
});

describe('random numbers', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const [a, b] = [createRandom(42), createRandom(42)];
		for (let i = 0; i < 1000; i++) {
			const x = a();
			expect(x).toBe(b());
			expect(x >= 0 && x < 1).toBe(true);
		}
		// Pinned so every engine is known to give this sequence.
		expect(Array.from({ length: 3 }, createRandom(1))).toEqual([
			0.6270739405881613, 0.002735721180215478, 0.5274470399599522
		]);
	});
});

describe('area-average downscaling', () => {
	it('returns the same image when it already fits', () => {
		const image = imageFromColours(4, 3, [[1, 2, 3]]);
		expect(downscale(image, 4)).toBe(image);
	});

	it('averages exact blocks and keeps the aspect ratio', () => {
		const image = imageFromColours(4, 2, [
			[0, 0, 0],
			[100, 200, 40],
			[0, 0, 0],
			[100, 200, 40]
		]);
		const small = downscale(image, 2);
		expect([small.width, small.height]).toEqual([2, 1]);
		expect(Array.from(small.data)).toEqual([50, 100, 20, 255, 50, 100, 20, 255]);
	});

	it('keeps the mean colour over fractional boxes', () => {
		const width = 7,
			height = 5;
		const data = new Uint8Array(width * height * 4).map((_, i) =>
			i % 4 === 3 ? 255 : (i * 37) % 256
		);
		const image: RgbaImage = { width, height, data };
		const small = downscale(image, 3);
		expect([small.width, small.height]).toEqual([3, 2]);
		const mean = (img: RgbaImage, c: number) => {
			let sum = 0;
			for (let p = 0; p < img.width * img.height; p++) sum += img.data[4 * p + c];
			return sum / (img.width * img.height);
		};
		for (let c = 0; c < 3; c++) expect(Math.abs(mean(small, c) - mean(image, c))).toBeLessThan(1);
	});

	it('does not let transparent pixels bleed their hidden colour', () => {
		const image = imageFromColours(2, 1, [
			[200, 0, 0, 255],
			[0, 0, 255, 0]
		]);
		expect(Array.from(downscale(image, 1).data)).toEqual([200, 0, 0, 128]);
	});
});
