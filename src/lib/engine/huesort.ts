// Hue sort: the shortcut method — line pixels up by hue, cut the line into k equal runs, average each run.
import { hueOf } from './colour';
import { EngineError } from './errors';
import type { PixelSet } from './pixels';

export interface HueSortResult {
	/** k*3 RGB 0..255 floats: the mean colour of each run. */
	centroids: Float64Array;
	/** Pixels per run (total / k each; fractional when k does not divide the total). */
	counts: Float64Array;
	/** Distinct colour indices sorted by hue (ties by index). */
	order: Uint32Array;
	/** k+1 pixel positions of the run boundaries along the sorted line. */
	cuts: Float64Array;
	/** Per distinct colour: its run (a colour straddling a cut goes to the run holding most of its pixels). */
	labels: Uint16Array;
}

/**
 * Always exactly k colours. A colour whose pixels straddle a cut is shared between the runs by
 * exact fractions, so the runs have equal pixel counts and, weighted by them, the k colours
 * average to the image's mean colour. Greys have hue 0 and so start the line.
 */
export function hueSort(pixels: PixelSet, k: number): HueSortResult {
	if (!Number.isInteger(k) || k < 1 || k > 65535)
		throw new EngineError(`k must be a whole number from 1 to 65535 (got ${k})`);
	const { colors, counts, size, total } = pixels;
	const hues = new Float64Array(size);
	for (let i = 0; i < size; i++)
		hues[i] = hueOf(colors[3 * i], colors[3 * i + 1], colors[3 * i + 2]);
	const order = sortByHue(hues);
	const cuts = new Float64Array(k + 1);
	for (let j = 0; j <= k; j++) cuts[j] = (total * j) / k;
	const sums = new Float64Array(k * 3);
	const runCounts = new Float64Array(k);
	const labels = new Uint16Array(size);
	let run = 0;
	let position = 0;
	for (let s = 0; s < size; s++) {
		const i = order[s];
		const end = position + counts[i];
		let largestShare = -1;
		// Walk the runs this colour's pixels overlap, giving each its exact share.
		for (;;) {
			const share = Math.min(end, cuts[run + 1]) - Math.max(position, cuts[run]);
			if (share > 0) {
				sums[3 * run] += share * colors[3 * i];
				sums[3 * run + 1] += share * colors[3 * i + 1];
				sums[3 * run + 2] += share * colors[3 * i + 2];
				runCounts[run] += share;
				if (share > largestShare) {
					largestShare = share;
					labels[i] = run;
				}
			}
			if (run === k - 1 || cuts[run + 1] >= end) break;
			run++;
		}
		position = end;
	}
	const centroids = new Float64Array(k * 3);
	for (let j = 0; j < k; j++) {
		for (let c = 0; c < 3; c++)
			centroids[3 * j + c] = runCounts[j] > 0 ? sums[3 * j + c] / runCounts[j] : 0;
	}
	return { centroids, counts: runCounts, order, cuts, labels };
}

/** Hue buckets for the counting sort: fine enough that a bucket holds a few colours. */
const BUCKETS = 1 << 14;

/**
 * Colour indices by hue, ties by index: a counting sort into hue buckets (stable, so index order
 * holds within a bucket), then an insertion sort inside each bucket by the exact hue. The same
 * order a comparison sort gives, in linear time for the usual spread of hues.
 */
function sortByHue(hues: Float64Array): Uint32Array {
	const size = hues.length;
	const bucketOf = new Uint32Array(size);
	const starts = new Uint32Array(BUCKETS + 1);
	for (let i = 0; i < size; i++) {
		const bucket = Math.min(BUCKETS - 1, Math.floor((hues[i] * BUCKETS) / 360));
		bucketOf[i] = bucket;
		starts[bucket + 1]++;
	}
	for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
	const order = new Uint32Array(size);
	// Each hue travels with its index, so the insertion sort compares neighbours in memory.
	const sorted = new Float64Array(size);
	const next = starts.slice(0, BUCKETS);
	for (let i = 0; i < size; i++) {
		const slot = next[bucketOf[i]]++;
		order[slot] = i;
		sorted[slot] = hues[i];
	}
	for (let b = 0; b < BUCKETS; b++) {
		for (let s = starts[b] + 1; s < starts[b + 1]; s++) {
			const i = order[s],
				hue = sorted[s];
			let t = s;
			// Strictly greater only: equal hues keep their index order.
			while (t > starts[b] && sorted[t - 1] > hue) {
				order[t] = order[t - 1];
				sorted[t] = sorted[t - 1];
				t--;
			}
			order[t] = i;
			sorted[t] = hue;
		}
	}
	return order;
}
