// K-means starts: which colours the centroids begin on ('random', 'kmeans++') or a random partition.

/**
 * 'random': k distinct colours drawn like raffle tickets, each colour holding as many tickets as it
 * has pixels, without putting a drawn colour back. Returns the chosen indices in draw order.
 */
export function drawRandomColours(
	weights: Float64Array,
	k: number,
	random: () => number
): Int32Array {
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
export function drawKMeansPlusPlus(
	points: Float64Array,
	weights: Float64Array,
	k: number,
	random: () => number
): Int32Array {
	const n = weights.length;
	const trials = 2 + Math.floor(Math.log(k));
	const picks = new Int32Array(k);
	const nearest = new Float64Array(n);
	const cumulative = new Float64Array(n);
	const candidates = new Int32Array(trials);
	const potentials = new Float64Array(trials);
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i];
	let pick = drawWeighted(weights, total, random());
	picks[0] = pick;
	let odds = closerTo(points, weights, pick, nearest, cumulative, true);
	for (let c = 1; c < k; c++) {
		// The draws depend only on the odds, not on the potentials: draw all candidates, then weigh them in one pass.
		let count = 1;
		if (odds > 0) {
			count = trials;
			for (let t = 0; t < trials; t++)
				candidates[t] = searchCumulative(cumulative, random() * odds);
		} else {
			candidates[0] = firstNotPicked(picks, c, n);
		}
		potentialsWith(points, weights, nearest, candidates, count, potentials);
		let bestPotential = Infinity;
		for (let t = 0; t < count; t++) {
			if (potentials[t] < bestPotential) {
				bestPotential = potentials[t];
				pick = candidates[t];
			}
		}
		picks[c] = pick;
		// The distances to the pick are measured again rather than kept per candidate: one pass, no copies.
		if (c < k - 1) odds = closerTo(points, weights, pick, nearest, cumulative, false);
	}
	return picks;
}

/**
 * Lowers each colour's squared distance to its nearest centroid so far to the one to centroid
 * `pick` when that is nearer (or sets it, on the first pick), writes the running totals of
 * weight × distance that the next draws search, and returns the grand total.
 */
function closerTo(
	points: Float64Array,
	weights: Float64Array,
	pick: number,
	nearest: Float64Array,
	cumulative: Float64Array,
	first: boolean
): number {
	const px = points[3 * pick],
		py = points[3 * pick + 1],
		pz = points[3 * pick + 2];
	let odds = 0;
	for (let i = 0; i < nearest.length; i++) {
		const dx = points[3 * i] - px,
			dy = points[3 * i + 1] - py,
			dz = points[3 * i + 2] - pz;
		const d = dx * dx + dy * dy + dz * dz;
		if (first || d < nearest[i]) nearest[i] = d;
		cumulative[i] = odds += weights[i] * nearest[i];
	}
	return odds;
}

/**
 * Per candidate, the potential Σ weight × min(distance², distance² to the candidate), each summed
 * in colour order as a pass of its own would. One walk over the colours serves four candidates,
 * their sums kept in locals (a short last group repeats its first candidate and drops the copies).
 */
function potentialsWith(
	points: Float64Array,
	weights: Float64Array,
	nearest: Float64Array,
	candidates: Int32Array,
	count: number,
	potentials: Float64Array
): void {
	for (let g = 0; g < count; g += 4) {
		const c0 = candidates[g],
			c1 = candidates[Math.min(g + 1, count - 1)];
		const c2 = candidates[Math.min(g + 2, count - 1)],
			c3 = candidates[Math.min(g + 3, count - 1)];
		const ax = points[3 * c0],
			ay = points[3 * c0 + 1],
			az = points[3 * c0 + 2];
		const bx = points[3 * c1],
			by = points[3 * c1 + 1],
			bz = points[3 * c1 + 2];
		const cx = points[3 * c2],
			cy = points[3 * c2 + 1],
			cz = points[3 * c2 + 2];
		const ex = points[3 * c3],
			ey = points[3 * c3 + 1],
			ez = points[3 * c3 + 2];
		let p0 = 0,
			p1 = 0,
			p2 = 0,
			p3 = 0;
		for (let i = 0; i < nearest.length; i++) {
			const x = points[3 * i],
				y = points[3 * i + 1],
				z = points[3 * i + 2],
				w = weights[i],
				near = nearest[i];
			let dx = x - ax,
				dy = y - ay,
				dz = z - az,
				d = dx * dx + dy * dy + dz * dz;
			p0 += w * (d < near ? d : near);
			dx = x - bx;
			dy = y - by;
			dz = z - bz;
			d = dx * dx + dy * dy + dz * dz;
			p1 += w * (d < near ? d : near);
			dx = x - cx;
			dy = y - cy;
			dz = z - cz;
			d = dx * dx + dy * dy + dz * dz;
			p2 += w * (d < near ? d : near);
			dx = x - ex;
			dy = y - ey;
			dz = z - ez;
			d = dx * dx + dy * dy + dz * dz;
			p3 += w * (d < near ? d : near);
		}
		potentials[g] = p0;
		if (g + 1 < count) potentials[g + 1] = p1;
		if (g + 2 < count) potentials[g + 2] = p2;
		if (g + 3 < count) potentials[g + 3] = p3;
	}
}

/** The first entry whose running total passes the target (a weightless entry never does). */
function searchCumulative(cumulative: Float64Array, target: number): number {
	let low = 0,
		high = cumulative.length - 1;
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
