// The 2-D toy's k-means maths: points on a 0..100 plane, the same two steps the engine runs on colours.

export interface Point {
	x: number;
	y: number;
}

export function squaredDistance(a: Point, b: Point): number {
	const dx = a.x - b.x;
	const dy = a.y - b.y;
	return dx * dx + dy * dy;
}

/** The assignment step: each point's label is the index of its nearest centroid (ties go to the lower index). */
export function assign(points: readonly Point[], centroids: readonly Point[]): number[] {
	return points.map((point) => {
		let best = 0;
		let bestDistance = Infinity;
		centroids.forEach((centroid, c) => {
			const distance = squaredDistance(point, centroid);
			if (distance < bestDistance) {
				bestDistance = distance;
				best = c;
			}
		});
		return best;
	});
}

/**
 * The update step: each centroid moves to the mean of its points. As in the engine, a centroid with no
 * points has no mean, so it moves onto the point farthest from its own cluster's new mean (a different
 * point for each empty cluster; ties go to the lower index).
 */
export function update(
	points: readonly Point[],
	labels: readonly number[],
	centroids: readonly Point[]
): Point[] {
	const sums = centroids.map(() => ({ x: 0, y: 0, n: 0 }));
	points.forEach((point, i) => {
		const sum = sums[labels[i]];
		sum.x += point.x;
		sum.y += point.y;
		sum.n += 1;
	});
	const means = sums.map((sum) => ({
		x: sum.n === 0 ? NaN : sum.x / sum.n,
		y: sum.n === 0 ? NaN : sum.y / sum.n
	}));
	const taken = new Set<number>();
	return means.map((mean, c) =>
		sums[c].n === 0 ? { ...farthestPoint(points, labels, means, taken) } : mean
	);
}

/** Which clusters had no points under these labels (they are the ones update() moves to a far point). */
export function emptyClusters(labels: readonly number[], k: number): number[] {
	return Array.from({ length: k }, (_, c) => c).filter((c) => !labels.includes(c));
}

function farthestPoint(
	points: readonly Point[],
	labels: readonly number[],
	means: readonly Point[],
	taken: Set<number>
): Point {
	let farthest = -1;
	let farthestDistance = -1;
	points.forEach((point, i) => {
		const distance = squaredDistance(point, means[labels[i]]);
		if (!taken.has(i) && distance > farthestDistance) {
			farthest = i;
			farthestDistance = distance;
		}
	});
	taken.add(farthest);
	return points[farthest];
}

/** The objective J: the sum of squared distances from each point to its own centroid. */
export function inertia(
	points: readonly Point[],
	labels: readonly number[],
	centroids: readonly Point[]
): number {
	let total = 0;
	points.forEach((point, i) => (total += squaredDistance(point, centroids[labels[i]])));
	return total;
}

/** Keep a dragged or nudged position on the plane. */
export function clampToPlane(point: Point): Point {
	return { x: Math.min(100, Math.max(0, point.x)), y: Math.min(100, Math.max(0, point.y)) };
}

/** Three loose groups of four points, and starting centroids placed so the first update has work to do. */
export const startingPoints: readonly Point[] = [
	{ x: 14, y: 22 },
	{ x: 24, y: 14 },
	{ x: 20, y: 34 },
	{ x: 31, y: 26 },
	{ x: 72, y: 18 },
	{ x: 84, y: 26 },
	{ x: 76, y: 34 },
	{ x: 88, y: 12 },
	{ x: 42, y: 74 },
	{ x: 54, y: 84 },
	{ x: 60, y: 70 },
	{ x: 48, y: 90 }
];

export const startingCentroids: readonly Point[] = [
	{ x: 30, y: 60 },
	{ x: 60, y: 45 },
	{ x: 90, y: 50 }
];
