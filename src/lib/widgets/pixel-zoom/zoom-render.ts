// Draws a magnified window of a still into an ImageData, fading each pixel into its red, green and blue sub-pixel stripes.
import type { RgbaImage } from '$lib/engine';

/** Which part of the still the canvas shows: the image point at the canvas's top-left corner and the size of one image pixel. */
export interface ZoomView {
	left: number;
	top: number;
	/** Canvas pixels per image pixel. */
	scale: number;
}

/** Column layout of the stripes, computed once per canvas width and reused every frame. */
export interface StripeColumns {
	/** Image column under each canvas column. */
	source: Int32Array;
	/** 0, 1, 2: the red, green or blue stripe; 3: the dark gap between stripes. */
	part: Uint8Array;
}

export function createColumns(width: number): StripeColumns {
	return { source: new Int32Array(width), part: new Uint8Array(width) };
}

/** Centre the view on a pixel, but keep the still filling the canvas when it is larger than the canvas. */
export function viewAround(
	image: RgbaImage,
	focusX: number,
	focusY: number,
	scale: number,
	width: number,
	height: number
): ZoomView {
	const place = (focus: number, size: number, span: number) => {
		const visible = span / scale;
		if (visible >= size) return (size - visible) / 2;
		return Math.min(Math.max(focus + 0.5 - visible / 2, 0), size - visible);
	};
	return {
		left: place(focusX, image.width, width),
		top: place(focusY, image.height, height),
		scale
	};
}

/**
 * Paint the view. `stripes` runs from 0 (plain squares of colour) to 1 (every pixel is three lit bars, like a
 * screen under a magnifier); the dark gaps grow in with it, so zooming in turns one into the other smoothly.
 */
export function drawZoom(
	target: ImageData,
	image: RgbaImage,
	view: ZoomView,
	stripes: number,
	columns: StripeColumns,
	background: readonly number[]
): void {
	const { width, height, data: out } = target;
	const { data: pixels, width: imageWidth, height: imageHeight } = image;
	// Gaps are at least one canvas pixel wide, so they never vanish between canvas columns: measured in stripes
	// (a third of a pixel) between columns, in pixels between rows.
	const stripeGap = Math.min(0.5, Math.max(0.15, 3 / view.scale));
	const rowGap = Math.max(0.05, 1 / view.scale);
	for (let x = 0; x < width; x++) {
		const imageX = view.left + (x + 0.5) / view.scale;
		const column = Math.floor(imageX);
		const third = (imageX - column) * 3;
		const within = third - Math.floor(third);
		columns.source[x] = imageX < 0 || column >= imageWidth ? -1 : column;
		columns.part[x] = within < stripeGap / 2 || within > 1 - stripeGap / 2 ? 3 : Math.floor(third);
	}
	const keep = 1 - stripes;
	for (let y = 0; y < height; y++) {
		const imageY = view.top + (y + 0.5) / view.scale;
		const row = Math.floor(imageY);
		const inside = imageY >= 0 && row < imageHeight;
		const fraction = imageY - row;
		// A thin dark line between pixel rows, as on a real panel.
		const betweenRows = fraction < rowGap / 2 || fraction > 1 - rowGap / 2;
		let o = y * width * 4;
		for (let x = 0; x < width; x++, o += 4) {
			const column = columns.source[x];
			if (!inside || column < 0) {
				out[o] = background[0];
				out[o + 1] = background[1];
				out[o + 2] = background[2];
				out[o + 3] = 255;
				continue;
			}
			const i = (row * imageWidth + column) * 4;
			const part = betweenRows ? 3 : columns.part[x];
			// Each channel keeps part of its plain colour and, on its own stripe only, gains the lit share.
			const r = pixels[i];
			const g = pixels[i + 1];
			const b = pixels[i + 2];
			out[o] = keep * r + (part === 0 ? stripes * r : 0);
			out[o + 1] = keep * g + (part === 1 ? stripes * g : 0);
			out[o + 2] = keep * b + (part === 2 ? stripes * b : 0);
			out[o + 3] = 255;
		}
	}
}

/** How far a view has turned into stripes: none until a pixel is 12 screen pixels wide, fully at 32. */
export function stripeAmount(cssPixelsPerImagePixel: number): number {
	return Math.min(Math.max((cssPixelsPerImagePixel - 12) / 20, 0), 1);
}
