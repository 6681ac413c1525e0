// Median cut, the reference quantizer: boxes of colours split at the weighted median of their longest side.
import { centroidsToSpace, nearestCentroids, pointsInSpace, type Space } from './kmeans-space';
import type { PixelSet } from './pixels';

export interface MedianCutResult {
	centroids: Float64Array;
	counts: Float64Array;
	labels: Uint16Array;
	inertia: number;
	/** Boxes made (k, or fewer when there are fewer colours). */
	k: number;
}

interface Box {
	members: number[];
	weight: number;
	volume: number;
}

/**
 * Heckbert's median cut as colorthief's MMCQ runs it, without MMCQ's 5-bit histogram: our own short
 * version over the exact distinct colours. The box to split is the heaviest for the first 75% of
 * cuts, then the one with the largest weight × volume, so big, spread-out boxes get the late cuts.
 * Each box's colour is its weighted mean; colours are labelled by their box.
 */
export function medianCut(
	pixels: PixelSet,
	weights: Float64Array,
	k: number,
	space: Space = 'rgb'
): MedianCutResult {
	const { colors } = pixels;
	const members: number[] = [];
	for (let i = 0; i < pixels.size; i++) if (weights[i] > 0) members.push(i);
	const boxes: Box[] = [makeBox(members, colors, weights)];
	const byWeightCuts = Math.floor(0.75 * (k - 1));
	for (let cut = 0; boxes.length < k; cut++) {
		const score = (box: Box) =>
			box.members.length < 2 ? -1 : cut < byWeightCuts ? box.weight : box.weight * box.volume;
		let chosen = 0;
		for (let b = 1; b < boxes.length; b++) if (score(boxes[b]) > score(boxes[chosen])) chosen = b;
		if (score(boxes[chosen]) < 0) break;
		const [low, high] = split(boxes[chosen], colors, weights);
		boxes.splice(chosen, 1, makeBox(low, colors, weights), makeBox(high, colors, weights));
	}
	const count = boxes.length;
	const centroids = new Float64Array(count * 3);
	boxes.forEach((box, b) => {
		for (const i of box.members)
			for (let c = 0; c < 3; c++)
				centroids[3 * b + c] += (weights[i] * colors[3 * i + c]) / box.weight;
	});
	// Colours outside every box (weight 0) join their nearest box colour, like everything else when repainted.
	const labels = new Uint16Array(pixels.size);
	const points = pointsInSpace(pixels, space);
	const distances = nearestCentroids(
		points,
		pixels.size,
		centroidsToSpace(centroids, count, space),
		count,
		labels
	);
	boxes.forEach((box, b) => box.members.forEach((i) => (labels[i] = b)));
	const counts = new Float64Array(count);
	let inertia = 0;
	for (let i = 0; i < pixels.size; i++) {
		counts[labels[i]] += pixels.counts[i];
		inertia += weights[i] * distances[i];
	}
	return { centroids, counts, labels, inertia, k: count };
}

function makeBox(members: number[], colors: Uint8Array, weights: Float64Array): Box {
	const low = [255, 255, 255],
		high = [0, 0, 0];
	let weight = 0;
	for (const i of members) {
		weight += weights[i];
		for (let c = 0; c < 3; c++) {
			low[c] = Math.min(low[c], colors[3 * i + c]);
			high[c] = Math.max(high[c], colors[3 * i + c]);
		}
	}
	const volume = (high[0] - low[0] + 1) * (high[1] - low[1] + 1) * (high[2] - low[2] + 1);
	return { members, weight, volume };
}

/** Sort along the box's longest channel and cut where half the weight lies below (never an empty half). */
function split(box: Box, colors: Uint8Array, weights: Float64Array): [number[], number[]] {
	let channel = 0,
		longest = -1;
	for (let c = 0; c < 3; c++) {
		let low = 255,
			high = 0;
		for (const i of box.members) {
			low = Math.min(low, colors[3 * i + c]);
			high = Math.max(high, colors[3 * i + c]);
		}
		if (high - low > longest) [channel, longest] = [c, high - low];
	}
	const sorted = [...box.members].sort(
		(a, b) => colors[3 * a + channel] - colors[3 * b + channel] || a - b
	);
	let below = 0,
		at = 1;
	for (let m = 0; m < sorted.length - 1; m++) {
		below += weights[sorted[m]];
		at = m + 1;
		if (below >= box.weight / 2) break;
	}
	return [sorted.slice(0, at), sorted.slice(at)];
}
