// Checks a decoded still before it replaces the current one: too small, nothing opaque, transparency and single colours said aloud.
import { DEFAULT_ALPHA_THRESHOLD, type RgbaImage } from '$lib/engine';

/** Fewer pixels than this cannot show a palette (a 1×1 image has one colour and nothing to cluster). */
export const MIN_SIDE = 8;

export interface Inspection {
	problem: string | null;
	notes: string[];
}

const count = (n: number) => n.toLocaleString('en-GB');

/** k is the notebook's current k: a still with fewer distinct colours than k is kept, with a note saying so. */
export function inspectStill(image: RgbaImage, k: number): Inspection {
	const { width, height, data } = image;
	if (width < MIN_SIDE || height < MIN_SIDE) {
		const pixels = width * height;
		return {
			problem: `it is only ${width} × ${height} (${pixels} pixel${pixels === 1 ? '' : 's'}): too small to find a palette in; open one at least ${MIN_SIDE} × ${MIN_SIDE}.`,
			notes: []
		};
	}
	let transparent = 0;
	const colours = new Set<number>();
	for (let o = 0; o < data.length; o += 4) {
		if (data[o + 3] < DEFAULT_ALPHA_THRESHOLD) transparent++;
		else if (colours.size <= k) colours.add((data[o] << 16) | (data[o + 1] << 8) | data[o + 2]);
	}
	const total = width * height;
	if (transparent === total) {
		return {
			problem: 'every pixel is transparent, so there is no colour to find a palette in.',
			notes: []
		};
	}
	const notes: string[] = [];
	if (transparent > 0) {
		const share = Math.round((100 * transparent) / total);
		notes.push(
			`${count(transparent)} of ${count(total)} pixels (${share}%) are transparent: they are left out of k-means and of every count`
		);
	}
	if (colours.size < k) {
		const n = colours.size;
		notes.push(
			`it holds only ${n} colour${n === 1 ? '' : 's'}, fewer than k = ${k}: k-means can find at most ${n} cluster${n === 1 ? '' : 's'}`
		);
	}
	return { problem: null, notes };
}
