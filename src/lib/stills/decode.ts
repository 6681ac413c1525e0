// Decodes an image in the browser with the platform's own decoder (no decoder is shipped).
import type { RgbaImage } from '$lib/engine';

/** Fetch an image and read back its RGBA pixels through createImageBitmap and a canvas. */
export async function decodeUrl(url: string): Promise<RgbaImage> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
	return decodeBlob(await response.blob());
}

export async function decodeBlob(blob: Blob): Promise<RgbaImage> {
	const bitmap = await createImageBitmap(blob, {
		colorSpaceConversion: 'none',
		premultiplyAlpha: 'none'
	});
	try {
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error('This browser cannot read pixels from a canvas');
		context.drawImage(bitmap, 0, 0);
		const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
		return { width: bitmap.width, height: bitmap.height, data };
	} finally {
		bitmap.close();
	}
}
