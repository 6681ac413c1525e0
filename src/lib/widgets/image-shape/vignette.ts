// A small RGBA teaching image: the still with a soft transparent vignette, so the fourth (alpha) channel has something to say.

const smoothstep = (edge0: number, edge1: number, x: number) => {
	const t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
	return t * t * (3 - 2 * t);
};

/** The still's RGB with alpha 255 in the middle fading to 0 towards the corners. */
export function withVignette(
	rgba: ArrayLike<number>,
	width: number,
	height: number
): Uint8ClampedArray {
	const out = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		const v = ((y + 0.5) / height) * 2 - 1;
		for (let x = 0; x < width; x++) {
			const u = ((x + 0.5) / width) * 2 - 1;
			const o = (y * width + x) * 4;
			out[o] = rgba[o];
			out[o + 1] = rgba[o + 1];
			out[o + 2] = rgba[o + 2];
			out[o + 3] = Math.round(255 * (1 - smoothstep(0.55, 1.3, Math.hypot(u, v))));
		}
	}
	return out;
}

/** The same pixels with every alpha forced to 255: what a three-channel image shows. */
export function opaque(rgba: ArrayLike<number>, width: number, height: number): Uint8ClampedArray {
	const out = Uint8ClampedArray.from(rgba as ArrayLike<number>);
	for (let p = 0; p < width * height; p++) out[p * 4 + 3] = 255;
	return out;
}
