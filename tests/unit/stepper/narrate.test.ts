// Narration: the sentences the live region reads out, checked word for word against the engine's snapshots.
import { describe, expect, it } from 'vitest';
import { createKMeans, pixelSetFromRgba, type Snapshot } from '../../../src/lib/engine';
import {
	farthestMove,
	inertiaChange,
	narrate
} from '../../../src/lib/widgets/kmeans-stepper/narrate';

const snapshot = (fields: Partial<Snapshot>): Snapshot => ({
	index: 1,
	phase: 'assign',
	iteration: 1,
	centroids: new Float64Array(9),
	counts: new Float64Array(3),
	inertia: 100,
	changed: 0,
	moved: new Float64Array(3),
	reseeded: [],
	converged: false,
	...fields
});

describe('narration', () => {
	it('says how J changed in per cent', () => {
		expect(inertiaChange(1000, 880)).toBe('J fell 12 %');
		expect(inertiaChange(1000, 970)).toBe('J fell 3.0 %');
		expect(inertiaChange(1000, 999.9)).toBe('J fell < 0.1 %');
		expect(inertiaChange(1000, 1000)).toBe('J unchanged');
	});

	it('names the centroid that moved farthest', () => {
		expect(farthestMove([0, 14.2, 3])).toEqual({ centroid: 1, distance: 14.2 });
		expect(farthestMove([0, 0])).toBeNull();
	});

	it('words each half-step', () => {
		const start = snapshot({ phase: 'init', index: 0, iteration: 0, inertia: 1000 });
		const assign = snapshot({ changed: 1204, inertia: 880 });
		expect(narrate(start, null)).toBe('Start: 3 centroids in place.');
		expect(narrate(assign, start)).toBe('Assign: 1,204 pixels changed cluster; J fell 12 %.');
		const update = snapshot({
			phase: 'update',
			index: 2,
			inertia: 853.6,
			moved: Float64Array.of(2, 0, 14.24)
		});
		expect(narrate(update, assign)).toBe('Update: centroid 3 moved 14.2; J fell 3.0 %.');
		const last = snapshot({ index: 19, iteration: 9, changed: 0, inertia: 853.6, converged: true });
		expect(narrate(last, update)).toBe(
			'Assign: 0 pixels changed cluster; J unchanged. Converged after 9 iterations.'
		);
		const empty = snapshot({
			phase: 'update',
			moved: Float64Array.of(0, 30, 0),
			reseeded: [1],
			inertia: 500
		});
		expect(narrate(empty, assign)).toBe(
			'Update: centroid 2 moved 30.0; J fell 43 %; centroid 2 had no pixels and moved to the farthest pixel.'
		);
	});

	it('narrates a real run: the first assign moves every pixel', () => {
		const image = {
			width: 3,
			height: 1,
			data: Uint8ClampedArray.of(0, 0, 0, 255, 10, 0, 0, 255, 250, 250, 250, 255)
		};
		const run = createKMeans(pixelSetFromRgba(image), { k: 2, seed: 1, init: 'random' });
		const start = run.current;
		const assigned = run.assign();
		expect(narrate(assigned, start)).toMatch(
			/^Assign: 3 pixels changed cluster; J (fell|unchanged)/
		);
	});
});
