// Exactness sweep: the fast path (octree filtering) against the textbook Lloyd on every bundled still.
import { describe, expect, it } from 'vitest';
import {
	createKMeans,
	lloyd,
	pixelSetFromRgba,
	type InitMethod,
	type PixelSet
} from '../../../src/lib/engine';
import { pointsInSpace } from '../../../src/lib/engine/kmeans-space';
import { loadSample, sampleEntries } from '../../helpers/still';

/** Longer side of the stills in the sweep: large enough for a deep octree, small enough for seconds. */
const SIDE = 96;
/** Long runs are cut here (both the same way): the later iterations of a slow convergence add time, not cases. */
const MAX_ITERATIONS = 25;
const KS = [2, 3, 6, 10, 16];
const SEEDS = [1, 2, 3, 4, 5, 6];
const INITS: InitMethod[] = ['random', 'kmeans++', 'partition'];

/**
 * One run of each kind from the same start; returns what differs (nothing, when the fast path is
 * exact): labels after every assign, the iteration count, and the inertia to 1e-9 relative.
 */
function differences(
	pixels: PixelSet,
	points: Float64Array,
	k: number,
	seed: number,
	init: InitMethod
): string[] {
	const run = createKMeans(pixels, { k, seed, init, maxIterations: MAX_ITERATIONS });
	const expected: Uint16Array[] = [];
	const textbook = lloyd(points, pixels.counts, run.history[0].centroids, {
		maxIterations: MAX_ITERATIONS,
		onAssign: (labels) => expected.push(labels.slice())
	});
	const found: string[] = [];
	for (let before = -1; before !== run.history.length;) {
		before = run.history.length;
		const snapshot = run.next();
		if (snapshot.phase !== 'assign' || snapshot.index !== run.history.length - 1) continue;
		const labels = run.labels(),
			reference = expected[snapshot.iteration - 1];
		let wrong = 0;
		for (let i = 0; reference && i < labels.length; i++) if (labels[i] !== reference[i]) wrong++;
		if (!reference || wrong > 0) {
			found.push(
				`assign ${snapshot.iteration}: ${reference ? `${wrong} colours labelled differently` : 'the textbook run had stopped'}`
			);
			break;
		}
	}
	const end = run.current;
	if (end.iteration !== textbook.iterations)
		found.push(`${end.iteration} iterations, textbook ${textbook.iterations}`);
	if (!(Math.abs(end.inertia - textbook.inertia) <= 1e-9 * textbook.inertia))
		found.push(`inertia ${end.inertia}, textbook ${textbook.inertia}`);
	return found.map((f) => `k=${k} seed=${seed} ${init}: ${f}`);
}

describe(`fast k-means equals the textbook Lloyd on every bundled still (≤ ${SIDE} px, k ∈ {${KS}}, seeds ${SEEDS[0]}–${SEEDS.at(-1)}, ${INITS.join(', ')})`, () => {
	for (const { file } of sampleEntries()) {
		it(file, async () => {
			const pixels = pixelSetFromRgba(await loadSample(file, SIDE));
			const points = pointsInSpace(pixels, 'rgb');
			const found: string[] = [];
			for (const k of KS)
				for (const seed of SEEDS)
					for (const init of INITS) found.push(...differences(pixels, points, k, seed, init));
			expect(found).toEqual([]);
		});
	}
});
