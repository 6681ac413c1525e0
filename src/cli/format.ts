// The command line's outputs: its JSON report, or one of the shared palette file formats.
import type { PaletteEntry } from '../lib/engine';
import { stringifyCompact, toAse, toCss, toGpl, toHexList } from '../lib/export';
import type { Format } from './args';

export interface Report {
	width: number;
	height: number;
	pixels: number;
	transparent: number;
	distinctColors: number;
	k: number;
	requestedK: number;
	note: string | null;
	method: string;
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
	palette: { hex: string; rgb: number[]; proportion: number; count: number }[];
	timings: { decode: number; distinct: number; cluster: number; total: number };
}

/** Text formats print as text; .ase is binary and goes out as bytes. */
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
	}
}
