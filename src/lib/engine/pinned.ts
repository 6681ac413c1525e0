// Pinned k-means: Lloyd's algorithm over weighted colours where some centroids (pins) never move.
import { EngineError } from './errors';
import { drawKMeansPlusPlus, drawRandomColours } from './kmeans-init';
import { createRandom } from './random';
import {
	centroidsToRgb,
	centroidsToSpace,
	nearestCentroids,
	pointsInSpace,
	type Space
} from './kmeans-space';
import type { PixelSet } from './pixels';

export interface PinnedOptions {
	k: number;
	/** Colours (RGB bytes) that are centroids from the start and stay exactly where they are. */
	pins: readonly (readonly [number, number, number])[];
	seed: number;
	space: Space;
	init?: 'kmeans++' | 'random';
	maxIterations?: number;
}

export interface PinnedResult {
	/** k*3 RGB floats; the first pins.length are the pins, byte for byte. */
	centroids: Float64Array;
	/** Whole pixels of the still nearest to each centroid (the weights only steer where free centroids go). */
	counts: Float64Array;
	labels: Uint16Array;
	/** Weighted sum of squared distances in the space. */
	inertia: number;
	iterations: number;
	converged: boolean;
}

/**
 * The free centroids start by k-means++ (each draw weighted by weight × squared distance to the
 * nearest centroid so far, pins included) or by weighted random colours; then assign and update
 * alternate, moving only the free ones, until no colour changes cluster.
 */
export function pinnedKMeans(
	pixels: PixelSet,
	weights: Float64Array,
	options: PinnedOptions
): PinnedResult {
	const { k, pins, seed, space, init = 'kmeans++', maxIterations = 300 } = options;
	if (pins.length > k) throw new EngineError(`${pins.length} pins do not fit in k = ${k}`);
	const n = pixels.size;
	const points = pointsInSpace(pixels, space);
	const centroids = new Float64Array(k * 3);
	centroids.set(centroidsToSpace(pins.flat(), pins.length, space));
	const random = createRandom(seed);
	if (pins.length === 0) {
		// Without pins the start is the engine's own (greedy k-means++ or weighted random colours), draw for draw.
		const picks =
			init === 'random'
				? drawRandomColours(weights, k, random)
				: drawKMeansPlusPlus(points, weights, k, random);
		picks.forEach((c, j) => centroids.set(points.subarray(3 * c, 3 * c + 3), 3 * j));
	} else {
		seedFree(points, weights, centroids, pins.length, k, random, init);
	}
	const labels = new Uint16Array(n).fill(65535);
	const next = new Uint16Array(n);
	const sums = new Float64Array(k * 4);
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		nearestCentroids(points, n, centroids, k, next);
		iterations++;
		let changed = false;
		for (let i = 0; i < n; i++) if (next[i] !== labels[i]) changed = true;
		labels.set(next);
		if (!changed) {
			converged = true;
			break;
		}
		sums.fill(0);
		for (let i = 0; i < n; i++) {
			const j = labels[i],
				w = weights[i];
			sums[4 * j] += w * points[3 * i];
			sums[4 * j + 1] += w * points[3 * i + 1];
			sums[4 * j + 2] += w * points[3 * i + 2];
			sums[4 * j + 3] += w;
		}
		// An empty free cluster stays where it is; a pin never moves.
		for (let j = pins.length; j < k; j++) {
			const w = sums[4 * j + 3];
			if (w > 0) for (let c = 0; c < 3; c++) centroids[3 * j + c] = sums[4 * j + c] / w;
		}
	}
	const distances = nearestCentroids(points, n, centroids, k, labels);
	let inertia = 0;
	const counts = new Float64Array(k);
	for (let i = 0; i < n; i++) {
		inertia += weights[i] * distances[i];
		counts[labels[i]] += pixels.counts[i];
	}
	const rgb = centroidsToRgb(centroids, space);
	rgb.set(pins.flat()); // exact bytes, not a round trip through OKLab
	return { centroids: rgb, counts, labels, inertia, iterations, converged };
}

function seedFree(
	points: Float64Array,
	weights: Float64Array,
	centroids: Float64Array,
	from: number,
	k: number,
	random: () => number,
	init: 'kmeans++' | 'random'
): void {
	const n = weights.length;
	const nearest = new Float64Array(n).fill(Infinity);
	const odds = new Float64Array(n);
	const note = (j: number) => {
		for (let i = 0; i < n; i++) {
			const dx = points[3 * i] - centroids[3 * j],
				dy = points[3 * i + 1] - centroids[3 * j + 1],
				dz = points[3 * i + 2] - centroids[3 * j + 2];
			nearest[i] = Math.min(nearest[i], dx * dx + dy * dy + dz * dz);
		}
	};
	for (let j = 0; j < from; j++) note(j);
	for (let j = from; j < k; j++) {
		let total = 0;
		for (let i = 0; i < n; i++) {
			// Random init ignores distance but never redraws a colour already taken.
			const far =
				init === 'random' ? (nearest[i] > 0 ? 1 : 0) : nearest[i] === Infinity ? 1 : nearest[i];
			odds[i] = weights[i] * far;
			total += odds[i];
		}
		const pick = total > 0 ? draw(odds, total * random()) : j % Math.max(1, n);
		centroids.set(points.subarray(3 * pick, 3 * pick + 3), 3 * j);
		note(j);
	}
}

function draw(odds: Float64Array, target: number): number {
	let cumulative = 0,
		last = 0;
	for (let i = 0; i < odds.length; i++) {
		if (odds[i] <= 0) continue;
		cumulative += odds[i];
		last = i;
		if (cumulative > target) return i;
	}
	return last;
}
