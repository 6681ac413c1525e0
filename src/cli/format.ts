// Output formats: the palette as hex lines, CSS custom properties, a GIMP palette, or one JSON object.
import type { PaletteEntry } from '../lib/engine';
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

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

export function formatPalette(format: Format, report: Report, palette: PaletteEntry[], name: string): string {
	switch (format) {
		case 'json':
			// Indented for reading, with each [r, g, b] kept on one line.
			return JSON.stringify(report, null, 2).replace(/\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2, $3]') + '\n';
		case 'hex':
			return palette.map((e) => e.hex).join('\n') + '\n';
		case 'css':
			return `:root {\n${palette.map((e, i) => `\t--palette-${i + 1}: ${e.hex}; /* ${percent(e.proportion)} */`).join('\n')}\n}\n`;
		case 'gpl':
			return [
				'GIMP Palette',
				`Name: ${name}`,
				`Columns: ${Math.min(palette.length, 16)}`,
				'#',
				...palette.map((e) => `${e.rgb.map((v) => String(v).padStart(3)).join(' ')}\t${e.hex} ${percent(e.proportion)}`)
			].join('\n') + '\n';
	}
}
