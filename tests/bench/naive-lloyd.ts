// Naive baseline: plain Lloyd's over every pixel — no distinct colours, no bounds — for the benchmark to beat.
import type { RgbaImage } from '../../src/lib/engine';

export interface NaiveResult { centroids: Float64Array; iterations: number; inertia: number; converged: boolean }

/**
 * The textbook loop the engine must agree with: every opaque pixel against every centroid, each
 * iteration; the same tie rule (lowest index) and the same empty-cluster rule as the engine.
 */
export function naiveLloyd(image: RgbaImage, start: Float64Array, k: number, maxIterations = 300): NaiveResult {
	const { data } = image;
	const n = image.width * image.height;
	const centroids = start.slice();
	const labels = new Int32Array(n).fill(-1);
	const sums = new Float64Array(k * 3);
	const counts = new Float64Array(k);
	let inertia = 0;
	for (let iteration = 1; ; iteration++) {
		let changed = 0;
		inertia = 0;
		for (let p = 0; p < n; p++) {
			if (data[4 * p + 3] < 128) continue;
			const r = data[4 * p], g = data[4 * p + 1], b = data[4 * p + 2];
			let best = Infinity, label = 0;
			for (let j = 0; j < k; j++) {
				const dr = r - centroids[3 * j], dg = g - centroids[3 * j + 1], db = b - centroids[3 * j + 2];
				const d = dr * dr + dg * dg + db * db;
				if (d < best) {
					best = d;
					label = j;
				}
			}
			if (label !== labels[p]) changed++;
			labels[p] = label;
			inertia += best;
		}
		if (changed === 0) return { centroids, iterations: iteration, inertia, converged: true };
		sums.fill(0);
		counts.fill(0);
		for (let p = 0; p < n; p++) {
			const label = labels[p];
			if (label < 0) continue;
			sums[3 * label] += data[4 * p];
			sums[3 * label + 1] += data[4 * p + 1];
			sums[3 * label + 2] += data[4 * p + 2];
			counts[label]++;
		}
		const empty: number[] = [];
		for (let j = 0; j < k; j++) {
			if (counts[j] === 0) empty.push(j);
			else for (let c = 0; c < 3; c++) centroids[3 * j + c] = sums[3 * j + c] / counts[j];
		}
		if (empty.length > 0) reseed(image, labels, centroids, empty);
		inertia = ownInertia(image, labels, centroids);
		if (iteration >= maxIterations) return { centroids, iterations: iteration, inertia, converged: false };
	}
}

function ownInertia(image: RgbaImage, labels: Int32Array, centroids: Float64Array): number {
	let total = 0;
	for (let p = 0; p < labels.length; p++) {
		const j = labels[p];
		if (j < 0) continue;
		const dr = image.data[4 * p] - centroids[3 * j], dg = image.data[4 * p + 1] - centroids[3 * j + 1], db = image.data[4 * p + 2] - centroids[3 * j + 2];
		total += dr * dr + dg * dg + db * db;
	}
	return total;
}

/** An empty cluster jumps to the pixel farthest from its own centroid, never to a colour already taken. */
function reseed(image: RgbaImage, labels: Int32Array, centroids: Float64Array, empty: number[]): void {
	const { data } = image;
	const taken: number[] = [];
	for (const j of empty) {
		let farthest = -1, farthestDistance = -1;
		for (let p = 0; p < labels.length; p++) {
			const own = labels[p];
			if (own < 0) continue;
			const dr = data[4 * p] - centroids[3 * own], dg = data[4 * p + 1] - centroids[3 * own + 1], db = data[4 * p + 2] - centroids[3 * own + 2];
			const d = dr * dr + dg * dg + db * db;
			const key = (data[4 * p] << 16) | (data[4 * p + 1] << 8) | data[4 * p + 2];
			if (d > farthestDistance && !taken.includes(key)) [farthest, farthestDistance] = [p, d];
		}
		taken.push((data[4 * farthest] << 16) | (data[4 * farthest + 1] << 8) | data[4 * farthest + 2]);
		centroids.set([data[4 * farthest], data[4 * farthest + 1], data[4 * farthest + 2]], 3 * j);
	}
}
