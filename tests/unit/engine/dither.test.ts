// Floyd–Steinberg onto a palette: exact hand-worked rows, local mean kept, transparency and exact palettes.
import { describe, expect, it } from 'vitest';
import { ditherFloydSteinberg, quantize, type RgbaImage } from '../../../src/lib/engine';

const blackWhite = [0, 0, 0, 255, 255, 255];

function flat(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < width * height; p++) data.set(rgba, 4 * p);
	return { width, height, data };
}

describe('Floyd–Steinberg dithering', () => {
	it('alternates on a row of mid-grey, as the error worked by hand says', () => {
		// 128 → white (error −127); 128 − 127·7/16 = 72.4 → black (error +72.4); 159.7 → white; 86.3 → black.
		const { indices, image } = ditherFloydSteinberg(flat(4, 1, [128, 128, 128, 255]), blackWhite);
		expect(Array.from(indices)).toEqual([1, 0, 1, 0]);
		expect(Array.from(image.data.subarray(0, 8))).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
	});

	it('passes error down: the second row of a 2×2 grey starts black and ends white', () => {
		// Row 2, x 0: 128 + (−127·5 + 72.4375·3)/16 = 101.9 → black; x 1: 128 + (−127·1 + 72.4375·5)/16 + 101.9·7/16 = 187.4 → white.
		expect(
			Array.from(ditherFloydSteinberg(flat(2, 2, [128, 128, 128, 255]), blackWhite).indices)
		).toEqual([1, 0, 0, 1]);
	});

	it('keeps the mean of a flat grey that plain quantizing loses', () => {
		const grey = flat(64, 64, [100, 100, 100, 255]);
		const mean = (data: ArrayLike<number>) => {
			let sum = 0;
			for (let p = 0; p < data.length; p += 4) sum += data[p];
			return sum / (data.length / 4);
		};
		expect(mean(quantize(grey, blackWhite).image.data)).toBe(0);
		expect(Math.abs(mean(ditherFloydSteinberg(grey, blackWhite).image.data) - 100)).toBeLessThan(2);
	});

	it('changes nothing when every colour is in the palette', () => {
		const data = new Uint8ClampedArray([10, 20, 30, 255, 200, 100, 50, 255, 10, 20, 30, 255]);
		const result = ditherFloydSteinberg({ width: 3, height: 1, data }, [10, 20, 30, 200, 100, 50]);
		expect(Array.from(result.indices)).toEqual([0, 1, 0]);
		expect(Array.from(result.image.data)).toEqual(Array.from(data));
	});

	it('leaves transparent pixels transparent, with index one past the palette, and the error stops at them', () => {
		const data = new Uint8ClampedArray([128, 128, 128, 255, 0, 0, 0, 0, 128, 128, 128, 255]);
		const result = ditherFloydSteinberg({ width: 3, height: 1, data }, blackWhite);
		// The error pushed into the hole is dropped there, so the third grey starts fresh and rounds up as the first did.
		expect(Array.from(result.indices)).toEqual([1, 2, 1]);
		expect(Array.from(result.image.data.subarray(4, 8))).toEqual([0, 0, 0, 0]);
		expect(result.count).toBe(2);
	});
});
