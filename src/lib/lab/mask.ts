// A brushed mask: a coarse grid over the still, what the brushed cells mean, and the weight each colour gets from it.
import type { PixelSet } from '$lib/engine';

export type MaskMode = 'leave-out' | 'alone';

export interface LabMask {
	cols: number;
	rows: number;
	/** One bit per cell, row by row, as hex (4 cells a digit): compact enough for a recipe file. */
	cells: string;
	/** 'leave-out': brushed pixels weigh 0; 'alone': brushed pixels weigh 1. */
	mode: MaskMode;
	/** The weight of every pixel outside the brush, 0..1. */
	outside: number;
}

export const MASK_COLS = 48;

export function emptyMask(width: number, height: number, mode: MaskMode = 'leave-out'): LabMask {
	const rows = Math.max(1, Math.round((MASK_COLS * height) / width));
	return {
		cols: MASK_COLS,
		rows,
		cells: '0'.repeat(Math.ceil((MASK_COLS * rows) / 4)),
		mode,
		outside: mode === 'alone' ? 0 : 1
	};
}

export function cellBits(mask: LabMask): Uint8Array {
	const bits = new Uint8Array(mask.cols * mask.rows);
	for (let i = 0; i < bits.length; i++)
		bits[i] = (parseInt(mask.cells[i >> 2] ?? '0', 16) >> (3 - (i & 3))) & 1;
	return bits;
}

export function withBits(mask: LabMask, bits: Uint8Array): LabMask {
	let cells = '';
	for (let i = 0; i < bits.length; i += 4)
		cells += (
			(bits[i] << 3) |
			((bits[i + 1] ?? 0) << 2) |
			((bits[i + 2] ?? 0) << 1) |
			(bits[i + 3] ?? 0)
		).toString(16);
	return { ...mask, cells };
}

export const isBrushed = (mask: LabMask) => /[^0]/.test(mask.cells);

/** Per distinct colour of `pixels` (an image of any size: cells scale to it), the sum of its pixels' weights. */
export function maskWeights(pixels: PixelSet, mask: LabMask): Float64Array {
	const bits = cellBits(mask);
	const inside = mask.mode === 'leave-out' ? 0 : 1;
	const weights = new Float64Array(pixels.size);
	const { width, height, pixelIndex } = pixels;
	for (let y = 0; y < height; y++) {
		const row = Math.min(mask.rows - 1, Math.floor((y * mask.rows) / height));
		for (let x = 0; x < width; x++) {
			const colour = pixelIndex[y * width + x];
			if (colour < 0) continue;
			const cell = row * mask.cols + Math.min(mask.cols - 1, Math.floor((x * mask.cols) / width));
			weights[colour] += bits[cell] ? inside : mask.outside;
		}
	}
	return weights;
}
