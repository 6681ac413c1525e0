// Palette files as text: a hex list, CSS custom properties, a GIMP palette and a JSON palette.
import { rgbToOklab, type PaletteEntry } from '../engine';

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** One hex code per line. */
export function toHexList(palette: readonly PaletteEntry[]): string {
	return palette.map((entry) => entry.hex).join('\n') + '\n';
}

/** `:root { --palette-1: #rrggbb; … }` with each share as a comment. */
export function toCss(palette: readonly PaletteEntry[]): string {
	return `:root {\n${palette.map((e, i) => `\t--palette-${i + 1}: ${e.hex}; /* ${percent(e.proportion)} */`).join('\n')}\n}\n`;
}

/** A GIMP / Inkscape palette (.gpl): a header, then "R G B<tab>name" per colour. */
export function toGpl(palette: readonly PaletteEntry[], name: string): string {
	return (
		[
			'GIMP Palette',
			`Name: ${name.replace(/[\r\n]+/g, ' ')}`,
			`Columns: ${Math.min(palette.length, 16)}`,
			'#',
			...palette.map(
				(e) =>
					`${e.rgb.map((v) => String(v).padStart(3)).join(' ')}\t${e.hex} ${percent(e.proportion)}`
			)
		].join('\n') + '\n'
	);
}

export interface JsonSwatch {
	hex: string;
	rgb: [number, number, number];
	/** OKLCH: lightness 0..1, chroma, hue in degrees (0 for greys). */
	oklch: [number, number, number];
	share: number;
	count: number;
}

/** Each colour with its hex, RGB, OKLCH, share and pixel count. */
export function toJsonSwatches(palette: readonly PaletteEntry[]): JsonSwatch[] {
	return palette.map((entry) => {
		const [L, a, b] = rgbToOklab(...entry.rgb);
		const chroma = Math.hypot(a, b);
		const hue = chroma < 1e-4 ? 0 : ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
		return {
			hex: entry.hex,
			rgb: [entry.rgb[0], entry.rgb[1], entry.rgb[2]],
			oklch: [round(L, 4), round(chroma, 4), round(hue, 2)],
			share: round(entry.proportion, 6),
			count: entry.count
		};
	});
}

/** JSON text with each short array kept on one line, for reading. */
export function stringifyCompact(value: unknown): string {
	return (
		JSON.stringify(value, null, 2).replace(
			/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g,
			'[$1, $2, $3]'
		) + '\n'
	);
}

export function toJson(palette: readonly PaletteEntry[]): string {
	return stringifyCompact({ palette: toJsonSwatches(palette) });
}
