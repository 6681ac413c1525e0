// The inertia chart's geometry: one marker per half-step, higher J drawn higher, and a path through every marker.
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../src/lib/engine';
import { inertiaLayout, type ChartBox } from '../../../src/lib/charts/inertia/inertia';

const box: ChartBox = { width: 400, height: 200, top: 10, right: 10, bottom: 30, left: 50 };
const phases: Phase[] = ['init', 'assign', 'update', 'assign', 'update'];

describe('inertiaLayout', () => {
	it('places one point per value, left to right, larger J higher up', () => {
		const values = [900, 400, 300, 280, 279];
		const { points } = inertiaLayout(values, phases, box);
		expect(points.map((p) => p.phase)).toEqual(phases);
		for (let i = 1; i < points.length; i++) {
			expect(points[i].x).toBeGreaterThan(points[i - 1].x);
			expect(points[i].y).toBeGreaterThan(points[i - 1].y);
		}
		for (const point of points) {
			expect(point.x).toBeGreaterThanOrEqual(box.left);
			expect(point.x).toBeLessThanOrEqual(box.width - box.right);
			expect(point.y).toBeGreaterThanOrEqual(box.top);
			expect(point.y).toBeLessThanOrEqual(box.height - box.bottom);
		}
	});

	it('draws the path through exactly those points', () => {
		const values = [900, 400, 300];
		const { path, points } = inertiaLayout(values, phases, box);
		const expected = points
			.map((p, i) => `${i === 0 ? 'M' : 'L'}${+p.x.toFixed(3)},${+p.y.toFixed(3)}`)
			.join('');
		expect(path).toBe(expected);
	});

	it('copes with a single value and with no values', () => {
		const one = inertiaLayout([500], ['init'], box);
		expect(Number.isFinite(one.points[0].y)).toBe(true);
		expect(one.yTicks.length).toBeGreaterThan(0);
		expect(inertiaLayout([], [], box)).toMatchObject({ path: '', points: [] });
	});

	it('labels whole half-steps only, with SI-style J ticks', () => {
		const { xTicks, yTicks } = inertiaLayout([2_000_000, 1_500_000, 1_200_000], phases, box);
		expect(xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
		expect(yTicks.some((t) => /M$/.test(t.label))).toBe(true);
	});
});
