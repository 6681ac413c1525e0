import { readFileSync } from 'node:fs';
import { encode } from 'fast-png';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes, decodeImageFile, DecodeError } from '../../../src/cli/decode';
import { still } from '../engine/reference';

const pixelsOf = (bytes: Uint8Array) => Array.from(decodeImageBytes(bytes).data);

describe('decoding images in Node', () => {
	it('reads 8-bit grey, grey + alpha, RGB and RGBA', () => {
		expect(pixelsOf(encode({ width: 2, height: 1, data: Uint8Array.of(0, 200), channels: 1, depth: 8 }))).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
		expect(pixelsOf(encode({ width: 1, height: 1, data: Uint8Array.of(90, 30), channels: 2, depth: 8 }))).toEqual([90, 90, 90, 30]);
		expect(pixelsOf(encode({ width: 1, height: 1, data: Uint8Array.of(1, 2, 3), channels: 3, depth: 8 }))).toEqual([1, 2, 3, 255]);
		expect(pixelsOf(encode({ width: 1, height: 1, data: Uint8Array.of(1, 2, 3, 4), channels: 4, depth: 8 }))).toEqual([1, 2, 3, 4]);
	});

	it('rounds 16-bit samples to 8 bits (v / 257)', () => {
		const data = Uint16Array.of(65535, 257 * 100 + 128, 257 * 100 + 129, 0);
		expect(pixelsOf(encode({ width: 1, height: 1, data, channels: 4, depth: 16 }))).toEqual([255, 100, 101, 0]);
	});

	it('stretches 1-, 2- and 4-bit grey to 0..255', () => {
		expect(pixelsOf(encode({ width: 3, height: 1, data: Uint8Array.of(0b10100000), channels: 1, depth: 1 })).filter((_, i) => i % 4 === 0)).toEqual([255, 0, 255]);
		expect(pixelsOf(encode({ width: 2, height: 1, data: Uint8Array.of(0b01110000), channels: 1, depth: 2 })).filter((_, i) => i % 4 === 0)).toEqual([85, 255]);
		expect(pixelsOf(encode({ width: 2, height: 2, data: Uint8Array.of(0xf0, 0x70), channels: 1, depth: 4 })).filter((_, i) => i % 4 === 0)).toEqual([255, 0, 119, 0]);
	});

	it('expands palette images at every bit depth, with their transparency', () => {
		const palette = [[255, 0, 0, 0], [0, 255, 0, 255], [0, 0, 255, 255]];
		const image = encode({ width: 3, height: 1, data: Uint8Array.of(0b00011000), channels: 1, depth: 2, palette });
		expect(pixelsOf(image)).toEqual([255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 255, 255]);
		const eight = encode({ width: 2, height: 1, data: Uint8Array.of(2, 1), channels: 1, depth: 8, palette: [[9, 9, 9], [1, 2, 3], [4, 5, 6]] });
		expect(pixelsOf(eight)).toEqual([4, 5, 6, 255, 1, 2, 3, 255]);
	});

	it('reads JPEG and the 16-bit still', () => {
		const jpg = jpeg.encode({ width: 2, height: 2, data: new Uint8Array(16).fill(200) }, 95).data;
		const decoded = decodeImageBytes(jpg);
		expect([decoded.width, decoded.height]).toEqual([2, 2]);
		expect(Math.abs(decoded.data[0] - 200)).toBeLessThan(3);
		const deep = decodeImageFile(still('movies/cosmos-laundromat-meadow-p3pq-16bit.png'));
		expect([deep.width, deep.height, deep.data.length]).toEqual([1024, 428, 1024 * 428 * 4]);
	});

	it('tells what is wrong with a bad file', () => {
		expect(() => decodeImageBytes(Uint8Array.of(1, 2, 3), 'x.png')).toThrow(new DecodeError('x.png is not a PNG or JPEG image'));
		expect(() => decodeImageBytes(readFileSync(still('kodak/kodim01.png')).subarray(0, 500), 'cut.png')).toThrow(/cut.png is a corrupt or unsupported PNG/);
		expect(() => decodeImageFile('/nowhere/at/all.png')).toThrow('file not found: /nowhere/at/all.png');
	});
});
