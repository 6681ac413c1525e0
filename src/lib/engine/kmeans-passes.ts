// K-means passes: the loops over every colour, as plain functions over typed arrays.
// They live outside any class so the optimised loops never meet a property access they have not seen.
import type { ClusterInertia } from './kmeans-inertia';
import type { ColourTree } from './kmeans-tree';

/**
 * A centroid is ruled out for a box only when it is farther from every point of the box by more
 * than rounding could explain, so a box is never given a label a point-by-point scan would not.
 */
const SLACK_RELATIVE = 1e-9;
const SLACK_ABSOLUTE = 1e-9;
/** The octree is at most 9 levels deep; candidates are kept per level. */
const MAX_DEPTH = 10;

/** Everything the passes read and write, points in tree order. */
export interface Buffers {
	points: Float64Array;
	weights: Float64Array;
	labels: Uint16Array;
	centroids: Float64Array;
	k: number;
	sums: Float64Array;
	clusterWeights: Float64Array;
	inertia: ClusterInertia;
	tree: ColourTree;
	/** Per node: the label all its points have, or -1 when they differ (or are not known to agree). */
	uniform: Int32Array;
	/** Per depth: the centroids still in the running for the box being visited. */
	candidates: Int32Array;
	/** Boxes still to visit (node, depth, candidate count). */
	stack: Int32Array;
	/** Sums and inertia will be recounted after this assign: only labels need setting. */
	rebuild: boolean;
}

export function createCandidates(k: number): Int32Array {
	return new Int32Array(MAX_DEPTH * k);
}

/** Room for the boxes waiting at every level: at most eight children each. */
export function createStack(): Int32Array {
	return new Int32Array(3 * 8 * MAX_DEPTH);
}

/**
 * The assign step as the filtering algorithm (Kanungo et al., 2002): walk the octree keeping, for
 * each box, only the centroids that could be nearest to some point in it. A box left with one
 * centroid is assigned whole; a leaf with several is scanned point by point among them, lowest
 * index winning ties. A point that changes cluster moves its weight, sums and inertia with it.
 * One flat loop over an explicit stack, so the optimiser keeps everything in registers.
 * Returns the weight (pixels) that changed cluster.
 */
export function assignByTree(b: Buffers): number {
	const { points, labels, centroids, k, tree, uniform, candidates, stack } = b;
	const { start, end, firstChild, childCount, children, box } = tree;
	let changed = 0;
	for (let j = 0; j < k; j++) candidates[j] = j;
	// The stack holds node, depth and candidate count for each box still to visit.
	let top = 0;
	stack[top++] = 0;
	stack[top++] = 0;
	stack[top++] = k;
	while (top > 0) {
		const count = stack[--top],
			depth = stack[--top],
			node = stack[--top];
		const base = depth * k,
			next = base + k,
			o = 6 * node;
		const minX = box[o],
			minY = box[o + 1],
			minZ = box[o + 2],
			maxX = box[o + 3],
			maxY = box[o + 4],
			maxZ = box[o + 5];
		const midX = (minX + maxX) / 2,
			midY = (minY + maxY) / 2,
			midZ = (minZ + maxZ) / 2;
		let nearest = candidates[base],
			nearestDistance = Infinity;
		for (let t = base; t < base + count; t++) {
			const j = candidates[t];
			const dx = midX - centroids[3 * j],
				dy = midY - centroids[3 * j + 1],
				dz = midZ - centroids[3 * j + 2];
			const d = dx * dx + dy * dy + dz * dz;
			if (d < nearestDistance) {
				nearestDistance = d;
				nearest = j;
			}
		}
		const nx = centroids[3 * nearest],
			ny = centroids[3 * nearest + 1],
			nz = centroids[3 * nearest + 2];
		let kept = 0;
		for (let t = base; t < base + count; t++) {
			const j = candidates[t];
			const cx = centroids[3 * j],
				cy = centroids[3 * j + 1],
				cz = centroids[3 * j + 2];
			// The corner of the box furthest toward j is where j has its best chance against the nearest.
			const vx = cx > nx ? maxX : minX,
				vy = cy > ny ? maxY : minY,
				vz = cz > nz ? maxZ : minZ;
			const ax = vx - cx,
				ay = vy - cy,
				az = vz - cz,
				bx = vx - nx,
				by = vy - ny,
				bz = vz - nz;
			const toJ = ax * ax + ay * ay + az * az,
				toNearest = bx * bx + by * by + bz * bz;
			if (j === nearest || !(toJ - toNearest > SLACK_RELATIVE * (toJ + toNearest) + SLACK_ABSOLUTE))
				candidates[next + kept++] = j;
		}
		if (kept === 1) {
			// Every point in the box goes to `nearest`; unless they all did already, move those that did not.
			if (uniform[node] === nearest) continue;
			for (let i = start[node]; i < end[node]; i++)
				if (labels[i] !== nearest) changed += moveTo(b, i, nearest);
			markSubtree(tree, uniform, node, nearest);
		} else if (childCount[node] === 0) {
			let shared = -2;
			for (let i = start[node]; i < end[node]; i++) {
				const x = points[3 * i],
					y = points[3 * i + 1],
					z = points[3 * i + 2];
				let best = Infinity,
					label = 0;
				for (let t = next; t < next + kept; t++) {
					const j = candidates[t];
					const dx = x - centroids[3 * j],
						dy = y - centroids[3 * j + 1],
						dz = z - centroids[3 * j + 2];
					const d = dx * dx + dy * dy + dz * dz;
					if (d < best) {
						best = d;
						label = j;
					}
				}
				if (label !== labels[i]) changed += moveTo(b, i, label);
				shared = shared === -2 || shared === label ? label : -1;
			}
			uniform[node] = shared;
		} else {
			uniform[node] = -1;
			for (let c = firstChild[node] + childCount[node] - 1; c >= firstChild[node]; c--) {
				stack[top++] = children[c];
				stack[top++] = depth + 1;
				stack[top++] = kept;
			}
		}
	}
	return changed;
}

