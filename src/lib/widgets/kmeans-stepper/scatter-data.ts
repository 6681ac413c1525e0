// The stepper's scatter data: where the sampled pixels sit in the cube and the colour and size each is drawn with.
import type { PixelSet, RgbaImage } from '$lib/engine';

/** RGB of each sampled pixel (sample holds image pixel indices), as n*3 positions in the cube. */
export function samplePositions(image: RgbaImage, sample: ArrayLike<number>): Uint8Array {
	const positions = new Uint8Array(sample.length * 3);
	for (let i = 0; i < sample.length; i++) {
		const at = sample[i] * 4;
		positions[i * 3] = image.data[at];
		positions[i * 3 + 1] = image.data[at + 1];
		positions[i * 3 + 2] = image.data[at + 2];
	}
	return positions;
}

/** For each sampled pixel, the index of its distinct colour in the pixel set (k-means labels are per distinct colour). */
export function sampleColourIndex(pixels: PixelSet, sample: ArrayLike<number>): Int32Array {
	const index = new Int32Array(sample.length);
	for (let i = 0; i < sample.length; i++) index[i] = pixels.pixelIndex[sample[i]];
	return index;
}

/** Each sampled pixel painted in the colour of its cluster's centroid. */
export function clusterColours(
	colourIndex: Int32Array,
	labels: ArrayLike<number>,
	centroids: ArrayLike<number>
): Uint8ClampedArray {
	const colours = new Uint8ClampedArray(colourIndex.length * 3);
	for (let i = 0; i < colourIndex.length; i++) {
		const c = colourIndex[i];
		if (c < 0) continue;
		const at = labels[c] * 3;
		colours[i * 3] = centroids[at];
		colours[i * 3 + 1] = centroids[at + 1];
		colours[i * 3 + 2] = centroids[at + 2];
	}
	return colours;
}

/**
 * Point sizes for a k-means++ draw: a pixel's chance of becoming the next centroid is proportional to its squared
 * distance D² to the nearest centroid so far, so the area of each point (size²) is made proportional to D².
 */
export function drawSizes(colourIndex: Int32Array, distances: ArrayLike<number>): Float32Array {
	let largest = 0;
	for (let i = 0; i < colourIndex.length; i++) {
		const c = colourIndex[i];
		if (c >= 0 && distances[c] > largest) largest = distances[c];
	}
	const sizes = new Float32Array(colourIndex.length);
	for (let i = 0; i < colourIndex.length; i++) {
		const c = colourIndex[i];
		sizes[i] = c < 0 || largest === 0 ? 0.25 : 0.25 + 2.25 * Math.sqrt(distances[c] / largest);
	}
	return sizes;
}
