// "Which centroid will this pixel join?": picking a pixel to ask about, and the distances that explain the answer.
import type { PixelSet } from '$lib/engine';

export interface AssignQuestion {
	/** The pixel asked about (y * width + x), and where it is. */
	pixel: number;
	x: number;
	y: number;
	/** Its distinct colour (what k-means labels) and that colour. */
	colour: number;
	rgb: [number, number, number];
	/** The snapshot index the question was asked at (the assign that answers it comes next). */
	askedAt: number;
	/** The learner's answer (0-based centroid), or null while thinking. */
	guess: number | null;
}

/** An opaque pixel, chosen with `random` (0 ≤ random() < 1). */
export function pickPixel(pixels: PixelSet, random: () => number): number {
	const count = pixels.width * pixels.height;
	let pixel = Math.floor(random() * count);
	for (let tries = 0; tries < count && pixels.pixelIndex[pixel] < 0; tries++)
		pixel = (pixel + 1) % count;
	return pixel;
}

export function question(pixels: PixelSet, pixel: number, askedAt: number): AssignQuestion {
	const colour = pixels.pixelIndex[pixel];
	const rgb: [number, number, number] = [
		pixels.colors[colour * 3],
		pixels.colors[colour * 3 + 1],
		pixels.colors[colour * 3 + 2]
	];
	return {
		pixel,
		x: pixel % pixels.width,
		y: Math.floor(pixel / pixels.width),
		colour,
		rgb,
		askedAt,
		guess: null
	};
}

/** Straight-line RGB distance from a colour to each centroid (r,g,b flat). */
export function distancesTo(rgb: readonly number[], centroids: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let j = 0; j * 3 + 2 < centroids.length; j++) {
		out.push(
			Math.hypot(
				rgb[0] - centroids[j * 3],
				rgb[1] - centroids[j * 3 + 1],
				rgb[2] - centroids[j * 3 + 2]
			)
		);
	}
	return out;
}