/** Moves point i to cluster `label`, carrying its weight, sums and inertia; returns its weight. */
function moveTo(b: Buffers, i: number, label: number): number {
	const { points, weights, labels, centroids, sums, clusterWeights, inertia } = b;
	const old = labels[i],
		w = weights[i];
	labels[i] = label;
	// Before a rebuild the sums are recounted anyway.
	if (b.rebuild) return w;
	const x = points[3 * i],
		y = points[3 * i + 1],
		z = points[3 * i + 2];
	const ox = x - centroids[3 * old],
		oy = y - centroids[3 * old + 1],
		oz = z - centroids[3 * old + 2];
	const nx = x - centroids[3 * label],
		ny = y - centroids[3 * label + 1],
		nz = z - centroids[3 * label + 2];
	sums[3 * old] -= w * x;
	sums[3 * old + 1] -= w * y;
	sums[3 * old + 2] -= w * z;
	sums[3 * label] += w * x;
	sums[3 * label + 1] += w * y;
	sums[3 * label + 2] += w * z;
	clusterWeights[old] -= w;
	clusterWeights[label] += w;
	inertia.add(old, -w * (ox * ox + oy * oy + oz * oz));
	inertia.add(label, w * (nx * nx + ny * ny + nz * nz));
	return w;
}

/** Marks a box and everything inside it as all belonging to one cluster. */
function markSubtree(tree: ColourTree, uniform: Int32Array, node: number, label: number): void {
	uniform[node] = label;
	for (let c = tree.firstChild[node], last = c + tree.childCount[node]; c < last; c++)
		markSubtree(tree, uniform, tree.children[c], label);
}

/** Weighted sums and weights per cluster, from scratch. */
export function recomputeSums(b: Buffers): void {
	const { points, weights, labels, sums, clusterWeights } = b;
	sums.fill(0);
	clusterWeights.fill(0);
	for (let i = 0; i < weights.length; i++) {
		const a = labels[i],
			w = weights[i];
		sums[3 * a] += w * points[3 * i];
		sums[3 * a + 1] += w * points[3 * i + 1];
		sums[3 * a + 2] += w * points[3 * i + 2];
		clusterWeights[a] += w;
	}
}

/** Recounts the per-cluster inertia from each point's exact squared distance to its own centroid, kept in `distance2` if given. */
export function measureOwnDistances(b: Buffers, distance2: Float64Array | null = null): void {
	const { points, weights, labels, centroids, k } = b;
	const clusterInertia = new Float64Array(k);
	for (let i = 0; i < weights.length; i++) {
		const a = labels[i];
		const dx = points[3 * i] - centroids[3 * a],
			dy = points[3 * i + 1] - centroids[3 * a + 1];
		const dz = points[3 * i + 2] - centroids[3 * a + 2];
		const d = dx * dx + dy * dy + dz * dz;
		if (distance2) distance2[i] = d;
		clusterInertia[a] += weights[i] * d;
	}
	b.inertia.reset(clusterInertia);
}
