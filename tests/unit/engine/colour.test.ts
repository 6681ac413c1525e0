import { converter, differenceCiede2000, formatHex } from 'culori';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ciede2000,
	deltaEOk,
	hexToRgb,
	hslToRgb,
	hsvToRgb,
	linearToSrgb,
	oklabToRgb,
	rgbToHex,
	rgbToHsl,
	rgbToHsv,
	rgbToLab,
	rgbToOklab,
	srgbToLinear,
	EngineError
} from '../../../src/lib/engine';
import { rgbArb } from './reference';

const toHsl = converter('hsl');
const toHsv = converter('hsv');
const toOklab = converter('oklab');
const toLab65 = converter('lab65');
const toLrgb = converter('lrgb');
const culoriRgb = ([r, g, b]: number[]) => ({
	mode: 'rgb' as const,
	r: r / 255,
	g: g / 255,
	b: b / 255
});
const near = (a: number, b: number, tolerance = 1e-6) =>
	expect(Math.abs(a - b)).toBeLessThan(tolerance);
// Culori leaves the hue of greys undefined; the engine says 0.
const hueOrZero = (h: number | undefined) => h ?? 0;

describe('colour conversions agree with culori', () => {
	it('RGB → HSL and HSV', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				const [h, s, l] = rgbToHsl(rgb[0], rgb[1], rgb[2]);
				const theirs = toHsl(culoriRgb(rgb));
				near(h, hueOrZero(theirs.h));
				near(s, theirs.s);
				near(l, theirs.l);
				const [hv, sv, v] = rgbToHsv(rgb[0], rgb[1], rgb[2]);
				const theirsV = toHsv(culoriRgb(rgb));
				near(hv, hueOrZero(theirsV.h));
				near(sv, theirsV.s);
				near(v, theirsV.v);
			}),
			{ numRuns: 500 }
		);
	});

	it('HSL and HSV → RGB round-trip', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				hslToRgb(...rgbToHsl(rgb[0], rgb[1], rgb[2])).forEach((c, i) => near(c, rgb[i], 1e-9));
				hsvToRgb(...rgbToHsv(rgb[0], rgb[1], rgb[2])).forEach((c, i) => near(c, rgb[i], 1e-9));
			}),
			{ numRuns: 300 }
		);
	});

	it('HSL → RGB matches culori for any hue, saturation and lightness', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 359.999, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(h, s, l) => {
					const ours = hslToRgb(h, s, l);
					const theirs = converter('rgb')({ mode: 'hsl', h, s, l });
					near(ours[0] / 255, theirs.r);
					near(ours[1] / 255, theirs.g);
					near(ours[2] / 255, theirs.b);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('sRGB ↔ linear', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				const theirs = toLrgb(culoriRgb(rgb));
				near(srgbToLinear(rgb[0] / 255), theirs.r, 1e-12);
				near(linearToSrgb(srgbToLinear(rgb[1] / 255)), rgb[1] / 255, 1e-12);
			}),
			{ numRuns: 300 }
		);
	});

	it('RGB ↔ OKLab', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				const [L, a, b] = rgbToOklab(rgb[0], rgb[1], rgb[2]);
				const theirs = toOklab(culoriRgb(rgb));
				near(L, theirs.l);
				near(a, theirs.a);
				near(b, theirs.b);
				oklabToRgb(L, a, b).forEach((c, i) => near(c, rgb[i], 1e-6));
			}),
			{ numRuns: 500 }
		);
	});

	it('RGB → CIELAB with the D65 white (culori lab65, not its D50 lab)', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				const [L, a, b] = rgbToLab(rgb[0], rgb[1], rgb[2]);
				const theirs = toLab65(culoriRgb(rgb));
				near(L, theirs.l);
				near(a, theirs.a);
				near(b, theirs.b);
			}),
			{ numRuns: 500 }
		);
	});

	it('CIEDE2000 matches culori differenceCiede2000', () => {
		const theirs = differenceCiede2000();
		fc.assert(
			fc.property(rgbArb, rgbArb, (x, y) => {
				const [labX, labY] = [rgbToLab(x[0], x[1], x[2]), rgbToLab(y[0], y[1], y[2])];
				const expected = theirs(
					{ mode: 'lab65', l: labX[0], a: labX[1], b: labX[2] },
					{ mode: 'lab65', l: labY[0], a: labY[1], b: labY[2] }
				);
				near(ciede2000(labX, labY), expected);
			}),
			{ numRuns: 500 }
		);
	});

	it('CIEDE2000 reproduces Sharma, Wu and Dalal’s published test pairs', () => {
		const pairs: [number[], number[], number][] = [
			[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
			[[50, -1, 2], [50, 0, 0], 2.3669],
			[[50, 2.5, 0], [73, 25, -18], 27.1492],
			[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
			[[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373]
		];
		for (const [a, b, expected] of pairs) near(ciede2000(a, b), expected, 1e-4);
	});

	it('OKLab distance matches culori’s Euclidean OKLab difference', () => {
		fc.assert(
			fc.property(rgbArb, rgbArb, (x, y) => {
				const [p, q] = [toOklab(culoriRgb(x)), toOklab(culoriRgb(y))];
				near(
					deltaEOk(x as [number, number, number], y as [number, number, number]),
					Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b)
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('hex both ways, rounding and clamping', () => {
		fc.assert(
			fc.property(rgbArb, (rgb) => {
				const hex = rgbToHex(rgb[0], rgb[1], rgb[2]);
				expect(hex).toBe(formatHex(culoriRgb(rgb)));
				expect(hexToRgb(hex)).toEqual(rgb);
			}),
			{ numRuns: 300 }
		);
		expect(rgbToHex(-3, 255.6, 127.5)).toBe('#00ff80');
		expect(hexToRgb('#0f8')).toEqual([0, 255, 136]);
		expect(() => hexToRgb('#12345')).toThrow(EngineError);
	});
});
