// Palette: centroids to ordered palette entries with hex and proportions, and the nearest real pixel colour.
import { rgbToHex, rgbToHsl, rgbToOklab, type Rgb } from './colour';
import type { PixelSet } from './pixels';

export type PaletteOrder = 'hue' | 'share' | 'lightness';

export interface PaletteEntry {
	/** Index of the centroid this entry came from. */
	cluster: number;
	/** Rounded and clamped to 0..255. */
	rgb: Rgb;
	hex: string;
	count: number;
	/** count / sum of counts (0 when there are no pixels at all). */
	proportion: number;
	/** HSL hue in degrees (0 for greys). */
	hue: number;
	/** HSL lightness 0..1. */
	lightness: number;
}

/**
 * Below this chroma (largest minus smallest channel, 0..1) a colour reads as grey and its hue means
 * nothing. Chroma rather than HSL saturation, which calls a near-black like #0a0a0c 9% saturated.
 */
export const GREY_CHROMA = 0.04;

const clampByte = (v: number) => Math.min(255, Math.max(0, Math.round(v)));

/**
 * Palette entries for k centroids (k*3 RGB) and their pixel counts. 'hue' (default): greys first,
 * dark to light, then colours around the hue wheel from red; 'share': largest first;
 * 'lightness': dark to light by OKLab L, the lightness eyes see (HSL lightness calls a saturated
 * yellow and a sky blue equally light, and puts the blue first). Ties keep cluster order.
 */
export function buildPalette(
	centroids: ArrayLike<number>,
	counts: ArrayLike<number>,
	order: PaletteOrder = 'hue'
): PaletteEntry[] {
	const k = Math.floor(centroids.length / 3);
	let total = 0;
	for (let j = 0; j < k; j++) total += counts[j] ?? 0;
	const entries: (PaletteEntry & { grey: boolean; perceived: number })[] = [];
	for (let j = 0; j < k; j++) {
		const rgb: Rgb = [
			clampByte(centroids[3 * j]),
			clampByte(centroids[3 * j + 1]),
			clampByte(centroids[3 * j + 2])
		];
		const [r, g, b] = [centroids[3 * j], centroids[3 * j + 1], centroids[3 * j + 2]];
		const [hue, , lightness] = rgbToHsl(r, g, b);
		const count = counts[j] ?? 0;
		const grey = (Math.max(r, g, b) - Math.min(r, g, b)) / 255 < GREY_CHROMA;
		entries.push({
			cluster: j,
			rgb,
			hex: rgbToHex(...rgb),
			count,
			proportion: total > 0 ? count / total : 0,
			hue: grey ? 0 : hue,
			lightness,
			grey,
			perceived: rgbToOklab(r, g, b)[0]
		});
	}
	const byOrder = {
		hue: (a: (typeof entries)[number], b: (typeof entries)[number]) =>
			Number(b.grey) - Number(a.grey) ||
			(a.grey ? a.lightness - b.lightness : a.hue - b.hue || a.lightness - b.lightness),
		share: (a: (typeof entries)[number], b: (typeof entries)[number]) => b.count - a.count,
		lightness: (a: (typeof entries)[number], b: (typeof entries)[number]) =>
			a.perceived - b.perceived
	}[order];
	entries.sort((a, b) => byOrder(a, b) || a.cluster - b.cluster);
	return entries.map(({ grey: _grey, perceived: _perceived, ...entry }) => entry);
}

/**
 * For each centroid, the real colour in the image nearest to it (Euclidean RGB; the first such
 * colour on ties), since a mean can be a colour no pixel has.
 */
export function nearestRealColors(
	pixels: PixelSet,
	centroids: ArrayLike<number>
): { rgb: Uint8Array; distance: Float64Array } {
	const k = Math.floor(centroids.length / 3);
	const { colors, size } = pixels;
	const rgb = new Uint8Array(k * 3);
	const distance = new Float64Array(k);
	for (let j = 0; j < k; j++) {
		const cr = centroids[3 * j],
			cg = centroids[3 * j + 1],
			cb = centroids[3 * j + 2];
		let best = Infinity,
			bestIndex = 0;
		for (let i = 0; i < size; i++) {
			const dr = colors[3 * i] - cr,
				dg = colors[3 * i + 1] - cg,
				db = colors[3 * i + 2] - cb;
			const d = dr * dr + dg * dg + db * db;
			if (d < best) {
				best = d;
				bestIndex = i;
			}
		}
		rgb.set(colors.subarray(3 * bestIndex, 3 * bestIndex + 3), 3 * j);
		distance[j] = Math.sqrt(best);
	}
	return { rgb, distance };
}
