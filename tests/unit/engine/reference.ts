// Test helpers: the textbook Lloyd over every pixel, and image generators.
import fc from 'fast-check';
import { centroidsToSpace, pointsInSpace, type Space } from '../../../src/lib/engine/kmeans-space';
import { lloyd } from '../../../src/lib/engine/lloyd';
import type { PixelSet, RgbaImage } from '../../../src/lib/engine/pixels';

export interface ReferenceResult {
	centroids: number[];
	iterations: number;
	inertia: number;
	converged: boolean;
}

/**
 * The engine's textbook Lloyd on every opaque pixel as its own point (weight 1, no distinct
 * colours, no octree), from explicit RGB starting centroids. Returns centroids in the space used.
 */
export function referenceLloyd(
	image: RgbaImage,
	start: number[][],
	maxIterations = 300,
	space: Space = 'rgb'
): ReferenceResult {
	const pixels = everyPixelAsItsOwn(image);
	const result = lloyd(
		pointsInSpace(pixels, space),
		pixels.counts,
		centroidsToSpace(start.flat(), start.length, space),
		{ maxIterations }
	);
	return {
		centroids: Array.from(result.centroids),
		iterations: result.iterations,
		inertia: result.inertia,
		converged: result.converged
	};
}

/** Every opaque pixel as its own entry with count 1: the unweighted problem the distinct colours stand for. */
export function everyPixelAsItsOwn(image: RgbaImage): PixelSet {
	const colors: number[] = [];
	const pixelIndex = new Int32Array(image.width * image.height).fill(-1);
	for (let p = 0; p < image.width * image.height; p++) {
		if (image.data[4 * p + 3] < 128) continue;
		pixelIndex[p] = colors.length / 3;
		colors.push(image.data[4 * p], image.data[4 * p + 1], image.data[4 * p + 2]);
	}
	const size = colors.length / 3;
	return {
		colors: Uint8Array.from(colors),
		counts: new Uint32Array(size).fill(1),
		size,
		total: size,
		transparent: image.width * image.height - size,
		width: image.width,
		height: image.height,
		pixelIndex
	};
}

export function imageFromColours(width: number, height: number, colours: number[][]): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < width * height; p++)
		data.set(
			[...colours[p % colours.length].slice(0, 3), colours[p % colours.length][3] ?? 255],
			4 * p
		);
	return { width, height, data };
}

const channel = fc.integer({ min: 0, max: 255 });
export const rgbArb = fc.tuple(channel, channel, channel).map((c) => [...c]);

/** Small random images drawn from a handful of colours, so colours repeat as in real pictures. */
export const smallImageArb = fc
	.record({
		width: fc.integer({ min: 1, max: 10 }),
		height: fc.integer({ min: 1, max: 10 }),
		swatch: fc.array(rgbArb, { minLength: 1, maxLength: 8 })
	})
	.chain(({ width, height, swatch }) =>
		fc
			.array(fc.integer({ min: 0, max: swatch.length - 1 }), {
				minLength: width * height,
				maxLength: width * height
			})
			.map((picks) =>
				imageFromColours(
					width,
					height,
					picks.map((i) => swatch[i])
				)
			)
	);
