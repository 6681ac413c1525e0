// Quantize: repaint an image with a palette (an indexed image) and measure what was lost.
import { LINEAR_OF_BYTE, writeOklab } from './colour';
import { DEFAULT_ALPHA_THRESHOLD, type PixelSet, type RgbaImage, pixelSetFromRgba } from './pixels';

export interface Quantized {
	/** Per pixel: its palette index; transparent pixels get index `count` (one past the palette). */
	indices: Uint8Array | Uint16Array;
	/** The repainted image: palette colours, opaque; transparent pixels stay transparent. */
	image: RgbaImage;
	/** How many palette colours were used. */
	count: number;
}

export interface QualityMetrics {
	/** Mean squared error per channel, over the original's opaque pixels. */
	mse: number;
	/** Peak signal-to-noise ratio in dB (Infinity when identical). */
	psnr: number;
	/** Mean OKLab distance. */
	meanDeltaE: number;
}

const toByte = (v: number) => Math.min(255, Math.max(0, Math.round(v)));

/** Each pixel to its nearest palette colour (Euclidean RGB, lowest index on ties); count defaults to the whole palette. */
export function quantize(
	image: RgbaImage,
	paletteRgb: ArrayLike<number>,
	count = Math.floor(paletteRgb.length / 3)
): Quantized {
	const pixelCount = image.width * image.height;
	let anyOpaque = false;
	for (let p = 0; p < pixelCount && !anyOpaque; p++)
		anyOpaque = image.data[4 * p + 3] >= DEFAULT_ALPHA_THRESHOLD;
	if (!anyOpaque || count < 1) {
		const indices = count + 1 <= 256 ? new Uint8Array(pixelCount) : new Uint16Array(pixelCount);
		indices.fill(count);
		return {
			indices,
			image: {
				width: image.width,
				height: image.height,
				data: new Uint8ClampedArray(pixelCount * 4)
			},
			count
		};
	}
	return quantizePixelSet(pixelSetFromRgba(image), paletteRgb, count);
}

/** The same, for a pixel set already made (the nearest colour is found once per distinct colour, not per pixel). */
export function quantizePixelSet(
	pixels: PixelSet,
	paletteRgb: ArrayLike<number>,
	count = Math.floor(paletteRgb.length / 3)
): Quantized {
	const pixelCount = pixels.width * pixels.height;
	const indices = count + 1 <= 256 ? new Uint8Array(pixelCount) : new Uint16Array(pixelCount);
	const nearest = nearestPaletteIndex(pixels, paletteRgb, count);
	for (let p = 0; p < pixelCount; p++) {
		const distinct = pixels.pixelIndex[p];
		indices[p] = distinct < 0 ? count : nearest[distinct];
	}
	return { indices, image: quantizeFromLabels(pixels, nearest, paletteRgb), count };
}

function nearestPaletteIndex(
	pixels: PixelSet,
	paletteRgb: ArrayLike<number>,
	count: number
): Uint16Array {
	const { colors, size } = pixels;
	const nearest = new Uint16Array(size);
	for (let i = 0; i < size; i++) {
		const r = colors[3 * i],
			g = colors[3 * i + 1],
			b = colors[3 * i + 2];
		let best = Infinity;
		for (let j = 0; j < count; j++) {
			const dr = r - paletteRgb[3 * j],
				dg = g - paletteRgb[3 * j + 1],
				db = b - paletteRgb[3 * j + 2];
			const d = dr * dr + dg * dg + db * db;
			if (d < best) {
				best = d;
				nearest[i] = j;
			}
		}
	}
	return nearest;
}

/** Fast repaint for a UI: each pixel takes its distinct colour's cluster colour; transparent pixels stay transparent. */
export function quantizeFromLabels(
	pixels: PixelSet,
	labels: ArrayLike<number>,
	paletteRgb: ArrayLike<number>
): RgbaImage {
	const { width, height, pixelIndex } = pixels;
	const paletteBytes = Uint8ClampedArray.from({ length: paletteRgb.length }, (_, i) =>
		toByte(paletteRgb[i])
	);
	const data = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < width * height; p++) {
		const distinct = pixelIndex[p];
		if (distinct < 0) continue;
		const c = 3 * labels[distinct];
		data[4 * p] = paletteBytes[c];
		data[4 * p + 1] = paletteBytes[c + 1];
		data[4 * p + 2] = paletteBytes[c + 2];
		data[4 * p + 3] = 255;
	}
	return { width, height, data };
}

/** Error of a repainted image against the original, over the original's opaque pixels. */
export function qualityMetrics(original: RgbaImage, result: RgbaImage): QualityMetrics {
	const a = original.data,
		b = result.data;
	const labA = new Float64Array(3),
		labB = new Float64Array(3);
	let squared = 0,
		deltaE = 0,
		pixels = 0;
	let lastA = -1,
		lastB = -1,
		lastDeltaE = 0;
	for (let o = 0; o < original.width * original.height * 4; o += 4) {
		if (a[o + 3] < DEFAULT_ALPHA_THRESHOLD) continue;
		const dr = a[o] - b[o],
			dg = a[o + 1] - b[o + 1],
			db = a[o + 2] - b[o + 2];
		squared += dr * dr + dg * dg + db * db;
		pixels++;
		const keyA = (a[o] << 16) | (a[o + 1] << 8) | a[o + 2],
			keyB = (b[o] << 16) | (b[o + 1] << 8) | b[o + 2];
		// Runs of identical pairs are common; OKLab is only recomputed when the pair changes.
		if (keyA !== lastA || keyB !== lastB) {
			writeOklab(LINEAR_OF_BYTE[a[o]], LINEAR_OF_BYTE[a[o + 1]], LINEAR_OF_BYTE[a[o + 2]], labA, 0);
			writeOklab(LINEAR_OF_BYTE[b[o]], LINEAR_OF_BYTE[b[o + 1]], LINEAR_OF_BYTE[b[o + 2]], labB, 0);
			lastDeltaE = Math.hypot(labA[0] - labB[0], labA[1] - labB[1], labA[2] - labB[2]);
			[lastA, lastB] = [keyA, keyB];
		}
		deltaE += lastDeltaE;
	}
	if (pixels === 0) return { mse: 0, psnr: Infinity, meanDeltaE: 0 };
	const mse = squared / (3 * pixels);
	return {
		mse,
		psnr: mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse),
		meanDeltaE: deltaE / pixels
	};
}

export { pngSizes, encodeIndexedPng, type PngSizes } from './png';
