// K-means starts: which colours the centroids begin on ('random', 'kmeans++') or a random partition.

/**
 * 'random': k distinct colours drawn like raffle tickets, each colour holding as many tickets as it
 * has pixels, without putting a drawn colour back. Returns the chosen indices in draw order.
 */
export function drawRandomColours(weights: Float64Array, k: number, random: () => number): Int32Array {
	const n = weights.length;
	const chosen = new Uint8Array(n);
	const picks = new Int32Array(k);
	let remaining = 0;
	for (let i = 0; i < n; i++) remaining += weights[i];
	for (let c = 0; c < k; c++) {
		const pick = drawWeighted(n, (i) => (chosen[i] ? 0 : weights[i]), remaining, random(), chosen);
		picks[c] = pick;
		chosen[pick] = 1;
		remaining -= weights[pick];
	}
	return picks;
}

/**
 * k-means++ (Arthur and Vassilvitskii, 2007): the first colour drawn by pixel count, each next one
 * with odds proportional to count × squared distance to the nearest centroid so far. A colour
 * already chosen is at distance 0, so it cannot be drawn again while other colours remain.
 */
export function drawKMeansPlusPlus(
	points: Float64Array, weights: Float64Array, k: number, random: () => number
): Int32Array {
	const n = weights.length;
	const chosen = new Uint8Array(n);
	const picks = new Int32Array(k);
	const nearest = new Float64Array(n).fill(Infinity);
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i];
	let pick = drawWeighted(n, (i) => weights[i], total, random(), chosen);
	for (let c = 0; ; c++) {
		picks[c] = pick;
		chosen[pick] = 1;
		if (c === k - 1) break;
		const px = points[3 * pick], py = points[3 * pick + 1], pz = points[3 * pick + 2];
		total = 0;
		for (let i = 0; i < n; i++) {
			const dx = points[3 * i] - px, dy = points[3 * i + 1] - py, dz = points[3 * i + 2] - pz;
			const d = dx * dx + dy * dy + dz * dz;
			if (d < nearest[i]) nearest[i] = d;
			total += weights[i] * nearest[i];
		}
		pick = drawWeighted(n, (i) => (chosen[i] ? 0 : weights[i] * nearest[i]), total, random(), chosen);
	}
	return picks;
}

/**
 * Walks the cumulative weights to where `uniform × total` falls. Rounding can leave the walk short
 * of the end, and a zero total (every remaining colour a copy of a chosen one) has nothing to
 * weigh: both fall back to a colour with weight, or the first one not yet chosen.
 */
function drawWeighted(
	n: number, weightOf: (i: number) => number, total: number, uniform: number, chosen: Uint8Array
): number {
	const target = uniform * total;
	let cumulative = 0;
	let lastWithWeight = -1;
	for (let i = 0; i < n; i++) {
		const w = weightOf(i);
		if (w <= 0) continue;
		cumulative += w;
		lastWithWeight = i;
		if (cumulative > target) return i;
	}
	if (lastWithWeight >= 0) return lastWithWeight;
	const firstFree = chosen.indexOf(0);
	return firstFree >= 0 ? firstFree : 0;
}

/** 'partition': every distinct colour (with all its pixels) goes to a cluster drawn uniformly. */
export function randomPartition(n: number, k: number, random: () => number): Uint16Array {
	const labels = new Uint16Array(n);
	for (let i = 0; i < n; i++) labels[i] = Math.floor(random() * k);
	return labels;
}
