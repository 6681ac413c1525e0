// PNG sizes: the same picture as a truecolour PNG and as an indexed PNG with a small palette.
import { encode } from 'fast-png';
import { EngineError } from './errors';
import { DEFAULT_ALPHA_THRESHOLD, type RgbaImage } from './pixels';
import type { Quantized } from './quantize';

export interface PngSizes {
	/** Bytes of the original as a truecolour PNG (RGB, or RGBA when it has transparency). */
	truecolour: number;
	/** Bytes of the quantized image as an indexed PNG. */
	indexed: number;
	bitsPerPixelTruecolour: number;
	bitsPerPixelIndexed: number;
}

export function pngSizes(
	original: RgbaImage,
	q: Quantized,
	paletteRgb: ArrayLike<number>
): PngSizes {
	const pixelCount = original.width * original.height;
	const truecolour = encodeTruecolourPng(original).length;
	const indexed = encodeIndexedPng(q, paletteRgb).length;
	return {
		truecolour,
		indexed,
		bitsPerPixelTruecolour: (truecolour * 8) / pixelCount,
		bitsPerPixelIndexed: (indexed * 8) / pixelCount
	};
}

export function encodeTruecolourPng(image: RgbaImage): Uint8Array {
	const pixelCount = image.width * image.height;
	let opaque = true;
	for (let p = 0; p < pixelCount && opaque; p++) opaque = image.data[4 * p + 3] === 255;
	if (!opaque)
		return encode({
			width: image.width,
			height: image.height,
			data: Uint8Array.from(image.data),
			channels: 4,
			depth: 8
		});
	const rgb = new Uint8Array(pixelCount * 3);
	for (let p = 0; p < pixelCount; p++) rgb.set(image.data.subarray(4 * p, 4 * p + 3), 3 * p);
	return encode({ width: image.width, height: image.height, data: rgb, channels: 3, depth: 8 });
}

/**
 * An indexed PNG at the smallest bit depth (1, 2, 4 or 8) the palette allows. When some pixels are
 * transparent, a fully transparent entry goes first, because PNG's alpha table starts at index 0.
 */
export function encodeIndexedPng(q: Quantized, paletteRgb: ArrayLike<number>): Uint8Array {
	const { width, height } = q.image;
	const { indices, count } = q;
	let transparent = false;
	for (let p = 0; p < indices.length && !transparent; p++)
		transparent = indices[p] === count || q.image.data[4 * p + 3] < DEFAULT_ALPHA_THRESHOLD;
	const shift = transparent ? 1 : 0;
	const entries = count + shift;
	if (entries > 256)
		throw new EngineError(
			`an indexed PNG holds at most 256 colours (this palette needs ${entries})`
		);
	const depth = entries <= 2 ? 1 : entries <= 4 ? 2 : entries <= 16 ? 4 : 8;
	const palette: number[][] = transparent ? [[0, 0, 0, 0]] : [];
	for (let j = 0; j < count; j++) {
		const rgb = [0, 1, 2].map((c) => Math.min(255, Math.max(0, Math.round(paletteRgb[3 * j + c]))));
		palette.push(transparent ? [...rgb, 255] : rgb);
	}
	if (palette.length === 0) palette.push([0, 0, 0]);
	const rowBytes = Math.ceil((width * depth) / 8);
	const packed = new Uint8Array(rowBytes * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const index = indices[y * width + x];
			const entry = index === count ? 0 : index + shift;
			const bit = x * depth;
			packed[y * rowBytes + (bit >> 3)] |= entry << (8 - depth - (bit & 7));
		}
	}
	return encode({ width, height, data: packed, channels: 1, depth, palette });
}
