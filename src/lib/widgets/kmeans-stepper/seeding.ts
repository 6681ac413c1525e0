// k-means++ seeding made visible: the centroids drawn so far, and the inertia they would give on their own.
import type { PixelSet } from '$lib/engine';

/** The first `count` centroids k-means++ drew: the colours of the chosen distinct pixels (choices index the pixel set). */
export function drawnCentroids(
	pixels: PixelSet,
	choices: ArrayLike<number>,
	count: number
): Float64Array {
	const centroids = new Float64Array(count * 3);
	for (let i = 0; i < count; i++) {
		const at = choices[i] * 3;
		centroids[i * 3] = pixels.colors[at];
		centroids[i * 3 + 1] = pixels.colors[at + 1];
		centroids[i * 3 + 2] = pixels.colors[at + 2];
	}
	return centroids;
}

/** Sum over all pixels of the squared distance to the nearest centroid: J if the drawn centroids were all there is. */
export function weightedTotal(pixels: PixelSet, distances: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < pixels.size; i++) total += pixels.counts[i] * distances[i];
	return total;
}
