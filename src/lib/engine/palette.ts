// Palette: centroids to ordered palette entries with hex, proportions, and the nearest real pixel colour.
import type { Rgb } from './colour';
import type { PixelSet } from './pixels';

export type PaletteOrder = 'hue' | 'share' | 'lightness';

export interface PaletteEntry {
	cluster: number;
	rgb: Rgb;
	hex: string;
	count: number;
	proportion: number;
	hue: number;
	lightness: number;
}

export function buildPalette(
	centroids: ArrayLike<number>,
	counts: ArrayLike<number>,
	order: PaletteOrder = 'hue'
): PaletteEntry[] {
	void centroids;
	void counts;
	void order;
	return [];
}

export function nearestRealColors(
	pixels: PixelSet,
	centroids: ArrayLike<number>
): { rgb: Uint8Array; distance: Float64Array } {
	void pixels;
	const k = Math.floor(centroids.length / 3);
	return { rgb: new Uint8Array(k * 3), distance: new Float64Array(k) };
}
