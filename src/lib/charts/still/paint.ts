// Painting RGBA pixels onto a canvas at their own size (the canvas is resized to fit them).
export interface Paintable {
	width: number;
	height: number;
	data: Uint8Array | Uint8ClampedArray;
}

export function paintImage(canvas: HTMLCanvasElement, image: Paintable): void {
	const { width, height, data } = image;
	if (canvas.width !== width || canvas.height !== height) {
		canvas.width = width;
		canvas.height = height;
	}
	// Decoded stills always sit on a plain ArrayBuffer (never shared memory).
	const bytes = new Uint8ClampedArray(
		data.buffer as ArrayBuffer,
		data.byteOffset,
		width * height * 4
	);
	canvas.getContext('2d')?.putImageData(new ImageData(bytes, width, height), 0, 0);
}
