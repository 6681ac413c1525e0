// The command line's outputs: its JSON report, or one of the palette files and swatch cards the Lab writes.
import type { PaletteEntry } from '../lib/engine';
import {
	stringifyCompact,
	toAse,
	toCss,
	toGpl,
	toHexList,
	toPngCard,
	toSvgCard
} from '../lib/export';
import { methodTitles, type LabMethod } from '../lib/lab/methods';
import type { Format, Method } from './args';

export interface Report {
	width: number;
	height: number;
	pixels: number;
	transparent: number;
	distinctColors: number;
	k: number;
	requestedK: number;
	note: string | null;
	method: Method;
	init: string | null;
	seed: number | null;
	restarts: number | null;
	space: string;
	iterations: number;
	converged: boolean;
	inertia: number;
	mse: number;
	/** null when the palette reproduces the image exactly (infinite PSNR). */
	psnr: number | null;
	meanDeltaE: number;
	/** Hue-sorted; oklch is lightness 0..1, chroma, hue in degrees (0 for greys). */
	palette: {
		hex: string;
		rgb: number[];
		oklch: [number, number, number];
		proportion: number;
		count: number;
	}[];
	timings: { decode: number; distinct: number; cluster: number; total: number };
}

/** Text formats print as text; .ase and the PNG card are binary and go out as bytes. */
export function formatPalette(
	format: Format,
	report: Report,
	palette: PaletteEntry[],
	name: string
): string | Uint8Array {
	switch (format) {
		case 'json':
			return stringifyCompact(report);
		case 'hex':
			return toHexList(palette);
		case 'css':
			return toCss(palette);
		case 'gpl':
			return toGpl(palette, name);
		case 'ase':
			return toAse(palette);
		case 'svg':
			return toSvgCard(palette, cardTitle(report, name));
		case 'png-card':
			return toPngCard(palette);
	}
}

/** The card's title line, worded as the Lab words it: file, method, k. */
function cardTitle({ method, space, k }: Report, name: string): string {
	const column: LabMethod =
		method === 'kmeans' ? (space === 'oklab' ? 'kmeans-oklab' : 'kmeans-rgb') : method;
	return `${name}, ${methodTitles[column]}, k = ${k}`;
}
