// Colour-blind simulation, contrast matrix, near duplicates, and the Lab's URL state.
import { describe, expect, it } from 'vitest';
import {
	contrastMatrix,
	nearDuplicates,
	simulate,
	simulateImage
} from '../../../src/lib/lab/vision';
import { labQuery, readLabParams } from '../../../src/lib/lab/url';

describe('seeing the palette', () => {
	it('leaves greys alone and folds red and green together for deuteranopia', () => {
		expect(simulate([128, 128, 128], 'deuteranopia')).toEqual([128, 128, 128]);
		expect(simulate([255, 0, 0], 'protanopia')).toEqual([109, 95, 0]); // linear 0.1523, 0.1145, -0.0039 back to sRGB bytes;
		const red = simulate([200, 60, 40], 'deuteranopia'),
			green = simulate([110, 120, 40], 'deuteranopia');
		expect(Math.abs(red[0] - green[0]) + Math.abs(red[1] - green[1])).toBeLessThan(40);
	});

	it('simulates an image pixel by pixel and keeps alpha', () => {
		const out = simulateImage(Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 7]), 'tritanopia');
		expect(Array.from(out)).toEqual([
			...simulate([255, 0, 0], 'tritanopia'),
			255,
			...simulate([0, 0, 255], 'tritanopia'),
			7
		]);
	});

	it('contrast matrix is symmetric with ones on the diagonal', () => {
		const m = contrastMatrix([
			[0, 0, 0],
			[255, 255, 255],
			[255, 0, 0]
		]);
		expect(m[0][1]).toBeCloseTo(21, 6);
		expect(m[1][0]).toBe(m[0][1]);
		expect(m.map((row, i) => row[i])).toEqual([1, 1, 1]);
		expect(m[0][2]).toBeCloseTo(5.252, 3);
	});

	it('warns about pairs closer than the threshold only', () => {
		const pairs = nearDuplicates(
			[
				[100, 100, 100],
				[102, 100, 100],
				[0, 0, 255],
				[100, 101, 100]
			],
			0.02
		);
		expect(pairs.map((p) => [p.i, p.j])).toEqual([
			[0, 3],
			[0, 1],
			[1, 3]
		]);
	});
});

describe('lab URL', () => {
	it('round-trips and falls back on nonsense', () => {
		const state = readLabParams(
			new URLSearchParams(
				'still=coffee&k=12&seed=7&init=random&space=oklab&restarts=3&method=mediancut&pins=0cc863,ffffff'
			)
		);
		expect(state).toEqual({
			still: 'coffee',
			settings: { k: 12, seed: 7, init: 'random', space: 'oklab', restarts: 3 },
			method: 'mediancut',
			pins: [
				[12, 200, 99],
				[255, 255, 255]
			]
		});
		expect(readLabParams(new URLSearchParams(labQuery(state)))).toEqual(state);
		const bad = readLabParams(new URLSearchParams('k=99&init=magic&method=x&pins=zz'));
		expect([bad.settings.k, bad.settings.init, bad.method, bad.pins]).toEqual([
			6,
			'kmeans++',
			'kmeans-rgb',
			[]
		]);
	});
});
