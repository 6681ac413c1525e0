// K-means starts: which colours the centroids begin on ('random', 'kmeans++') or a random partition.
import { squaredGap } from './kmeans-space';

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
 * Greedy k-means++ (Arthur and Vassilvitskii, 2007; as scikit-learn does it): the first colour drawn
 * by pixel count; for each next centroid, 2 + ⌊ln k⌋ candidates are drawn with odds proportional to
 * count × squared distance to the nearest centroid so far, and the candidate that leaves the
 * smallest total (the potential Σ count × distance²) is kept. A colour already chosen is at
 * distance 0, so it cannot be drawn again while other colours remain.
 */
export function drawKMeansPlusPlus(points: Float64Array, weights: Float64Array, k: number, random: () => number): Int32Array {
	const n = weights.length;
	const trials = 2 + Math.floor(Math.log(k));
	const picks = new Int32Array(k);
	const nearest = new Float64Array(n);
	const trial = new Float64Array(n);
	const best = new Float64Array(n);
	const cumulative = new Float64Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i];
	let pick = drawWeighted(weights, total, random());
	picks[0] = pick;
	for (let i = 0; i < n; i++) nearest[i] = squaredGap(points, i, points, pick);
	for (let c = 1; c < k; c++) {
		let odds = 0;
		for (let i = 0; i < n; i++) cumulative[i] = odds += weights[i] * nearest[i];
		let bestPotential = Infinity;
		for (let t = 0; t < trials; t++) {
			const candidate = odds > 0 ? searchCumulative(cumulative, random() * odds) : firstNotPicked(picks, c, n);
			let candidatePotential = 0;
			for (let i = 0; i < n; i++) {
				const d = squaredGap(points, i, points, candidate);
				trial[i] = d < nearest[i] ? d : nearest[i];
				candidatePotential += weights[i] * trial[i];
			}
			if (candidatePotential < bestPotential) {
				bestPotential = candidatePotential;
				pick = candidate;
				best.set(trial);
			}
			if (odds === 0) break;
		}
		picks[c] = pick;
		nearest.set(best);
	}
	return picks;
}

/** The first entry whose running total passes the target (a weightless entry never does). */
function searchCumulative(cumulative: Float64Array, target: number): number {
	let low = 0, high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle] > target) high = middle;
		else low = middle + 1;
	}
	// Rounding may leave the target at the very end: step back over trailing weightless entries.
	while (low > 0 && !(cumulative[low] > target) && cumulative[low] === cumulative[low - 1]) low--;
	return low;
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
