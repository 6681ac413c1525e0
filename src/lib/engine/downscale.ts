// Downscale: area-average resampling, so every source pixel counts in proportion to the area it covers.
import { EngineError } from './errors';
import type { RgbaImage } from './pixels';

/** Shrinks the image so its longer side is at most maxSide; returns the same image if it already fits. */
export function downscale(image: RgbaImage, maxSide: number): RgbaImage {
	const { width, height } = image;
	if (!(maxSide >= 1))
		throw new EngineError(`the largest side must be at least 1 pixel (got ${maxSide})`);
	const longest = Math.max(width, height);
	if (longest <= maxSide) return image;
	const scale = Math.floor(maxSide) / longest;
	const newWidth = Math.max(1, Math.round(width * scale));
	const newHeight = Math.max(1, Math.round(height * scale));
	// Colours are averaged premultiplied by alpha, so transparent pixels do not bleed their hidden colour.
	const rows = resampleAxis(premultiplied(image), width, height, newWidth, 1, width);
	const both = resampleAxis(rows, height, newWidth, newHeight, newWidth, 1);
	const data = new Uint8ClampedArray(newWidth * newHeight * 4);
	for (let p = 0; p < newWidth * newHeight; p++) {
		const alpha = both[p * 4 + 3];
		const unpremultiply = alpha > 0 ? 255 / alpha : 0;
		data[p * 4] = both[p * 4] * unpremultiply;
		data[p * 4 + 1] = both[p * 4 + 1] * unpremultiply;
		data[p * 4 + 2] = both[p * 4 + 2] * unpremultiply;
		data[p * 4 + 3] = alpha;
	}
	return { width: newWidth, height: newHeight, data };
}

function premultiplied(image: RgbaImage): Float64Array {
	const { data } = image;
	const out = new Float64Array(image.width * image.height * 4);
	for (let o = 0; o < out.length; o += 4) {
		const alpha = data[o + 3] / 255;
		out[o] = data[o] * alpha;
		out[o + 1] = data[o + 1] * alpha;
		out[o + 2] = data[o + 2] * alpha;
		out[o + 3] = data[o + 3];
	}
	return out;
}

/**
 * Averages along one axis: `length` samples become `newLength`, each output the area-weighted mean
 * of the inputs its box overlaps. `lines` runs across the other axis; strides are in pixels.
 */
function resampleAxis(
	source: Float64Array,
	length: number,
	lines: number,
	newLength: number,
	sampleStride: number,
	lineStride: number
): Float64Array {
	const outSampleStride = sampleStride === 1 ? 1 : lines;
	const outLineStride = sampleStride === 1 ? newLength : 1;
	const out = new Float64Array(newLength * lines * 4);
	const boxSize = length / newLength;
	for (let i = 0; i < newLength; i++) {
		const start = i * boxSize;
		const end = start + boxSize;
		for (let s = Math.floor(start); s < end && s < length; s++) {
			const weight = (Math.min(end, s + 1) - Math.max(start, s)) / boxSize;
			if (weight <= 0) continue;
			for (let line = 0; line < lines; line++) {
				const from = (s * sampleStride + line * lineStride) * 4;
				const to = (i * outSampleStride + line * outLineStride) * 4;
				out[to] += source[from] * weight;
				out[to + 1] += source[from + 1] * weight;
				out[to + 2] += source[from + 2] * weight;
				out[to + 3] += source[from + 3] * weight;
			}
		}
	}
	return out;
}
