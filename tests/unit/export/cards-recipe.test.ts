// Swatch cards (SVG, PNG) show every colour with its hex and share; a recipe round-trips and refuses damaged files.
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { buildPalette } from '../../../src/lib/engine';
import {
	contrastRatio,
	parseRecipe,
	toPngCard,
	toRecipe,
	toSvgCard,
	CARD_CELL
} from '../../../src/lib/export';
import { defaultSettings } from '../../../src/lib/lab/methods';

const palette = buildPalette([250, 196, 62, 118, 182, 222, 38, 74, 52], [10, 30, 60], 'hue');

describe('swatch cards', () => {
	it('SVG: a band of each colour, its hex code and its share, dark ink on light colours', () => {
		const svg = toSvgCard(palette, 'Coffee <k=3>');
		expect(
			[...svg.matchAll(/<rect x="\d+" y="36" width="120" height="160" fill="(#[0-9a-f]{6})"/g)].map(
				(m) => m[1]
			)
		).toEqual(palette.map((e) => e.hex));
		expect([...svg.matchAll(/font-size="14">([\d.]+%)</g)].map((m) => m[1])).toEqual(
			palette.map((e) => `${(e.proportion * 100).toFixed(1)}%`)
		);
		expect(svg).toContain('<title>Coffee &lt;k=3&gt;</title>');
		expect(svg).toContain(`fill="#000000" font-size="16" font-weight="700">#fac43e`);
	});

	it('PNG: decodes to one cell per colour, with text pixels in the ink only', () => {
		const png = decode(toPngCard(palette));
		expect([png.width, png.height, png.channels]).toEqual([
			3 * CARD_CELL.width,
			CARD_CELL.height,
			3
		]);
		palette.forEach((entry, i) => {
			const at = (x: number, y: number) =>
				Array.from(png.data.slice(3 * (y * png.width + x), 3 * (y * png.width + x) + 3));
			expect(at(i * CARD_CELL.width + 60, 20)).toEqual(entry.rgb);
			const colours = new Set<string>();
			for (let y = 0; y < png.height; y++)
				for (let x = i * CARD_CELL.width; x < (i + 1) * CARD_CELL.width; x++)
					colours.add(at(x, y).join());
			expect(colours.size).toBe(2); // the colour and its ink
		});
	});

	it('contrast ratio follows WCAG: black on white is 21, a colour on itself 1', () => {
		expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
		expect(contrastRatio([118, 182, 222], [118, 182, 222])).toBe(1);
	});
});

describe('recipes', () => {
	const recipe = {
		still: 'poster',
		title: 'Five-ink poster',
		settings: { ...defaultSettings, k: 5, seed: 4 },
		method: 'kmeans-oklab' as const,
		pins: [[1, 2, 3]] as [number, number, number][],
		mask: null,
		palette: ['#000000']
	};

	it('round-trips', () => {
		expect(parseRecipe(toRecipe(recipe))).toEqual({
			format: 'pixels-to-palette/recipe@1',
			...recipe
		});
	});

	it.each([
		['not json', /not JSON/],
		['{"a":1}', /not a Pixels to Palette recipe/],
		[toRecipe({ ...recipe, settings: { ...recipe.settings, k: 99 } }), /damaged/],
		[toRecipe({ ...recipe, pins: [[1, 2, 300]] }), /damaged/]
	])('refuses %#', (text, message) => {
		expect(() => parseRecipe(text)).toThrow(message);
	});
});
