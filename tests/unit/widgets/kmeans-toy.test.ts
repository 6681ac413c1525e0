// The 2-D toy's maths: assignment, update and the objective, checked against hand-worked cases and by properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	assign,
	clampToPlane,
	emptyClusters,
	inertia,
	update,
	startingPoints,
	startingCentroids,
	type Point
} from '../../../src/lib/widgets/kmeans-toy/toy';

const point = fc.record({
	x: fc.double({ min: 0, max: 100, noNaN: true }),
	y: fc.double({ min: 0, max: 100, noNaN: true })
});

describe('the toy k-means', () => {
	it('assigns each point to its nearest centroid, ties to the lower index', () => {
		const points: Point[] = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 5, y: 0 }
		];
		expect(
			assign(points, [
				{ x: 1, y: 0 },
				{ x: 9, y: 0 }
			])
		).toEqual([0, 1, 0]);
	});

	it('moves each centroid to the mean of its points, and an empty one onto the point farthest from its mean', () => {
		const points: Point[] = [
			{ x: 0, y: 0 },
			{ x: 4, y: 2 },
			{ x: 10, y: 10 }
		];
		const next = update(
			points,
			[0, 0, 1],
			[
				{ x: 50, y: 50 },
				{ x: 0, y: 0 },
				{ x: 70, y: 70 }
			]
		);
		// Cluster 3 is empty; (0, 0) and (4, 2) both sit √5 from their mean (2, 1), and the tie goes to the first.
		expect(next).toEqual([
			{ x: 2, y: 1 },
			{ x: 10, y: 10 },
			{ x: 0, y: 0 }
		]);
		expect(emptyClusters([0, 0, 1], 3)).toEqual([2]);
	});

	it('sends two empty clusters to two different points', () => {
		const points: Point[] = [
			{ x: 0, y: 0 },
			{ x: 1, y: 0 },
			{ x: 9, y: 0 },
			{ x: 10, y: 0 }
		];
		const next = update(
			points,
			[0, 0, 0, 0],
			[
				{ x: 5, y: 0 },
				{ x: 90, y: 90 },
				{ x: 95, y: 95 }
			]
		);
		expect(next).toEqual([
			{ x: 5, y: 0 },
			{ x: 0, y: 0 },
			{ x: 10, y: 0 }
		]);
	});

	it('sums squared distances to the own centroid', () => {
		expect(
			inertia(
				[
					{ x: 0, y: 0 },
					{ x: 3, y: 4 }
				],
				[0, 0],
				[{ x: 0, y: 0 }]
			)
		).toBe(25);
	});

	it('never lets an assign-then-update round raise J', () => {
		fc.assert(
			fc.property(
				fc.array(point, { minLength: 3, maxLength: 20 }),
				fc.array(point, { minLength: 2, maxLength: 3 }),
				(points, centroids) => {
					const labels = assign(points, centroids);
					const before = inertia(points, labels, centroids);
					const moved = update(points, labels, centroids);
					const afterUpdate = inertia(points, labels, moved);
					const afterAssign = inertia(points, assign(points, moved), moved);
					expect(afterUpdate).toBeLessThanOrEqual(before + 1e-9);
					expect(afterAssign).toBeLessThanOrEqual(afterUpdate + 1e-9);
				}
			)
		);
	});

	it('starts with a dozen points that the first update really moves, and converges', () => {
		expect(startingPoints).toHaveLength(12);
		let centroids = [...startingCentroids];
		let rounds = 0;
		for (;;) {
			const next = update(startingPoints, assign(startingPoints, centroids), centroids);
			if (next.every((c, i) => c.x === centroids[i].x && c.y === centroids[i].y)) break;
			centroids = next;
			rounds++;
		}
		expect(rounds).toBeGreaterThan(1);
		expect(rounds).toBeLessThan(10);
	});

	it('keeps moved points on the plane', () => {
		expect(clampToPlane({ x: -5, y: 130 })).toEqual({ x: 0, y: 100 });
	});
});
