// K-means starts: which colours the centroids begin on ('random', 'kmeans++') or a random partition.

/**
 * 'random': k distinct colours drawn like raffle tickets, each colour holding as many tickets as it
 * has pixels, without putting a drawn colour back. Returns the chosen indices in draw order.
 */
export function drawRandomColours(weights: Float64Array, k: number, random: () => number): Int32Array {
	const n = weights.length;
	const tickets = weights.slice();
	const picks = new Int32Array(k);
	let remaining = 0;
	for (let i = 0; i < n; i++) remaining += tickets[i];
	for (let c = 0; c < k; c++) {
		const pick = drawWeighted(tickets, remaining, random());
		picks[c] = pick;
		remaining -= tickets[pick];
		tickets[pick] = 0;
	}
	return picks;
}

/**
 * k-means++ (Arthur and Vassilvitskii, 2007): the first colour drawn by pixel count, each next one
 * with odds proportional to count × squared distance to the nearest centroid so far. A colour
 * already chosen is at distance 0, so it cannot be drawn again while other colours remain.
 */
export function drawKMeansPlusPlus(points: Float64Array, weights: Float64Array, k: number, random: () => number): Int32Array {
	const n = weights.length;
	const picks = new Int32Array(k);
	const nearest = new Float64Array(n).fill(Infinity);
	const odds = new Float64Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i];
	let pick = drawWeighted(weights, total, random());
	for (let c = 0; ; c++) {
		picks[c] = pick;
		if (c === k - 1) break;
		const px = points[3 * pick], py = points[3 * pick + 1], pz = points[3 * pick + 2];
		total = 0;
		for (let i = 0; i < n; i++) {
			const dx = points[3 * i] - px, dy = points[3 * i + 1] - py, dz = points[3 * i + 2] - pz;
			const d = dx * dx + dy * dy + dz * dz;
			if (d < nearest[i]) nearest[i] = d;
			odds[i] = weights[i] * nearest[i];
			total += odds[i];
		}
		for (let p = 0; p <= c; p++) odds[picks[p]] = 0;
		pick = total > 0 ? drawWeighted(odds, total, random()) : firstNotPicked(picks, c + 1, n);
	}
	return picks;
}

/**
 * Walks the cumulative weights to where `uniform × total` falls, skipping weightless entries.
 * Rounding can leave the walk short of the end: then the last entry with weight is taken.
 */
function drawWeighted(weights: Float64Array, total: number, uniform: number): number {
	const target = uniform * total;
	let cumulative = 0;
	let lastWithWeight = 0;
	for (let i = 0; i < weights.length; i++) {
		const w = weights[i];
		if (w <= 0) continue;
		cumulative += w;
		lastWithWeight = i;
		if (cumulative > target) return i;
	}
	return lastWithWeight;
}

/** Every remaining colour is a copy of a chosen one (only in sets with repeated colours): take the first not chosen. */
function firstNotPicked(picks: Int32Array, count: number, n: number): number {
	const chosen = new Set(picks.subarray(0, count));
	for (let i = 0; i < n; i++) if (!chosen.has(i)) return i;
	return 0;
}

/** 'partition': every distinct colour (with all its pixels) goes to a cluster drawn uniformly. */
export function randomPartition(n: number, k: number, random: () => number): Uint16Array {
	const labels = new Uint16Array(n);
	for (let i = 0; i < n; i++) labels[i] = Math.floor(random() * k);
	return labels;
}
