// K-means space: where distances are measured (RGB or OKLab), converting colours in and centroids back out.
import { LINEAR_OF_BYTE, oklabToRgb, rgbToOklab, writeOklab } from './colour';
import type { PixelSet } from './pixels';

export type Space = 'rgb' | 'oklab';

/** The distinct colours as points in the chosen space, x,y,z per colour. */
export function pointsInSpace(pixels: PixelSet, space: Space): Float64Array {
	const { colors, size } = pixels;
	const points = new Float64Array(size * 3);
	if (space === 'rgb') {
		points.set(colors.subarray(0, size * 3));
		return points;
	}
	for (let i = 0; i < size * 3; i += 3) {
		writeOklab(
			LINEAR_OF_BYTE[colors[i]],
			LINEAR_OF_BYTE[colors[i + 1]],
			LINEAR_OF_BYTE[colors[i + 2]],
			points,
			i
		);
	}
	return points;
}

/** RGB 0..255 centroids (flat, k*3) into the space. */
export function centroidsToSpace(
	rgb: ArrayLike<number>,
	count: number,
	space: Space
): Float64Array {
	const out = new Float64Array(count * 3);
	for (let j = 0; j < count * 3; j += 3) {
		const point =
			space === 'rgb'
				? [rgb[j], rgb[j + 1], rgb[j + 2]]
				: rgbToOklab(rgb[j], rgb[j + 1], rgb[j + 2]);
		out.set(point, j);
	}
	return out;
}

/** Centroids in the space back to RGB 0..255 floats (unclamped for OKLab points outside the sRGB gamut). */
export function centroidsToRgb(centroids: Float64Array, space: Space): Float64Array {
	if (space === 'rgb') return centroids.slice();
	const out = new Float64Array(centroids.length);
	for (let j = 0; j < centroids.length; j += 3)
		out.set(oklabToRgb(centroids[j], centroids[j + 1], centroids[j + 2]), j);
	return out;
}

/**
 * Writes each point's nearest centroid (lowest index on equal distance) and returns the squared
 * distances. Same formula and tie rule as the run's assign step, so labels recomputed for a past snapshot
 * are the ones the run had.
 */
export function nearestCentroids(
	points: Float64Array,
	count: number,
	centroids: Float64Array,
	k: number,
	labels: Uint16Array | null
): Float64Array {
	const distances = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const x = points[3 * i],
			y = points[3 * i + 1],
			z = points[3 * i + 2];
		let best = Infinity;
		let bestIndex = 0;
		for (let j = 0; j < k; j++) {
			const dx = x - centroids[3 * j],
				dy = y - centroids[3 * j + 1],
				dz = z - centroids[3 * j + 2];
			const d = dx * dx + dy * dy + dz * dz;
			if (d < best) {
				best = d;
				bestIndex = j;
			}
		}
		distances[i] = best;
		if (labels) labels[i] = bestIndex;
	}
	return distances;
}

/**
 * Per distinct colour, the squared distance (in the space) to the nearest of the first `count`
 * centroids — what k-means++ weighs its next pick by, so a UI can show those odds.
 */
export function nearestDistancesSquared(
	pixels: PixelSet,
	centroidsRgb: ArrayLike<number>,
	count: number,
	space: Space = 'rgb'
): Float64Array {
	if (count < 1) return new Float64Array(pixels.size).fill(Infinity);
	const centroids = centroidsToSpace(centroidsRgb, count, space);
	return nearestCentroids(pointsInSpace(pixels, space), pixels.size, centroids, count, null);
}

/** Squared distance between point i of a and point j of b (x,y,z per point). */
export function squaredGap(a: Float64Array, i: number, b: Float64Array, j: number): number {
	const dx = a[3 * i] - b[3 * j],
		dy = a[3 * i + 1] - b[3 * j + 1],
		dz = a[3 * i + 2] - b[3 * j + 2];
	return dx * dx + dy * dy + dz * dz;
}

/**
 * Moves each empty cluster onto the farthest point, skipping copies of points already taken. Ties
 * go to the colour seen first in the image (`order` maps positions to pixel-set indices).
 */
export function reseedFarthest(
	points: Float64Array,
	distance2: Float64Array,
	empty: number[],
	centroids: Float64Array,
	order: Uint32Array
): void {
	const taken: number[] = [];
	const sameAsTaken = (i: number) =>
		taken.some(
			(t) =>
				points[3 * t] === points[3 * i] &&
				points[3 * t + 1] === points[3 * i + 1] &&
				points[3 * t + 2] === points[3 * i + 2]
		);
	for (const j of empty) {
		let farthest = -1;
		for (let i = 0; i < distance2.length; i++) {
			if (
				farthest >= 0 &&
				(distance2[i] < distance2[farthest] ||
					(distance2[i] === distance2[farthest] && order[i] > order[farthest]))
			)
				continue;
			if (!sameAsTaken(i)) farthest = i;
		}
		if (farthest < 0) farthest = 0;
		taken.push(farthest);
		centroids.set(points.subarray(3 * farthest, 3 * farthest + 3), 3 * j);
	}
}
