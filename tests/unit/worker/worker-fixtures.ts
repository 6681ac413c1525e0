// What the worker tests compare against: the engine itself, and a PNG decoder to read back the indexed file.
import { decode } from 'fast-png';
export {
	analyse,
	analyseImage,
	createKMeans,
	pixelSetFromRgba,
	type RgbaImage
} from '../../../src/lib/engine';

/** An indexed PNG back to RGBA bytes (opaque), through an independent decoder. */
export function decodeIndexedPngForTest(bytes: Uint8Array): Uint8Array {
	const png = decode(bytes);
	const out = new Uint8Array(png.width * png.height * 4);
	const depth = png.depth;
	const rowBytes = Math.ceil((png.width * depth) / 8);
	for (let y = 0; y < png.height; y++) {
		for (let x = 0; x < png.width; x++) {
			const bit = x * depth;
			const index =
				(png.data[y * rowBytes + (bit >> 3)] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
			const entry = png.palette![index];
			out.set([entry[0], entry[1], entry[2], entry[3] ?? 255], 4 * (y * png.width + x));
		}
	}
	return out;
}
