// Repainting the worker's still with a palette: the recoloured image, its error and (when asked) its indexed PNG.
import {
	ditherFloydSteinberg,
	encodeIndexedPng,
	qualityMetrics,
	quantizeWith,
	type Space
} from '$lib/engine';
import type { StillCache } from './jobs';
import type { PngResult, Repainted } from './protocol';

const now = () => performance.now();

/** Every pixel to its nearest palette colour (in the space), or dithered onto the palette, measured against the still. */
export function repaint(
	still: StillCache,
	palette: ArrayLike<number>,
	request: { space?: Space; png?: boolean; dither?: boolean }
) {
	const started = now();
	const quantized = request.dither
		? ditherFloydSteinberg(still.image, palette)
		: quantizeWith(still.pixels, palette, request.space ?? 'rgb');
	const metrics = qualityMetrics(still.image, quantized.image);
	const quantizedAt = now();
	const png: PngResult | null = request.png
		? { indexed: encodeIndexedPng(quantized, palette), truecolour: still.truecolourBytes }
		: null;
	const repainted: Repainted = { image: quantized.image, indices: quantized.indices };
	return {
		repainted,
		metrics,
		png,
		timings: { quantize: quantizedAt - started, png: png ? now() - quantizedAt : 0 }
	};
}
