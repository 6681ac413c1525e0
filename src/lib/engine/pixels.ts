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
export function pixelSetFromRgba(image: RgbaImage, options: { alphaThreshold?: number } = {}): PixelSet {
	const { width, height, data } = image;
	const threshold = options.alphaThreshold ?? DEFAULT_ALPHA_THRESHOLD;
	const pixelCount = width * height;
	if (data.length < pixelCount * 4) throw new EngineError(`image data too short for ${width}×${height} RGBA`);
	const pixelIndex = new Int32Array(pixelCount);
	let capacity = 1 << 12;
	let shift = 32 - 12;
	let keys: Int32Array = new Int32Array(capacity).fill(-1);
	let slots: Int32Array = new Int32Array(capacity);
	let colors = new Uint8Array(3 * 1024);
	let counts = new Uint32Array(1024);
	let size = 0;
	let transparent = 0;
	let previousKey = -1;
	let previousIndex = -1;
	for (let p = 0, o = 0; p < pixelCount; p++, o += 4) {
		if (data[o + 3] < threshold) {
			pixelIndex[p] = -1;
			transparent++;
			continue;
		}
		const key = (data[o] << 16) | (data[o + 1] << 8) | data[o + 2];
		if (key !== previousKey) {
			// Neighbouring pixels often share a colour; only a change of colour needs the table.
			let slot = Math.imul(key, 0x9e3779b1) >>> shift;
			while (keys[slot] !== key && keys[slot] !== -1) slot = (slot + 1) & (capacity - 1);
			if (keys[slot] === -1) {
				if (size === counts.length) [colors, counts] = [grow(colors, colors.length * 2), grow(counts, counts.length * 2)];
				keys[slot] = key;
				slots[slot] = size;
				colors[3 * size] = data[o];
				colors[3 * size + 1] = data[o + 1];
				colors[3 * size + 2] = data[o + 2];
				previousIndex = size++;
				if (size * 2 > capacity) {
					capacity *= 2;
					shift--;
					[keys, slots] = rehash(keys, slots, capacity, shift);
				}
			} else {
				previousIndex = slots[slot];
			}
			previousKey = key;
		}
		pixelIndex[p] = previousIndex;
		counts[previousIndex]++;
	}
	if (size === 0) {
		throw new EngineError(
			pixelCount === 0 ? 'the image has no pixels' : `every pixel is transparent (alpha below ${threshold}): nothing to analyse`
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

function rehash(keys: Int32Array, slots: Int32Array, capacity: number, shift: number): [Int32Array, Int32Array] {
	const newKeys = new Int32Array(capacity).fill(-1);
	const newSlots = new Int32Array(capacity);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		if (key === -1) continue;
		let slot = Math.imul(key, 0x9e3779b1) >>> shift;
		while (newKeys[slot] !== -1) slot = (slot + 1) & (capacity - 1);
		newKeys[slot] = key;
		newSlots[slot] = slots[i];
	}
	return [newKeys, newSlots];
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
	for (let p = 0, i = 0; p < width * height; p++) if (data[p * 4 + 3] >= DEFAULT_ALPHA_THRESHOLD) positions[i++] = p;
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
