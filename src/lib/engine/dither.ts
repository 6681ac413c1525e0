// Floyd–Steinberg dithering onto a fixed palette: each pixel's rounding error is pushed to the neighbours not yet painted.
import { DEFAULT_ALPHA_THRESHOLD, type RgbaImage } from './pixels';
import type { Quantized } from './quantize';

/**
 * Scans rows left to right, top to bottom. A pixel (plus the error it has been handed) takes its
 * nearest palette colour in RGB (lowest index on ties); what is left over goes 7/16 right, 3/16
 * below-left, 5/16 below and 1/16 below-right. Transparent pixels get index `count`, stay
 * transparent and neither take nor pass on error.
 */
export function ditherFloydSteinberg(image: RgbaImage, paletteRgb: ArrayLike<number>): Quantized {
	const { width, height, data: src } = image;
	const count = Math.floor(paletteRgb.length / 3);
	const pixelCount = width * height;
	const indices = count + 1 <= 256 ? new Uint8Array(pixelCount) : new Uint16Array(pixelCount);
	const data = new Uint8ClampedArray(pixelCount * 4);
	const palette = Float64Array.from({ length: count * 3 }, (_, i) =>
		Math.min(255, Math.max(0, Math.round(paletteRgb[i])))
	);
	// Error carried into the current row and the next one, 3 channels per pixel.
	let here = new Float64Array(width * 3);
	let next = new Float64Array(width * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const p = y * width + x;
			if (src[4 * p + 3] < DEFAULT_ALPHA_THRESHOLD || count === 0) {
				indices[p] = count;
				continue;
			}
			const r = src[4 * p] + here[3 * x],
				g = src[4 * p + 1] + here[3 * x + 1],
				b = src[4 * p + 2] + here[3 * x + 2];
			let best = Infinity,
				chosen = 0;
			for (let j = 0; j < count; j++) {
				const dr = r - palette[3 * j],
					dg = g - palette[3 * j + 1],
					db = b - palette[3 * j + 2];
				const d = dr * dr + dg * dg + db * db;
				if (d < best) {
					best = d;
					chosen = j;
				}
			}
			indices[p] = chosen;
			const er = r - palette[3 * chosen],
				eg = g - palette[3 * chosen + 1],
				eb = b - palette[3 * chosen + 2];
			data[4 * p] = palette[3 * chosen];
			data[4 * p + 1] = palette[3 * chosen + 1];
			data[4 * p + 2] = palette[3 * chosen + 2];
			data[4 * p + 3] = 255;
			spread(here, x + 1, width, er, eg, eb, 7 / 16);
			spread(next, x - 1, width, er, eg, eb, 3 / 16);
			spread(next, x, width, er, eg, eb, 5 / 16);
			spread(next, x + 1, width, er, eg, eb, 1 / 16);
		}
		[here, next] = [next, here];
		next.fill(0);
	}
	return { indices, image: { width, height, data }, count };
}

function spread(
	row: Float64Array,
	x: number,
	width: number,
	er: number,
	eg: number,
	eb: number,
	weight: number
): void {
	if (x < 0 || x >= width) return;
	row[3 * x] += er * weight;
	row[3 * x + 1] += eg * weight;
	row[3 * x + 2] += eb * weight;
}
