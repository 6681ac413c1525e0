// Hue sort as a clustering: its k runs as clusters, with whole-pixel counts and an inertia comparable to k-means'.
import { hueSort } from './huesort';
import { centroidsToSpace, pointsInSpace, squaredGap, type Space } from './kmeans-space';
import type { PixelSet } from './pixels';

/**
 * Each distinct colour belongs to the run holding most of its pixels (hueSort's labels); the counts
 * are whole pixels and the inertia sums each pixel's squared distance to its own run's mean, so it
 * is the same objective k-means lowers, measured for the shortcut's clusters.
 */
export function huesortClustering(pixels: PixelSet, k: number, space: Space) {
	const { centroids, labels } = hueSort(pixels, k);
	const counts = new Float64Array(k);
	labels.forEach((run, i) => (counts[run] += pixels.counts[i]));
	const points = pointsInSpace(pixels, space);
	const means = centroidsToSpace(centroids, k, space);
	let inertia = 0;
	for (let i = 0; i < pixels.size; i++)
		inertia += pixels.counts[i] * squaredGap(points, i, means, labels[i]);
	return {
		k,
		requestedK: k,
		note: null,
		centroids,
		counts,
		labels,
		inertia,
		iterations: 0,
		converged: true,
		seed: null
	};
}
