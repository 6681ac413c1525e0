// A PNG swatch card drawn pixel by pixel (no canvas, so the command line writes the same file): bands, hex codes, shares.
import { encode } from 'fast-png';
import type { PaletteEntry } from '../engine';
import { inkOn } from './ink';

/** A 5×7 pixel font for what a card prints: rows top to bottom, 5 bits each, high bit on the left. */
const GLYPHS: Record<string, number[]> = {
	'0': [14, 17, 19, 21, 25, 17, 14],
	'1': [4, 12, 4, 4, 4, 4, 14],
	'2': [14, 17, 1, 2, 4, 8, 31],
	'3': [31, 2, 4, 2, 1, 17, 14],
	'4': [2, 6, 10, 18, 31, 2, 2],
	'5': [31, 16, 30, 1, 1, 17, 14],
	'6': [6, 8, 16, 30, 17, 17, 14],
	'7': [31, 1, 2, 4, 8, 8, 8],
	'8': [14, 17, 17, 14, 17, 17, 14],
	'9': [14, 17, 17, 15, 1, 2, 12],
	a: [0, 0, 14, 1, 15, 17, 15],
	b: [16, 16, 22, 25, 17, 17, 30],
	c: [0, 0, 14, 16, 16, 17, 14],
	d: [1, 1, 13, 19, 17, 17, 15],
	e: [0, 0, 14, 17, 31, 16, 14],
	f: [6, 9, 8, 28, 8, 8, 8],
	'#': [10, 10, 31, 10, 31, 10, 10],
	'%': [24, 25, 2, 4, 8, 19, 3],
	'.': [0, 0, 0, 0, 0, 12, 12]
};

export const CARD_CELL = { width: 120, height: 160 };
const SCALE = 2;

/** The card's pixels: one cell per colour, its hex code and share printed in black or white, whichever reads better. */
export function swatchCardPixels(palette: readonly PaletteEntry[]): {
	width: number;
	height: number;
	data: Uint8Array;
} {
	const width = Math.max(1, palette.length) * CARD_CELL.width,
		height = CARD_CELL.height;
	const data = new Uint8Array(width * height * 3).fill(255);
	palette.forEach((entry, i) => {
		const x0 = i * CARD_CELL.width;
		for (let y = 0; y < height; y++)
			for (let x = x0; x < x0 + CARD_CELL.width; x++) data.set(entry.rgb, 3 * (y * width + x));
		const ink = inkOn(entry.rgb) === '#000000' ? [0, 0, 0] : [255, 255, 255];
		write(data, width, entry.hex, x0 + 10, height - 46, ink);
		write(data, width, `${(entry.proportion * 100).toFixed(1)}%`, x0 + 10, height - 24, ink);
	});
	return { width, height, data };
}

function write(
	data: Uint8Array,
	width: number,
	text: string,
	left: number,
	top: number,
	ink: number[]
): void {
	[...text.toLowerCase()].forEach((char, c) => {
		const rows = GLYPHS[char];
		if (!rows) return;
		for (let row = 0; row < 7; row++) {
			for (let col = 0; col < 5; col++) {
				if (!((rows[row] >> (4 - col)) & 1)) continue;
				for (let dy = 0; dy < SCALE; dy++)
					for (let dx = 0; dx < SCALE; dx++) {
						data.set(
							ink,
							3 * ((top + row * SCALE + dy) * width + left + (c * 6 + col) * SCALE + dx)
						);
					}
			}
		}
	});
}

/** The card as PNG file bytes. */
export function toPngCard(palette: readonly PaletteEntry[]): Uint8Array {
	const { width, height, data } = swatchCardPixels(palette);
	return encode({ width, height, data, channels: 3, depth: 8 });
}
