// The block of pixels the sheet shows: where it may sit in a still, and the numbers inside it.
import type { RgbaImage } from '$lib/engine';

export interface SheetPixel {
	x: number;
	y: number;
	rgb: [number, number, number];
}

/** Keep a block of `span` pixels inside a still side of `size` pixels (a smaller still shows from 0). */
export function clampStart(start: number, span: number, size: number): number {
	return Math.max(0, Math.min(Math.round(start), size - span));
}

/** The pixels of the block, row by row, each with its place and its R, G, B bytes. */
export function readRegion(
	image: RgbaImage,
	left: number,
	top: number,
	columns: number,
	rows: number
): SheetPixel[][] {
	const grid: SheetPixel[][] = [];
	for (let y = top; y < Math.min(top + rows, image.height); y++) {
		const row: SheetPixel[] = [];
		for (let x = left; x < Math.min(left + columns, image.width); x++) {
			const i = (y * image.width + x) * 4;
			row.push({ x, y, rgb: [image.data[i], image.data[i + 1], image.data[i + 2]] });
		}
		grid.push(row);
	}
	return grid;
}
