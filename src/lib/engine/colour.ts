// Colour: conversions between RGB, HSL, HSV, hex, linear RGB, OKLab and CIELAB, and colour differences.
import { EngineError } from './errors';

/** Red, green, blue on the 0..255 scale (floats allowed). */
export type Rgb = [number, number, number];
export type Triple = [number, number, number];

/** Hue in degrees 0..360 (0 for greys), saturation and lightness 0..1. */
export function rgbToHsl(r: number, g: number, b: number): Triple {
	const [max, min, hue] = maxMinHue(r / 255, g / 255, b / 255);
	const l = (max + min) / 2;
	const delta = max - min;
	const s = delta === 0 ? 0 : delta / (1 - Math.abs(2 * l - 1));
	return [hue, s, l];
}

export function hslToRgb(h: number, s: number, l: number): Rgb {
	const chroma = (1 - Math.abs(2 * l - 1)) * s;
	return fromHueChroma(h, chroma, l - chroma / 2);
}

/** Hue in degrees 0..360 (0 for greys), saturation and value 0..1. */
export function rgbToHsv(r: number, g: number, b: number): Triple {
	const [max, min, hue] = maxMinHue(r / 255, g / 255, b / 255);
	return [hue, max === 0 ? 0 : (max - min) / max, max];
}

export function hsvToRgb(h: number, s: number, v: number): Rgb {
	const chroma = v * s;
	return fromHueChroma(h, chroma, v - chroma);
}

function maxMinHue(r: number, g: number, b: number): Triple {
	return [Math.max(r, g, b), Math.min(r, g, b), hueOf(r, g, b)];
}

/** The HSL/HSV hue in degrees 0..360 of any RGB scale; 0 for greys. Allocates nothing. */
export function hueOf(r: number, g: number, b: number): number {
	const max = Math.max(r, g, b);
	const delta = max - Math.min(r, g, b);
	if (delta === 0) return 0;
	// With red the largest, |g − b| ≤ delta: the quotient lies in [−1, 1], where "% 6" changed nothing (and cost a call).
	let hue = max === r ? (g - b) / delta : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
	hue *= 60;
	return hue < 0 ? hue + 360 : hue;
}

function fromHueChroma(h: number, chroma: number, offset: number): Rgb {
	const sector = (((h % 360) + 360) % 360) / 60;
	const x = chroma * (1 - Math.abs((sector % 2) - 1));
	const [r, g, b] =
		sector < 1
			? [chroma, x, 0]
			: sector < 2
				? [x, chroma, 0]
				: sector < 3
					? [0, chroma, x]
					: sector < 4
						? [0, x, chroma]
						: sector < 5
							? [x, 0, chroma]
							: [chroma, 0, x];
	return [(r + offset) * 255, (g + offset) * 255, (b + offset) * 255];
}

const toByte = (v: number) => Math.min(255, Math.max(0, Math.round(v)));

export function rgbToHex(r: number, g: number, b: number): string {
	return '#' + ((1 << 24) | (toByte(r) << 16) | (toByte(g) << 8) | toByte(b)).toString(16).slice(1);
}

