// Pixels: RGBA bytes to a set of distinct colours with counts, sampling and downscaling.

export interface RgbaImage {
	width: number;
	height: number;
	/** RGBA, 4 bytes per pixel. */
	data: Uint8Array | Uint8ClampedArray;
}

export interface PixelSet {
	/** Distinct colours, r,g,b per colour (length 3*size). */
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

export class EngineError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineError';
	}
}

export function pixelSetFromRgba(image: RgbaImage, options?: { alphaThreshold?: number }): PixelSet {
	void image;
	void options;
	throw new EngineError('not implemented yet');
}

export function samplePixels(image: RgbaImage, count: number, seed: number): Uint32Array {
	void image;
	void count;
	void seed;
	throw new EngineError('not implemented yet');
}

export function downscale(image: RgbaImage, maxSide: number): RgbaImage {
	void maxSide;
	return image;
}
