// Two pairs of colours the same RGB distance apart: a yellow made a little bluer, and black made a little red.
import { deltaEOk, rgbToHex, type Rgb } from '$lib/engine';

export interface Pair {
	name: string;
	from: Rgb;
	to: Rgb;
	rgbDistance: number;
	deltaE: number;
}

const pair = (name: string, from: Rgb, to: Rgb): Pair => ({
	name,
	from,
	to,
	rgbDistance: Math.hypot(to[0] - from[0], to[1] - from[1], to[2] - from[2]),
	deltaE: deltaEOk(from, to)
});

/** Both pairs move one channel by `step` (1–55), so their RGB distance is exactly `step`. */
export function pairsAt(step: number): Pair[] {
	return [
		pair('Yellow, a little blue added', [200, 200, 40], [200, 200, 40 + step]),
		pair('Black, a little red added', [0, 0, 0], [step, 0, 0])
	];
}

export const hexOf = (rgb: Rgb) => rgbToHex(...rgb);
