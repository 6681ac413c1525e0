// Pixels: RGBA bytes to a set of distinct colours with counts, seeded sampling and area-average downscaling.
import { EngineError } from './errors';
import { createRandom } from './random';

export { EngineError } from './errors';

export interface RgbaImage {
	width: number;
	height: number;
	/** RGBA, 4 bytes per pixel. */
	data: Uint8Array | Uint8ClampedArray;
}

export interface PixelSet {
	/** Distinct colours, r,g,b per colour (length 3*size), in order of first appearance. */
	colors: Uint8Array;
	/** How many pixels have each distinct colour. */
	counts: Uint32Array;
	size: number;
	/** Opaque pixels (sum of counts). */
	total: number;
	/** Pixels left out because their alpha is below the threshold. */
	transparent: number;
	width: number;
	height: number;
	/** Per image pixel (y*width+x): index into colors, or -1 if transparent. */
	pixelIndex: Int32Array;
}

export const DEFAULT_ALPHA_THRESHOLD = 128;

/**
 * Collects the distinct colours with an open-addressing hash table that grows with the number of
 * colours found, not with the image: a few megabytes stay in cache, where a 2^24 table would not.
 */
export function pixelSetFromRgba(
	image: RgbaImage,
	options: { alphaThreshold?: number } = {}
): PixelSet {
	const { width, height, data } = image;
	const threshold = options.alphaThreshold ?? DEFAULT_ALPHA_THRESHOLD;
	const pixelCount = width * height;
	if (data.length < pixelCount * 4)
		throw new EngineError(`image data too short for ${width}×${height} RGBA`);
	const pixelIndex = new Int32Array(pixelCount);
	// Sized for one distinct colour in four pixels (up to a million slots), so photographs rarely rehash.
	let bits = 12;
	while (bits < 20 && 1 << bits < pixelCount / 2) bits++;
	let capacity = 1 << bits;
	let shift = 32 - bits;
	// Key + 1 (0 marks an empty slot, as a fresh table is) and colour index side by side: one cache line per lookup.
	let table: Int32Array = new Int32Array(2 * capacity);
	// Room for as many colours as the table holds before it grows.
	let colors = new Uint8Array(3 * (capacity >> 1));
	let counts = new Uint32Array(capacity >> 1);
	let size = 0;
	let transparent = 0;
	let previousKey = -1;
	let previousIndex = -1;
	const words = rgbaWords(data, pixelCount);
	for (let p = 0; p < pixelCount; p++) {
		const word = words[p];
		if (word >>> 24 < threshold) {
			pixelIndex[p] = -1;
			transparent++;
			continue;
		}
		// Red in the low byte, blue in the high one: the key only needs to tell colours apart.
		const key = word & 0xffffff;
		if (key !== previousKey) {
			// Neighbouring pixels often share a colour; only a change of colour needs the table.
			let slot = Math.imul(key, 0x9e3779b1) >>> shift;
			while (table[2 * slot] !== key + 1 && table[2 * slot] !== 0)
				slot = (slot + 1) & (capacity - 1);
			if (table[2 * slot] === 0) {
				if (size === counts.length)
					[colors, counts] = [grow(colors, colors.length * 2), grow(counts, counts.length * 2)];
				table[2 * slot] = key + 1;
				table[2 * slot + 1] = size;
				colors[3 * size] = key & 255;
				colors[3 * size + 1] = (key >>> 8) & 255;
				colors[3 * size + 2] = key >>> 16;
				previousIndex = size++;
				if (size * 2 > capacity) {
					capacity *= 2;
					shift--;
					table = rehash(table, capacity, shift);
				}
			} else {
				previousIndex = table[2 * slot + 1];
			}
			previousKey = key;
		}
		pixelIndex[p] = previousIndex;
		counts[previousIndex]++;
	}
	if (size === 0) {
		throw new EngineError(
			pixelCount === 0
				? 'the image has no pixels'
				: `every pixel is transparent (alpha below ${threshold}): nothing to analyse`
		);
	}
	return {
		colors: colors.slice(0, 3 * size),
		counts: counts.slice(0, size),
		size,
		total: pixelCount - transparent,
		transparent,
		width,
		height,
		pixelIndex
	};
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Each pixel as one 32-bit word, red in the low byte and alpha in the high one (one read per pixel, not four). */
function rgbaWords(data: Uint8Array | Uint8ClampedArray, pixelCount: number): Uint32Array {
	if (LITTLE_ENDIAN && data.byteOffset % 4 === 0)
		return new Uint32Array(data.buffer, data.byteOffset, pixelCount);
	const words = new Uint32Array(pixelCount);
	for (let p = 0; p < pixelCount; p++) {
		words[p] =
			(data[4 * p] | (data[4 * p + 1] << 8) | (data[4 * p + 2] << 16) | (data[4 * p + 3] << 24)) >>>
			0;
	}
	return words;
}

function rehash(table: Int32Array, capacity: number, shift: number): Int32Array {
	const bigger = new Int32Array(2 * capacity);
	for (let i = 0; i < table.length; i += 2) {
		const stored = table[i];
		if (stored === 0) continue;
		let slot = Math.imul(stored - 1, 0x9e3779b1) >>> shift;
		while (bigger[2 * slot] !== 0) slot = (slot + 1) & (capacity - 1);
		bigger[2 * slot] = stored;
		bigger[2 * slot + 1] = table[i + 1];
	}
	return bigger;
}

function grow<T extends Uint8Array | Uint32Array>(array: T, length: number): T {
	const bigger = new (array.constructor as new (n: number) => T)(length);
	bigger.set(array);
	return bigger;
}

/** A seeded sample of opaque pixel positions (y*width+x), without repeats, in increasing order. */
export function samplePixels(image: RgbaImage, count: number, seed: number): Uint32Array {
	const { width, height, data } = image;
	let opaque = 0;
	for (let p = 0; p < width * height; p++) if (data[p * 4 + 3] >= DEFAULT_ALPHA_THRESHOLD) opaque++;
	const positions = new Uint32Array(opaque);
	for (let p = 0, i = 0; p < width * height; p++)
		if (data[p * 4 + 3] >= DEFAULT_ALPHA_THRESHOLD) positions[i++] = p;
	const wanted = Math.max(0, Math.floor(count));
	if (wanted >= opaque) return positions;
	// A partial Fisher–Yates shuffle: the first `wanted` slots end up a uniform sample.
	const random = createRandom(seed);
	for (let i = 0; i < wanted; i++) {
		const j = i + Math.floor(random() * (opaque - i));
		const swap = positions[i];
		positions[i] = positions[j];
		positions[j] = swap;
	}
	return positions.slice(0, wanted).sort();
}

export { downscale } from './downscale';
