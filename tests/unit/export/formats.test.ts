// Palette files: each format parses back to the palette's colours (hex list, CSS, GPL, JSON, ASE).
import { describe, expect, it } from 'vitest';
import { buildPalette } from '../../../src/lib/engine';
import { toAse, toCss, toGpl, toHexList, toJson } from '../../../src/lib/export';

const palette = buildPalette([250, 196, 62, 118, 182, 222, 38, 74, 52], [10, 30, 60], 'hue');
const hexes = palette.map((e) => e.hex);

describe('palette files', () => {
	it('hex list and CSS', () => {
		expect(toHexList(palette).trim().split('\n')).toEqual(hexes);
		expect(
			[...toCss(palette).matchAll(/--palette-(\d+): (#[0-9a-f]{6});/g)].map((m) => m[2])
		).toEqual(hexes);
	});

	it('GIMP palette: header, then R G B per line', () => {
		const lines = toGpl(palette, 'test').trim().split('\n');
		expect(lines.slice(0, 4)).toEqual(['GIMP Palette', 'Name: test', 'Columns: 3', '#']);
		expect(lines.slice(4).map((l) => l.trim().split(/\s+/).slice(0, 3).map(Number))).toEqual(
			palette.map((e) => e.rgb)
		);
	});

	it('JSON: hex, rgb, oklch, share and count per colour', () => {
		const parsed = JSON.parse(toJson(palette)) as {
			palette: { hex: string; rgb: number[]; oklch: number[]; share: number; count: number }[];
		};
		expect(parsed.palette.map((s) => s.hex)).toEqual(hexes);
		expect(parsed.palette.map((s) => s.count)).toEqual(palette.map((e) => e.count));
		expect(parsed.palette[0].oklch).toHaveLength(3);
		expect(parsed.palette.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 6);
	});

	it('ASE: signature, version, one RGB block per colour with float channels', () => {
		const bytes = toAse(palette);
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('ASEF');
		expect([view.getUint16(4), view.getUint16(6), view.getUint32(8)]).toEqual([1, 0, 3]);
		let o = 12;
		const colours: number[][] = [];
		for (let b = 0; b < 3; b++) {
			expect(view.getUint16(o)).toBe(1);
			const length = view.getUint32(o + 2);
			const nameUnits = view.getUint16(o + 6);
			const model = o + 8 + nameUnits * 2;
			expect(String.fromCharCode(...bytes.subarray(model, model + 4))).toBe('RGB ');
			colours.push([0, 1, 2].map((c) => Math.round(view.getFloat32(model + 4 + 4 * c) * 255)));
			o += 6 + length;
		}
		expect(o).toBe(bytes.length);
		expect(colours).toEqual(palette.map((e) => e.rgb));
	});
});
