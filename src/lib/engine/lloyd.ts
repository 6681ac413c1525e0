// Lloyd: the textbook k-means loop over weighted colours, written to read like the lesson's maths.
import { reseedFarthest } from './kmeans-space';

export interface LloydOptions {
	/** Default 300. */
	maxIterations?: number;
	/** Called after every assign with the labels (reused between calls: copy to keep), the iteration (1-based) and J. */
	onAssign?: (labels: Uint16Array, iteration: number, inertia: number) => void;
}

export interface LloydResult {
	centroids: Float64Array;
	labels: Uint16Array;
	iterations: number;
	inertia: number;
	converged: boolean;
}

/**
 * Lloyd's algorithm on n points (x,y,z each) weighted by pixel count, from k starting centroids.
 * Assign: every point to its nearest centroid, lowest index on equal distance. Update: every
 * centroid to the weighted mean of its points; an empty cluster jumps to the point farthest from
 * its own centroid. Stop when an assign changes nothing. Every distance, every iteration: slow, plain.
 */
export function lloyd(
	points: Float64Array,
	weights: ArrayLike<number>,
	start: ArrayLike<number>,
	options: LloydOptions = {}
): LloydResult {
	const { maxIterations = 300, onAssign } = options;
	const n = weights.length,
		k = start.length / 3;
	const centroids = Float64Array.from(start);
	const labels = new Uint16Array(n);
	const sums = new Float64Array(3 * k),
		clusterWeights = new Float64Array(k);
	const ownDistance2 = new Float64Array(n);
	let inertia: number;
	for (let iteration = 1; ; iteration++) {
		// Assign: c(i) = argmin_j ‖x_i − μ_j‖².
		let changed = 0;
		inertia = 0;
		for (let i = 0; i < n; i++) {
			const x = points[3 * i],
				y = points[3 * i + 1],
				z = points[3 * i + 2];
			let best = 0,
				bestDistance = Infinity;
			for (let j = 0; j < k; j++) {
				const dx = x - centroids[3 * j],
					dy = y - centroids[3 * j + 1],
					dz = z - centroids[3 * j + 2];
				const d = dx * dx + dy * dy + dz * dz;
				if (d < bestDistance) {
					best = j;
					bestDistance = d;
				}
			}
			if (iteration === 1 || labels[i] !== best) changed += weights[i];
			labels[i] = best;
			inertia += weights[i] * bestDistance;
		}
		onAssign?.(labels, iteration, inertia);
		if (changed === 0)
			return { centroids, labels, iterations: iteration, inertia, converged: true };
		// Update: μ_j = Σ w_i x_i / Σ w_i over the points with c(i) = j.
		sums.fill(0);
		clusterWeights.fill(0);
		for (let i = 0; i < n; i++) {
			const j = labels[i];
			for (let c = 0; c < 3; c++) sums[3 * j + c] += weights[i] * points[3 * i + c];
			clusterWeights[j] += weights[i];
		}
		const empty: number[] = [];
		for (let j = 0; j < k; j++) {
			if (clusterWeights[j] === 0) empty.push(j);
			else for (let c = 0; c < 3; c++) centroids[3 * j + c] = sums[3 * j + c] / clusterWeights[j];
		}
		inertia = 0;
		for (let i = 0; i < n; i++) {
			ownDistance2[i] = squaredDistance(points, i, centroids, labels[i]);
			inertia += weights[i] * ownDistance2[i];
		}
		// In pixel-set order, so equally far points go to the one seen first in the image.
		if (empty.length > 0) reseedFarthest(points, ownDistance2, empty, centroids, identity(n));
		if (iteration >= maxIterations)
			return { centroids, labels, iterations: iteration, inertia, converged: false };
	}
}

function squaredDistance(
	points: Float64Array,
	i: number,
	centroids: Float64Array,
	j: number
): number {
	const dx = points[3 * i] - centroids[3 * j],
		dy = points[3 * i + 1] - centroids[3 * j + 1],
		dz = points[3 * i + 2] - centroids[3 * j + 2];
	return dx * dx + dy * dy + dz * dz;
}

function identity(n: number): Uint32Array {
	return Uint32Array.from({ length: n }, (_, i) => i);
}
