// Lloyd's half-steps over weighted points, with Hamerly's bounds to skip distances that cannot matter.
import { assignEveryPoint, assignWithBounds, measureOwnDistances, recomputeSums, type Buffers } from './kmeans-passes';
import { measureHalfGaps, reseedFarthest, squaredGap } from './kmeans-space';

export interface AssignResult { changed: number; inertia: number }
export interface UpdateResult { moved: Float64Array; reseeded: number[]; inertia: number; maxMove: number }

/**
 * The live state of one run over n points (x,y,z each) with weights (pixel counts).
 *
 * Per point it keeps its label, an upper bound on the distance to its centroid and a lower bound
 * on the distance to any other. Bounds are stored relative to running totals of how far centroids
 * have moved, so a point whose bounds still settle its label costs a few reads and no write.
 *
 * Per cluster it keeps the weighted sums, weight and inertia of its points, adjusted only for
 * points that change cluster; an update moves the inertia by the parallel-axis rule
 * (Σw‖x−c‖² = Σw‖x−mean‖² + n‖mean−c‖²), so no half-step has to revisit every point. With
 * integer points (RGB) the sums are exact, so centroids match a direct computation bit for bit.
 */
export class LloydState {
	readonly labels: Uint16Array;
	readonly clusterWeights: Float64Array;
	private readonly buffers: Buffers;
	/** Sum over updates of the largest centroid move: how far any lower bound may have shrunk. */
	private largestTravel = 0;
	/** Labels are not yet the nearest centroids (fresh start, or a random partition). */
	private needsFullScan = true;

	constructor(
		readonly points: Float64Array,
		readonly weights: Float64Array,
		readonly k: number,
		readonly centroids: Float64Array,
		private readonly exactSums: boolean
	) {
		const n = weights.length;
		this.labels = new Uint16Array(n);
		this.clusterWeights = new Float64Array(k);
		this.buffers = {
			points, weights, centroids, k,
			labels: this.labels,
			clusterWeights: this.clusterWeights,
			halfGap: new Float64Array(k),
			sums: new Float64Array(k * 3),
			clusterInertia: new Float64Array(k),
			travel: new Float64Array(k),
			upperBelowTravel: new Float64Array(n),
			lowerAboveTravel: new Float64Array(n),
			expiry: new Float64Array(n)
		};
	}

	/** Adopts given labels (a random partition); the next assign then scans every point. */
	setLabels(labels: Uint16Array): void {
		this.labels.set(labels);
		this.needsFullScan = true;
		recomputeSums(this.buffers);
	}

	/** The assign half-step: every point to its nearest centroid, lowest index on equal distance. */
	assign(): AssignResult {
		const b = this.buffers;
		let changed: number;
		if (this.needsFullScan) {
			changed = assignEveryPoint(b, this.largestTravel);
			recomputeSums(b);
			measureOwnDistances(b);
			this.needsFullScan = false;
		} else {
			measureHalfGaps(this.centroids, this.k, b.halfGap);
			changed = assignWithBounds(b, this.largestTravel);
		}
		return { changed, inertia: this.inertia() };
	}

	/**
	 * The update half-step: each centroid to the weighted mean of its points. An empty cluster moves
	 * onto the point farthest from its own centroid (a different colour for each empty cluster).
	 */
	update(): UpdateResult {
		const b = this.buffers;
		const { k, centroids, sums, clusterWeights, clusterInertia, travel } = b;
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
			clusterInertia[j] = Math.max(0, clusterInertia[j] - w * squaredGap(previous, j, centroids, j));
		}
		// After a random partition the per-cluster inertia was never measured; an empty cluster needs the farthest point.
		if (this.needsFullScan || reseeded.length > 0) {
			const distance2 = measureOwnDistances(b);
			if (reseeded.length > 0) reseedFarthest(this.points, distance2, reseeded, centroids);
		}
		const moved = new Float64Array(k);
		let maxMove = 0;
		for (let j = 0; j < k; j++) {
			moved[j] = Math.sqrt(squaredGap(previous, j, centroids, j));
			travel[j] += moved[j];
			if (moved[j] > maxMove) maxMove = moved[j];
		}
		this.largestTravel += maxMove;
		return { moved, reseeded, inertia: this.inertia(), maxMove };
	}

	private inertia(): number {
		let total = 0;
		for (let j = 0; j < this.k; j++) total += this.buffers.clusterInertia[j];
		return total;
	}
}
