// The stepper's scatter data: sampled positions, cluster colours, and k-means++ draw sizes.
import { describe, expect, it } from 'vitest';
import type { PixelSet, RgbaImage } from '../../../src/lib/engine';
import {
	clusterColours,
	drawSizes,
	sampleColourIndex,
	samplePositions
} from '../../../src/lib/widgets/kmeans-stepper/scatter-data';
import { centroidHexes, formatInertia } from '../../../src/lib/widgets/kmeans-stepper/format';

// A 3×1 image: red, green, red.
const image: RgbaImage = {
	width: 3,
	height: 1,
	data: new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 255, 0, 0, 255])
};
const pixels: PixelSet = {
	colors: new Uint8Array([255, 0, 0, 0, 255, 0]),
	counts: new Uint32Array([2, 1]),
	size: 2,
	total: 3,
	transparent: 0,
	width: 3,
	height: 1,
	pixelIndex: new Int32Array([0, 1, 0])
};

describe('scatter data', () => {
	it('reads each sampled pixel’s colour and distinct-colour index', () => {
		const sample = [2, 1];
		expect(Array.from(samplePositions(image, sample))).toEqual([255, 0, 0, 0, 255, 0]);
		expect(Array.from(sampleColourIndex(pixels, sample))).toEqual([0, 1]);
	});

	it('paints each point in its cluster’s centroid colour, rounded', () => {
		const colours = clusterColours(
			new Int32Array([0, 1]),
			[1, 0],
			[10.4, 20.6, 30.5, 200, 100, 50]
		);
		expect(Array.from(colours)).toEqual([200, 100, 50, 10, 21, 30]);
	});

	it('sizes points so that area grows with the squared distance, zero distance smallest', () => {
		const sizes = drawSizes(new Int32Array([0, 1, 2]), [0, 25, 100]);
		expect(sizes[0]).toBeLessThan(sizes[1]);
		expect(sizes[1]).toBeLessThan(sizes[2]);
		const area = (s: number) => (s - 0.25) ** 2;
		expect(area(sizes[1]) / area(sizes[2])).toBeCloseTo(0.25, 5);
	});

	it('formats centroids as hex and J with separators', () => {
		expect(centroidHexes([255, 127.6, 0.4, 300, -2, 16])).toEqual(['#ff8000', '#ff0010']);
		expect(formatInertia(1234567.5)).toBe('1,234,568');
	});
});
