// Quantize: repaint an image with a palette, measure the loss, and compare PNG sizes.
import type { PixelSet, RgbaImage } from './pixels';

export interface Quantized {
	/** Per pixel palette index. */
	indices: Uint8Array | Uint16Array;
	image: RgbaImage;
}

export interface QualityMetrics {
	/** Mean squared error per channel. */
	mse: number;
	psnr: number;
	/** Mean OKLab distance. */
	meanDeltaE: number;
}

export interface PngSizes {
	truecolour: number;
	indexed: number;
	bitsPerPixelTruecolour: number;
	bitsPerPixelIndexed: number;
}

export function quantize(image: RgbaImage, paletteRgb: ArrayLike<number>, count?: number): Quantized {
	void paletteRgb;
	void count;
	return { indices: new Uint8Array(image.width * image.height), image };
}

export function quantizeFromLabels(
	pixels: PixelSet,
	labels: ArrayLike<number>,
	paletteRgb: ArrayLike<number>
): RgbaImage {
	void labels;
	void paletteRgb;
	return { width: pixels.width, height: pixels.height, data: new Uint8ClampedArray(pixels.width * pixels.height * 4) };
}

export function qualityMetrics(original: RgbaImage, result: RgbaImage): QualityMetrics {
	void original;
	void result;
	return { mse: 0, psnr: Infinity, meanDeltaE: 0 };
}

export function pngSizes(original: RgbaImage, q: Quantized, paletteRgb: ArrayLike<number>): PngSizes {
	void original;
	void q;
	void paletteRgb;
	return { truecolour: 0, indexed: 0, bitsPerPixelTruecolour: 0, bitsPerPixelIndexed: 0 };
}
