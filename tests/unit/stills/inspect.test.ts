// The checks a decoded still passes before it replaces the current one, and the working size it is shrunk to.
import { describe, expect, it } from 'vitest';
import { inspectStill } from '../../../src/lib/stills/inspect';
import { workingSize } from '../../../src/lib/stills/decode-image';
import { paint } from '../../helpers/image-fixtures';

const image = (width: number, height: number, colour: Parameters<typeof paint>[2]) => ({
	width,
	height,
	data: paint(width, height, colour)
});

describe('inspectStill', () => {
	it('refuses a 1×1 image and a fully transparent one', () => {
		expect(
			inspectStill(
				image(1, 1, () => [9, 9, 9, 255]),
				6
			).problem
		).toBe('it is only 1 × 1 (1 pixel): too small to find a palette in; open one at least 8 × 8.');
		expect(
			inspectStill(
				image(10, 10, () => [255, 0, 0, 0]),
				6
			).problem
		).toBe('every pixel is transparent, so there is no colour to find a palette in.');
	});

	it('counts transparent pixels (alpha below 128) and says how many are left out', () => {
		const half = image(20, 10, (x) => (x < 15 ? [0, 0, 0, 127] : [200, 10, 10, 255]));
		expect(inspectStill(half, 1)).toEqual({
			problem: null,
			notes: [
				'150 of 200 pixels (75%) are transparent: they are left out of k-means and of every count'
			]
		});
	});

	it('says when there are fewer colours than k, and stays quiet when there are enough', () => {
		const three = image(9, 9, (x) => [
			x % 3 === 0 ? 255 : 0,
			x % 3 === 1 ? 255 : 0,
			x % 3 === 2 ? 255 : 0,
			255
		]);
		expect(inspectStill(three, 6).notes).toEqual([
			'it holds only 3 colours, fewer than k = 6: k-means can find at most 3 clusters'
		]);
		expect(inspectStill(three, 3).notes).toEqual([]);
	});
});

describe('workingSize', () => {
	it('shrinks the longer side to 1280 and keeps the aspect ratio, never enlarging', () => {
		expect(workingSize(8192, 5464)).toEqual({ width: 1280, height: 854 });
		expect(workingSize(8660, 5774)).toEqual({ width: 1280, height: 853 });
		expect(workingSize(3000, 6000)).toEqual({ width: 640, height: 1280 });
		expect(workingSize(640, 360)).toEqual({ width: 640, height: 360 });
	});
});
