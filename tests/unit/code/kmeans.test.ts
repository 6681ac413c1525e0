// The k-means Code folds run in python3: from the engine's own start they match it to 1e-6; from scikit-learn's own draws, within a stated margin.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	analyse,
	analyseImage,
	createKMeans,
	hueSort,
	paletteOf,
	pixelSetFromRgba
} from '../../../src/lib/engine';
import type { CodeContext } from '../../../src/lib/notebook/code';
import { hueSortLines } from '../../../src/lib/notebook/code-kmeans';
import { withStill } from '../../../src/lib/notebook/code';
import { code as paletteCode } from '../../../src/lib/widgets/palette/code';
import { code as elbowCode } from '../../../src/lib/widgets/elbow/code';
import { code as byKCode } from '../../../src/lib/widgets/palettes-by-k/code';
import { code as stepperCode } from '../../../src/lib/widgets/kmeans-stepper/code';
import { loadStillForTest, printed, relative, requirePython, runPython } from './python';

beforeAll(() => requirePython(), 60_000);

/** scikit-learn draws its own start: its inertia may be this much worse than the engine's and still pass. */
const MARGIN = 0.1;

const rows = (flat: ArrayLike<number>, k: number) =>
	Array.from({ length: k }, (_, j) => [flat[3 * j], flat[3 * j + 1], flat[3 * j + 2]]);
const sortRows = (list: number[][]) =>
	[...list].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
const chunk = (flat: number[]) =>
	Array.from({ length: flat.length / 3 }, (_, j) => flat.slice(3 * j, 3 * j + 3));

for (const [name, k] of [
	['poster', 5],
	['flags', 4]
] as const) {
	describe(`k-means folds on ${name}.png, k = ${k}`, () => {
		const path = `static/samples/${name}.png`;
		const image = loadStillForTest(path);
		const pixels = pixelSetFromRgba(image);
		const base: CodeContext = {
			file: `${name}.png`,
			title: name,
			width: image.width,
			height: image.height,
			k,
			seed: 7,
			init: 'random',
			space: 'rgb'
		};
		// The engine's own k-means++ start, handed to both as explicit centroids.
		const start = rows(
			createKMeans(pixels, { k, seed: 7, init: 'kmeans++' }).history[0].centroids,
			k
		);

		it('palette from the same explicit start: inertia, MSE and PSNR to 1e-6, the same palette', () => {
			const report = analyseImage(image, pixels, { k, init: start, seed: 7 });
			const out = runPython(paletteCode({ ...base, start }, 'hue', false).python, path);
			expect(relative(printed(out, 'inertia:')[0], report.analysis.inertia)).toBeLessThan(1e-6);
			expect(relative(printed(out, 'MSE:')[0], report.metrics.mse)).toBeLessThan(1e-6);
			expect(relative(printed(out, 'PSNR:')[0], report.metrics.psnr)).toBeLessThan(1e-6);
			expect(sortRows(chunk(printed(out, 'palette:')))).toEqual(
				sortRows(report.palette.map((entry) => [...entry.rgb]))
			);
			const shares = printed(out, 'share:');
			expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
		});

		// One start can settle in a different valley from another (flags' unequal areas make that likely), so
		// each side keeps its best of four seeds, as a learner trying seeds would.
		for (const init of ['kmeans++', 'random', 'partition'] as const) {
			it(`palette with its own "${init}" start: k colours, best of 4 seeds within ${MARGIN * 100}% of the engine's best`, () => {
				const seeds = [1, 2, 3, 4];
				const engineBest = Math.min(
					...seeds.map((seed) => analyse(pixels, { k, init, seed }).inertia)
				);
				// The four folds run as one script (one interpreter start), their outputs split at a marker line.
				const scripts = seeds.map(
					(seed) => paletteCode({ ...base, init, seed }, 'share', true).python
				);
				const outs = runPython(scripts.join('print("=====")\n'), path).split('=====\n');
				expect(outs).toHaveLength(seeds.length);
				for (const out of outs) {
					expect(chunk(printed(out, 'palette:'))).toHaveLength(k);
					expect(chunk(printed(out, 'nearest real colours:'))).toHaveLength(k);
				}
				expect(Math.min(...outs.map((out) => printed(out, 'inertia:')[0]))).toBeLessThanOrEqual(
					engineBest * (1 + MARGIN)
				);
			});
		}

		it('stepper from the same explicit start: after 2 rounds, the same centroids and inertia', () => {
			const run = createKMeans(pixels, { k, init: start, seed: 7 });
			const afterTwo = run.goTo(4); // init, assign 1, update 1, assign 2, update 2
			const nextAssign = run.goTo(5);
			const out = runPython(
				stepperCode({ ...base, start }, { init: 'random', iteration: 2, index: 4 }).python,
				path
			);
			expect(printed(out, 'rounds:')).toEqual([afterTwo.converged ? afterTwo.iteration : 2]);
			const centroids = printed(out, 'centroids:');
			Array.from(afterTwo.centroids).forEach((value, i) =>
				expect(centroids[i]).toBeCloseTo(value, 3)
			);
			// scikit-learn reports J once every colour has joined its nearest of the centroids: the engine's next assign.
			expect(relative(printed(out, 'inertia:')[0], nextAssign.inertia)).toBeLessThan(1e-6);
		});

		it("elbow: one inertia per k; k = 1 exactly the engine's (one cluster: the mean), the rest no worse than k = 1", () => {
			const out = runPython(elbowCode({ ...base, init: 'kmeans++' }, 5).python, path);
			const one = analyse(pixels, { k: 1, seed: 7 }).inertia;
			expect(relative(printed(out, 'k = 1: inertia')[0], one)).toBeLessThan(1e-6);
			for (let kk = 2; kk <= 5; kk++)
				expect(printed(out, `k = ${kk}: inertia`)[0]).toBeLessThan(one);
		});

		it('palettes by k: a palette of k colours for each chosen k', () => {
			const out = runPython(byKCode({ ...base, init: 'partition' }, [2, 3, k]).python, path);
			for (const kk of [2, 3, k]) {
				const [perPixel, ...palette] = printed(out, `k = ${kk}: J per pixel`);
				expect(chunk(palette)).toHaveLength(kk);
				expect(perPixel).toBeLessThanOrEqual(
					(analyse(pixels, { k: kk, init: 'partition', seed: 7 }).inertia / pixels.total) *
						(1 + MARGIN)
				);
			}
		});

		it('hue sort in NumPy: the same palette, exactly', () => {
			const out = runPython(
				withStill(base, hueSortLines(k) + 'print("hue palette:", hue_palette.tolist())\n'),
				path
			);
			const engine = hueSort(pixels, k);
			const expected = rows(engine.centroids, k).map((row) => row.map(Math.round));
			expect(chunk(printed(out, 'hue palette:'))).toEqual(expected);
			expect(paletteOf(engine)).toHaveLength(k);
		});
	});
}
