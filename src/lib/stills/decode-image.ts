// Decodes an image and shrinks it to the working size; needs no DOM, so it runs as the engine worker's 'decode' job (createImageBitmap + OffscreenCanvas).
import type { RgbaImage } from '$lib/engine';

/** The longer side of a learner's still: enough detail for every cell, and k-means stays quick. */
export const WORKING_SIDE = 1280;

export interface DecodeProgress {
	/** What is happening, in a few words. */
	stage: string;
	/** 0 to 1. */
	fraction: number;
}

export interface DecodedStill {
	image: RgbaImage;
	/** The size of the picture as published, before it was shrunk to the working size. */
	sourceWidth: number;
	sourceHeight: number;
}

/** The size that fits `maxSide` on the longer side, keeping the aspect ratio; never enlarges. */
export function workingSize(
	width: number,
	height: number,
	maxSide = WORKING_SIDE
): { width: number; height: number } {
	const scale = Math.min(1, maxSide / Math.max(width, height));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

const options: ImageBitmapOptions = {
	imageOrientation: 'from-image',
	premultiplyAlpha: 'none',
	colorSpaceConversion: 'none'
};

/** Decode (upright, as EXIF says), downscale in the platform's resampler, and read back RGBA bytes. */
export async function decodeToWorkingSize(
	source: Blob | ImageBitmap,
	onProgress: (progress: DecodeProgress) => void = () => {},
	maxSide = WORKING_SIDE,
	/** Called between stages; throws to stop a cancelled decode there. */
	checkpoint: () => Promise<void> = async () => {}
): Promise<DecodedStill> {
	onProgress({ stage: 'Decoding', fraction: 0.1 });
	let bitmap: ImageBitmap;
	try {
		bitmap = source instanceof Blob ? await createImageBitmap(source, options) : source;
	} catch {
		throw new Error(
			'the browser could not decode it: the file is damaged or in a format it does not read.'
		);
	}
	await checkpoint().catch((error: unknown) => {
		bitmap.close();
		throw error;
	});
	const sourceWidth = bitmap.width,
		sourceHeight = bitmap.height;
	const size = workingSize(sourceWidth, sourceHeight, maxSide);
	if (size.width !== sourceWidth || size.height !== sourceHeight) {
		onProgress({
			stage: `Shrinking ${sourceWidth} × ${sourceHeight} to ${size.width} × ${size.height}`,
			fraction: 0.55
		});
		const full = bitmap;
		bitmap = await createImageBitmap(full, {
			...options,
			resizeWidth: size.width,
			resizeHeight: size.height,
			resizeQuality: 'high'
		});
		full.close();
		await checkpoint().catch((error: unknown) => {
			bitmap.close();
			throw error;
		});
	}
	onProgress({ stage: 'Reading the pixels', fraction: 0.85 });
	const canvas = new OffscreenCanvas(size.width, size.height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('this browser cannot read pixels from a canvas.');
	context.drawImage(bitmap, 0, 0);
	bitmap.close();
	const { data } = context.getImageData(0, 0, size.width, size.height);
	onProgress({ stage: 'Done', fraction: 1 });
	return { image: { width: size.width, height: size.height, data }, sourceWidth, sourceHeight };
}

/** What a decode job is given: an image file (or a video frame) and the longest side to keep. */
export interface DecodeRequest {
	source: Blob | ImageBitmap;
	maxSide: number;
}
