// K-means passes: the hot loops over every point, as plain functions over typed arrays.
// They live outside the class so the optimised loop never meets a property access it has not seen.

/**
 * Bounds are kept a hair loose so rounding can never let a skip keep a label that a full scan
 * would change: a skipped point is one whose nearest centroid is certain.
 */
const SLACK_RELATIVE = 1e-10;
const SLACK_ABSOLUTE = 1e-10;

/** Everything the passes read and write; see LloydState for what each array means. */
export interface Buffers {
	points: Float64Array;
	weights: Float64Array;
	labels: Uint16Array;
	centroids: Float64Array;
	k: number;
	/** Per cluster: half the distance to the nearest other centroid. */
	halfGap: Float64Array;
	sums: Float64Array;
	clusterWeights: Float64Array;
	clusterInertia: Float64Array;
	/** Per cluster: total distance its centroid has moved so far. */
	travel: Float64Array;
	/** Per point: upper bound on the distance to its centroid, minus that centroid's travel. */
	upperBelowTravel: Float64Array;
	/** Per point: lower bound on the distance to any other centroid, plus the running largest move. */
	lowerAboveTravel: Float64Array;
	/**
	 * Per point: the running largest move up to which its label is certain. No centroid gets nearer
	 * to it, or its own farther from it, than the sum of the largest moves since its bounds were
	 * set; so while that sum is under half the gap between its bounds, it need not be looked at.
	 */
	expiry: Float64Array;
}

/** A bound with rounding slack added, so comparisons with it err on the side of looking again. */
function loosened(upper: number): number {
	return upper * (1 + SLACK_RELATIVE) + SLACK_ABSOLUTE;
}

/**
 * Hamerly's assign: a point is rescanned only when its bounds cannot prove its label (most points
 * are not even looked at: their expiry is still ahead); a change of label moves its weight, sums
 * and inertia between clusters. Returns the weight that changed.
 */
export function assignWithBounds(b: Buffers, travelled: number): number {
	const { points, weights, labels, centroids, k, halfGap, sums, clusterWeights, clusterInertia, travel, expiry } = b;
	const upperStored = b.upperBelowTravel;
	const lowerStored = b.lowerAboveTravel;
	let changed = 0;
	for (let i = 0; i < weights.length; i++) {
		if (expiry[i] > travelled) continue;
		const old = labels[i];
		const lower = lowerStored[i] - travelled;
		const bound = lower > halfGap[old] ? lower : halfGap[old];
		let upper = loosened(upperStored[i] + travel[old]);
		if (upper < bound) {
			expiry[i] = travelled + (lower - upper) / 2;
			continue;
		}
		// Tighten the upper bound to the exact distance; often that settles it.
		const x = points[3 * i], y = points[3 * i + 1], z = points[3 * i + 2];
		let dx = x - centroids[3 * old], dy = y - centroids[3 * old + 1], dz = z - centroids[3 * old + 2];
		const ownDistance2 = dx * dx + dy * dy + dz * dz;
		const own = Math.sqrt(ownDistance2);
		upperStored[i] = own - travel[old];
		upper = loosened(own);
		if (upper < bound) {
			expiry[i] = travelled + (lower - upper) / 2;
			continue;
		}
		let best = Infinity, runnerUp = Infinity, label = 0;
		for (let j = 0; j < k; j++) {
			dx = x - centroids[3 * j];
			dy = y - centroids[3 * j + 1];
			dz = z - centroids[3 * j + 2];
			const d = dx * dx + dy * dy + dz * dz;
			if (d < best) {
				runnerUp = best;
				best = d;
				label = j;
			} else if (d < runnerUp) runnerUp = d;
		}
		const nearest = Math.sqrt(best), second = Math.sqrt(runnerUp);
		upperStored[i] = nearest - travel[label];
		lowerStored[i] = second + travelled;
		expiry[i] = travelled + (second - loosened(nearest)) / 2;
		if (label === old) continue;
		const w = weights[i];
		labels[i] = label;
		changed += w;
		sums[3 * old] -= w * x;
		sums[3 * old + 1] -= w * y;
		sums[3 * old + 2] -= w * z;
		sums[3 * label] += w * x;
		sums[3 * label + 1] += w * y;
		sums[3 * label + 2] += w * z;
		clusterWeights[old] -= w;
		clusterWeights[label] += w;
		clusterInertia[old] -= w * ownDistance2;
		clusterInertia[label] += w * best;
	}
	return changed;
}

/** Every point scanned against every centroid, bounds set from scratch. Returns the weight that changed. */
export function assignEveryPoint(b: Buffers, travelled: number): number {
	const { points, weights, labels, centroids, k, travel, expiry } = b;
	const upperStored = b.upperBelowTravel;
	const lowerStored = b.lowerAboveTravel;
	let changed = 0;
	for (let i = 0; i < weights.length; i++) {
		const x = points[3 * i], y = points[3 * i + 1], z = points[3 * i + 2];
		let best = Infinity, runnerUp = Infinity, label = 0;
		for (let j = 0; j < k; j++) {
			const dx = x - centroids[3 * j], dy = y - centroids[3 * j + 1], dz = z - centroids[3 * j + 2];
			const d = dx * dx + dy * dy + dz * dz;
			if (d < best) {
				runnerUp = best;
				best = d;
				label = j;
			} else if (d < runnerUp) runnerUp = d;
		}
		if (label !== labels[i]) changed += weights[i];
		labels[i] = label;
		const nearest = Math.sqrt(best), second = Math.sqrt(runnerUp);
		upperStored[i] = nearest - travel[label];
		lowerStored[i] = second + travelled;
		expiry[i] = travelled + (second - loosened(nearest)) / 2;
	}
	return changed;
}

/** Weighted sums and weights per cluster, from scratch. */
export function recomputeSums(b: Buffers): void {
	const { points, weights, labels, sums, clusterWeights } = b;
	sums.fill(0);
	clusterWeights.fill(0);
	for (let i = 0; i < weights.length; i++) {
		const a = labels[i], w = weights[i];
		sums[3 * a] += w * points[3 * i];
		sums[3 * a + 1] += w * points[3 * i + 1];
		sums[3 * a + 2] += w * points[3 * i + 2];
		clusterWeights[a] += w;
	}
}

/** Exact squared distance of every point to its own centroid; resets the per-cluster inertia from them. */
export function measureOwnDistances(b: Buffers): Float64Array {
	const { points, weights, labels, centroids, clusterInertia } = b;
	const distance2 = new Float64Array(weights.length);
	clusterInertia.fill(0);
	for (let i = 0; i < weights.length; i++) {
		const a = labels[i];
		const dx = points[3 * i] - centroids[3 * a], dy = points[3 * i + 1] - centroids[3 * a + 1];
		const dz = points[3 * i + 2] - centroids[3 * a + 2];
		const d = dx * dx + dy * dy + dz * dz;
		distance2[i] = d;
		clusterInertia[a] += weights[i] * d;
	}
	return distance2;
}
