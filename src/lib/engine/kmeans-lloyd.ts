// Lloyd's half-steps over weighted colours, assigning whole boxes of colours at once through an octree.
import { ClusterInertia } from './kmeans-inertia';
import {
	assignByTree,
	createCandidates,
	createStack,
	measureOwnDistances,
	recomputeSums,
	type Buffers
} from './kmeans-passes';
import { nearestCentroids, reseedFarthest, squaredGap } from './kmeans-space';
import { buildColourTree } from './kmeans-tree';

export interface AssignResult {
	changed: number;
	inertia: number;
}
export interface UpdateResult {
	moved: Float64Array;
	reseeded: number[];
	inertia: number;
	maxMove: number;
}

/**
 * The live state of one run over n distinct colours: their points in the run's space and their
 * weights (pixel counts), held in octree order; labels go in and out in the pixel set's order.
 *
 * Per cluster it keeps the weighted sums, weight and inertia of its points, adjusted only for
 * points that change cluster; an update moves the inertia by the parallel-axis rule
 * (Σw‖x−c‖² = Σw‖x−mean‖² + n‖mean−c‖²), so no half-step has to revisit every point. With
 * integer points (RGB) the sums are exact, so centroids match a direct computation bit for bit.
 */
export class LloydState {
	readonly clusterWeights: Float64Array;
	private readonly buffers: Buffers;
	private readonly order: Uint32Array;
	/** Labels are not yet the nearest centroids (fresh start, or a random partition). */
	private needsFullScan = true;

	constructor(
		colors: Uint8Array,
		points: Float64Array,
		weights: Float64Array,
		readonly k: number,
		readonly centroids: Float64Array,
		private readonly exactSums: boolean
	) {
		const n = weights.length;
		const {
			tree,
			points: sorted,
			weights: sortedWeights
		} = buildColourTree(colors, points, weights);
		this.order = tree.order;
		this.clusterWeights = new Float64Array(k);
		this.buffers = {
			points: sorted,
			centroids,
			k,
			tree,
			weights: sortedWeights,
			labels: new Uint16Array(n),
			clusterWeights: this.clusterWeights,
			sums: new Float64Array(k * 3),
			inertia: new ClusterInertia(k),
			uniform: new Int32Array(tree.nodeCount).fill(-1),
			candidates: createCandidates(k),
			stack: createStack(),
			rebuild: true
		};
	}

	/** Current labels, per colour in the pixel set's order. */
	labels(): Uint16Array {
		return this.unsorted(this.buffers.labels);
	}

	/** Each colour's nearest of the given centroids (in the run's space), in the pixel set's order. */
	nearestLabels(centroids: Float64Array): Uint16Array {
		const sortedLabels = new Uint16Array(this.order.length);
		nearestCentroids(this.buffers.points, this.order.length, centroids, this.k, sortedLabels);
		return this.unsorted(sortedLabels);
	}

	/** Adopts labels given in the pixel set's order (a random partition); the next assign rebuilds everything. */
	setLabels(labels: Uint16Array): void {
		const { order } = this;
		for (let i = 0; i < order.length; i++) this.buffers.labels[i] = labels[order[i]];
		this.buffers.uniform.fill(-1);
		this.needsFullScan = true;
		recomputeSums(this.buffers);
	}

	/** The assign half-step: every colour to its nearest centroid, lowest index on equal distance. */
	assign(): AssignResult {
		this.buffers.rebuild = this.needsFullScan;
		const changed = assignByTree(this.buffers);
		if (this.needsFullScan) {
			// Sums and inertia were kept for labels that were not an assignment: count them afresh.
			recomputeSums(this.buffers);
			measureOwnDistances(this.buffers);
			this.needsFullScan = false;
		} else if (this.buffers.inertia.needsRecount()) {
			measureOwnDistances(this.buffers);
		}
		return { changed, inertia: this.buffers.inertia.total() };
	}

	/**
	 * The update half-step: each centroid to the weighted mean of its points. An empty cluster moves
	 * onto the point farthest from its own centroid (a different colour for each empty cluster).
	 */
	update(): UpdateResult {
		const b = this.buffers;
		const { k, centroids, sums, clusterWeights, inertia } = b;
		if (!this.exactSums) recomputeSums(b);
		const previous = centroids.slice();
		const reseeded: number[] = [];
		for (let j = 0; j < k; j++) {
			const w = clusterWeights[j];
			if (w === 0) {
				reseeded.push(j);
				continue;
			}
			for (let c = 0; c < 3; c++) centroids[3 * j + c] = sums[3 * j + c] / w;
			inertia.add(j, -w * squaredGap(previous, j, centroids, j));
		}
		// After a random partition the inertia was never counted; an empty cluster needs the farthest point; a
		// cluster that shrank onto (nearly) one colour has a running total that may be all rounding.
		if (this.needsFullScan || reseeded.length > 0 || inertia.needsRecount()) {
			const distance2 = reseeded.length > 0 ? new Float64Array(b.weights.length) : null;
			measureOwnDistances(b, distance2);
			if (distance2) reseedFarthest(b.points, distance2, reseeded, centroids, this.order);
		}
		const moved = new Float64Array(k);
		let maxMove = 0;
		for (let j = 0; j < k; j++) {
			moved[j] = Math.sqrt(squaredGap(previous, j, centroids, j));
			if (moved[j] > maxMove) maxMove = moved[j];
		}
		return { moved, reseeded, inertia: inertia.total(), maxMove };
	}

	private unsorted(sortedLabels: Uint16Array): Uint16Array {
		const out = new Uint16Array(sortedLabels.length);
		for (let i = 0; i < this.order.length; i++) out[this.order[i]] = sortedLabels[i];
		return out;
	}
}
