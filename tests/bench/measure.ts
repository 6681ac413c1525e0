// Benchmark measures: wall time over repeated runs, and the PSNR of a palette applied to a still.
import {
	qualityMetrics,
	quantizePixelSet,
	type PixelSet,
	type RgbaImage
} from '../../src/lib/engine';

export interface Timing {
	best: number;
	median: number;
}

export function summarise(times: number[]): Timing {
	const sorted = [...times].sort((a, b) => a - b);
	return { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
}

/**
 * Best and median wall time of `repeats` calls, and the last result. The best is the headline:
 * on a shared machine the slower runs measure the neighbours as much as the code.
 */
export function timed<T>(repeats: number, work: () => T): Timing & { result: T } {
	const times: number[] = [];
	let result!: T;
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		result = work();
		times.push(performance.now() - start);
	}
	return { ...summarise(times), result };
}

/** Every pixel repainted with its nearest palette colour (rounded to bytes), against the original. */
export function psnrOf(image: RgbaImage, pixels: PixelSet, centroids: ArrayLike<number>): number {
	const palette = Array.from(centroids, (v) => Math.min(255, Math.max(0, Math.round(v))));
	return qualityMetrics(image, quantizePixelSet(pixels, palette).image).psnr;
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits);
export const pad = (value: string | number, width: number) => String(value).padStart(width);
