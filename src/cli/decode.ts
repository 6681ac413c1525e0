// Decode: PNG and JPEG files to 8-bit RGBA in Node (reused by the command line and the benchmark).
import { readFileSync } from 'node:fs';
import { decode as decodePng, type DecodedPng } from 'fast-png';
import jpeg from 'jpeg-js';
import { EngineError, type RgbaImage } from '../lib/engine';

/** A problem with the input file, reported to the user in one line. */
export class DecodeError extends EngineError {}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

export type ImageKind = 'png' | 'jpeg';

export function detectImageKind(bytes: Uint8Array): ImageKind | null {
	const startsWith = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
	if (startsWith(PNG_MAGIC)) return 'png';
	if (startsWith(JPEG_MAGIC)) return 'jpeg';
	return null;
}

/** Reads and decodes an image file; every failure becomes a DecodeError with a readable message. */
export function decodeImageFile(path: string): RgbaImage {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new DecodeError(`file not found: ${path}`);
		if (code === 'EISDIR') throw new DecodeError(`not a file but a directory: ${path}`);
		throw new DecodeError(`cannot read ${path} (${code ?? 'unknown error'})`);
	}
	return decodeImageBytes(bytes, path);
}

export function decodeImageBytes(bytes: Uint8Array, name = 'input'): RgbaImage {
	const kind = detectImageKind(bytes);
	if (kind === null) throw new DecodeError(`${name} is not a PNG or JPEG image`);
	try {
		const image = kind === 'png' ? pngToRgba(decodePng(bytes)) : jpegToRgba(bytes);
		if (image.width < 1 || image.height < 1) throw new Error('empty image');
		return image;
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DecodeError(`${name} is a corrupt or unsupported ${kind.toUpperCase()} (${reason})`);
	}
}

function jpegToRgba(bytes: Uint8Array): RgbaImage {
	// jpeg-js caps memory by default; a 7-megapixel poster needs more than its default 512 MB guard allows for.
	const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 2048 });
	return { width: decoded.width, height: decoded.height, data: decoded.data };
}

/** Expands every PNG colour type and bit depth fast-png returns into 8-bit RGBA. */
function pngToRgba(png: DecodedPng): RgbaImage {
	const { width, height, channels, depth } = png;
	const out = new Uint8Array(width * height * 4);
	const samples = depth < 8 ? unpackLowDepth(png) : png.data;
	const isPalette = png.palette !== undefined && channels === 1;
	// 16-bit samples are rounded to 8 bits; low-depth grey is stretched to the full 0..255 range.
	const toByte =
		depth === 16 ? (v: number) => Math.round(v / 257) : depth < 8 && !isPalette ? (v: number) => Math.round((v * 255) / ((1 << depth) - 1)) : (v: number) => v;
	const key = png.transparency && !isPalette && png.transparency.length === (channels >= 3 ? 3 : 1) ? png.transparency : null;
	for (let p = 0, s = 0; p < width * height; p++, s += channels) {
		let r: number, g: number, b: number, a = 255;
		if (isPalette) {
			const entry = png.palette![samples[s]];
			if (entry === undefined) throw new Error(`palette index ${samples[s]} out of range`);
			[r, g, b] = entry;
			a = entry[3] ?? 255;
		} else if (channels <= 2) {
			r = g = b = toByte(samples[s]);
			if (channels === 2) a = toByte(samples[s + 1]);
			else if (key && samples[s] === key[0]) a = 0;
		} else {
			r = toByte(samples[s]);
			g = toByte(samples[s + 1]);
			b = toByte(samples[s + 2]);
			if (channels === 4) a = toByte(samples[s + 3]);
			else if (key && samples[s] === key[0] && samples[s + 1] === key[1] && samples[s + 2] === key[2]) a = 0;
		}
		out[p * 4] = r;
		out[p * 4 + 1] = g;
		out[p * 4 + 2] = b;
		out[p * 4 + 3] = a;
	}
	return { width, height, data: out };
}

/** Bit depths 1, 2 and 4 pack several samples per byte, each row starting on a fresh byte. */
function unpackLowDepth(png: DecodedPng): Uint8Array {
	const { width, height, depth, data } = png;
	const rowBytes = Math.ceil((width * depth) / 8);
	const mask = (1 << depth) - 1;
	const out = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const bit = x * depth;
			const byte = data[y * rowBytes + (bit >> 3)];
			out[y * width + x] = (byte >> (8 - depth - (bit & 7))) & mask;
		}
	}
	return out;
}