/** Accepts '#rgb' or '#rrggbb', with or without the '#'. */
export function hexToRgb(hex: string): Rgb {
	let digits = hex.trim().replace(/^#/, '');
	if (/^[0-9a-f]{3}$/i.test(digits)) digits = digits.replace(/./g, (d) => d + d);
	if (!/^[0-9a-f]{6}$/i.test(digits)) throw new EngineError(`not a hex colour: "${hex}"`);
	const n = parseInt(digits, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The sRGB transfer curve, undone (0..1 in, 0..1 linear light out). */
export function srgbToLinear(c01: number): number {
	const abs = Math.abs(c01);
	return abs <= 0.04045 ? c01 / 12.92 : Math.sign(c01) * Math.pow((abs + 0.055) / 1.055, 2.4);
}

export function linearToSrgb(c01: number): number {
	const abs = Math.abs(c01);
	return abs > 0.0031308 ? Math.sign(c01) * (1.055 * Math.pow(abs, 1 / 2.4) - 0.055) : c01 * 12.92;
}

/** Linear light of every byte value, so converting many 8-bit colours skips the power function. */
export const LINEAR_OF_BYTE: Float64Array = Float64Array.from({ length: 256 }, (_, i) =>
	srgbToLinear(i / 255)
);

const linearOf = (v: number) =>
	Number.isInteger(v) && v >= 0 && v <= 255 ? LINEAR_OF_BYTE[v] : srgbToLinear(v / 255);

/** OKLab (Björn Ottosson, 2020): L 0..1, a and b roughly -0.4..0.4. */
export function rgbToOklab(r: number, g: number, b: number): Triple {
	return linearToOklab(linearOf(r), linearOf(g), linearOf(b));
}

export function linearToOklab(r: number, g: number, b: number): Triple {
	const out: Triple = [0, 0, 0];
	writeOklab(r, g, b, out, 0);
	return out;
}

/** Writes the OKLab of a linear-light colour into out[offset..offset+2], for loops that must not allocate. */
export function writeOklab(
	r: number,
	g: number,
	b: number,
	out: { [i: number]: number },
	offset: number
): void {
	const l = Math.cbrt(0.412221469470763 * r + 0.5363325372617348 * g + 0.0514459932675022 * b);
	const m = Math.cbrt(0.2119034958178252 * r + 0.6806995506452344 * g + 0.1073969535369406 * b);
	const s = Math.cbrt(0.0883024591900564 * r + 0.2817188391361215 * g + 0.6299787016738222 * b);
	out[offset] = 0.210454268309314 * l + 0.7936177747023054 * m - 0.0040720430116193 * s;
	out[offset + 1] = 1.9779985324311684 * l - 2.4285922420485799 * m + 0.450593709617411 * s;
	out[offset + 2] = 0.0259040424655478 * l + 0.7827717124575296 * m - 0.8086757549230774 * s;
}

/** Back to sRGB on the 0..255 scale, unclamped: colours outside the sRGB gamut come out below 0 or above 255. */
export function oklabToRgb(L: number, a: number, b: number): Rgb {
	const l = (L + 0.3963377773761749 * a + 0.2158037573099136 * b) ** 3;
	const m = (L - 0.1055613458156586 * a - 0.0638541728258133 * b) ** 3;
	const s = (L - 0.0894841775298119 * a - 1.2914855480194092 * b) ** 3;
	return [
		255 * linearToSrgb(4.0767416360759574 * l - 3.3077115392580616 * m + 0.2309699031821044 * s),
		255 * linearToSrgb(-1.2684379732850317 * l + 2.6097573492876887 * m - 0.3413193760026573 * s),
		255 * linearToSrgb(-0.0041960761386756 * l - 0.7034186179359362 * m + 1.7076146940746117 * s)
	];
}

const D65_WHITE: Triple = [0.3127 / 0.329, 1, (1 - 0.3127 - 0.329) / 0.329];
const LAB_EPSILON = 216 / 24389;
const LAB_KAPPA = 24389 / 27;

/** CIELAB with the D65 white point (L 0..100). */
export function rgbToLab(r: number, g: number, b: number): Triple {
	const [lr, lg, lb] = [linearOf(r), linearOf(g), linearOf(b)];
	const x = 0.4123907992659593 * lr + 0.357584339383878 * lg + 0.1804807884018343 * lb;
	const y = 0.2126390058715102 * lr + 0.715168678767756 * lg + 0.0721923153607337 * lb;
	const z = 0.0193308187155918 * lr + 0.119194779794626 * lg + 0.9505321522496607 * lb;
	const f = (t: number) => (t > LAB_EPSILON ? Math.cbrt(t) : (LAB_KAPPA * t + 16) / 116);
	const [fx, fy, fz] = [f(x / D65_WHITE[0]), f(y / D65_WHITE[1]), f(z / D65_WHITE[2])];
	// Greys get exactly zero chroma instead of rounding noise.
	if (r === g && g === b) return [116 * fy - 16, 0, 0];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Euclidean distance in OKLab: about 0.02 is a just-noticeable difference. */
export function deltaEOk(rgb1: Rgb, rgb2: Rgb): number {
	const [L1, a1, b1] = rgbToOklab(rgb1[0], rgb1[1], rgb1[2]);
	const [L2, a2, b2] = rgbToOklab(rgb2[0], rgb2[1], rgb2[2]);
	return Math.hypot(L1 - L2, a1 - a2, b1 - b2);
}

const DEG = Math.PI / 180;

/** CIEDE2000 colour difference between two CIELAB colours (Sharma, Wu and Dalal's formulation). */
export function ciede2000(lab1: ArrayLike<number>, lab2: ArrayLike<number>): number {
	const [L1, a1, b1, L2, a2, b2] = [lab1[0], lab1[1], lab1[2], lab2[0], lab2[1], lab2[2]];
	const meanChroma7 = ((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2) ** 7;
	const g = 0.5 * (1 - Math.sqrt(meanChroma7 / (meanChroma7 + 25 ** 7)));
	const [ap1, ap2] = [a1 * (1 + g), a2 * (1 + g)];
	const [c1, c2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
	const hueOf = (a: number, b: number) =>
		a === 0 && b === 0 ? 0 : (Math.atan2(b, a) + 2 * Math.PI) % (2 * Math.PI);
	const [h1, h2] = [hueOf(ap1, b1), hueOf(ap2, b2)];
	let dh = c1 * c2 === 0 ? 0 : h2 - h1;
	if (dh > Math.PI) dh -= 2 * Math.PI;
	else if (dh < -Math.PI) dh += 2 * Math.PI;
	const dL = L2 - L1;
	const dC = c2 - c1;
	const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(dh / 2);
	const meanL = (L1 + L2) / 2;
	const meanC = (c1 + c2) / 2;
	let meanH = h1 + h2;
	if (c1 * c2 !== 0) {
		meanH = Math.abs(h1 - h2) > Math.PI ? (h1 + h2 + 2 * Math.PI) / 2 : (h1 + h2) / 2;
		if (meanH >= 2 * Math.PI) meanH -= 2 * Math.PI;
	}
	const t =
		1 -
		0.17 * Math.cos(meanH - 30 * DEG) +
		0.24 * Math.cos(2 * meanH) +
		0.32 * Math.cos(3 * meanH + 6 * DEG) -
		0.2 * Math.cos(4 * meanH - 63 * DEG);
	const l50 = (meanL - 50) ** 2;
	const sL = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
	const sC = 1 + 0.045 * meanC;
	const sH = 1 + 0.015 * meanC * t;
	const rotation = 30 * DEG * Math.exp(-(((meanH / DEG - 275) / 25) ** 2));
	const meanC7 = meanC ** 7;
	const rT = -2 * Math.sqrt(meanC7 / (meanC7 + 25 ** 7)) * Math.sin(2 * rotation);
	const [kL, kC, kH] = [dL / sL, dC / sC, dH / sH];
	return Math.sqrt(kL * kL + kC * kC + kH * kH + rT * kC * kH);
}
