// Pinned k-means and median cut: pins stay centroids, masks steer the free ones, median cut splits at weighted medians.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { analyse, paletteOf, pixelSetFromRgba, type RgbaImage } from '../../../src/lib/engine';
import { pinnedKMeans } from '../../../src/lib/engine/pinned';
import { medianCut } from '../../../src/lib/engine/mediancut';

function poster(): RgbaImage {
	const png = decode(readFileSync('static/samples/poster.png'));
	return { width: png.width, height: png.height, data: png.data as Uint8Array };
}

/** Three flat colours: 6 red, 3 green, 1 blue pixel. */
function threeColours(): RgbaImage {
	const colours = [...Array(6).fill([250, 0, 0]), ...Array(3).fill([0, 250, 0]), [0, 0, 250]];
	return {
		width: 10,
		height: 1,
		data: Uint8Array.from(colours.flatMap((c: number[]) => [...c, 255]))
	};
}

describe('pinned k-means', () => {
	const pixels = pixelSetFromRgba(poster());
	const weights = Float64Array.from(pixels.counts.subarray(0, pixels.size));

	it.each(['rgb', 'oklab'] as const)(
		'keeps a pinned colour as a centroid at convergence (%s)',
		(space) => {
			const pin = [12, 200, 99] as const;
			const run = pinnedKMeans(pixels, weights, { k: 5, pins: [pin], seed: 3, space });
			expect(run.converged).toBe(true);
			expect(Array.from(run.centroids.subarray(0, 3))).toEqual([12, 200, 99]);
			const palette = paletteOf(analyse(pixels, { k: 5, seed: 3, space, pins: [pin] }));
			expect(palette.map((e) => e.hex)).toContain('#0cc863');
		}
	);

	it("with no pins and pixel-count weights finds the poster's five inks like plain k-means", () => {
		const run = pinnedKMeans(pixels, weights, { k: 5, pins: [], seed: 1, space: 'rgb' });
		const plain = analyse(pixels, { k: 5, seed: 1 });
		const hexes = (c: Float64Array) =>
			paletteOf({ centroids: c, counts: new Float64Array(5).fill(1) })
				.map((e) => e.hex)
				.sort();
		expect(hexes(run.centroids)).toEqual(hexes(plain.centroids));
		expect(run.counts.reduce((a, b) => a + b)).toBe(pixels.total);
	});

	it('a weight of zero leaves colours out of where centroids go', () => {
		const image = threeColours();
		image.data.set([0, 120, 250, 255], 36); // the blue pixel leans towards green
		const set = pixelSetFromRgba(image);
		const w = Float64Array.from(set.counts.subarray(0, set.size));
		w[2] = 0; // blue left out
		const run = pinnedKMeans(set, w, { k: 2, pins: [], seed: 1, space: 'rgb' });
		const hexes = paletteOf(run)
			.map((e) => e.hex)
			.sort();
		expect(hexes).toEqual(['#00fa00', '#fa0000']);
		expect(Array.from(run.counts).sort()).toEqual([4, 6]); // blue is still repainted, by its nearest
	});

	it('refuses more pins than clusters', () => {
		expect(() =>
			pinnedKMeans(pixels, weights, {
				k: 1,
				pins: [
					[0, 0, 0],
					[1, 1, 1]
				],
				seed: 1,
				space: 'rgb'
			})
		).toThrow(/2 pins/);
	});
});

describe('median cut', () => {
	it('splits three flat colours into exactly those three', () => {
		const set = pixelSetFromRgba(threeColours());
		const cut = medianCut(set, Float64Array.from(set.counts.subarray(0, 3)), 3);
		expect(paletteOf(cut).map((e) => [e.hex, e.count])).toEqual([
			['#fa0000', 6],
			['#00fa00', 3],
			['#0000fa', 1]
		]);
	});

	it('first cut is at the weighted median of the longest side', () => {
		// Reds 0..9, ten pixels each, except red 9 with 90: the heavy end gets a box of its own.
		const colours = Array.from({ length: 10 }, (_, r) =>
			Array(r === 9 ? 90 : 10).fill([r * 20, 0, 0])
		).flat();
		const image = {
			width: colours.length,
			height: 1,
			data: Uint8Array.from(colours.flatMap((c: number[]) => [...c, 255]))
		};
		const set = pixelSetFromRgba(image);
		const cut = medianCut(set, Float64Array.from(set.counts.subarray(0, set.size)), 2);
		expect(Array.from(cut.counts)).toEqual([90, 90]);
		expect(Array.from(cut.centroids)).toEqual([80, 0, 0, 180, 0, 0]);
	});

	it('stops at the number of distinct colours, and analyse says so', () => {
		const result = analyse(pixelSetFromRgba(threeColours()), { k: 5, method: 'mediancut' });
		expect(result.k).toBe(3);
		expect(result.note).toMatch(/only 3 boxes/);
	});
});
