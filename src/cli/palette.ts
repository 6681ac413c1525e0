// The palette command: an image file in, its k-colour palette out (DESIGN §8).
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
	buildPalette, createKMeans, downscale, encodeIndexedPng, hueSort, nearestDistancesSquared, pixelSetFromRgba,
	qualityMetrics, quantizePixelSet, type PixelSet
} from '../lib/engine';
import { parseArgs, type CliOptions } from './args';
import { decodeImageFile } from './decode';
import { formatPalette, type Report } from './format';

interface Clustering { centroids: Float64Array; counts: Float64Array; iterations: number; converged: boolean; inertia: number; k: number; note: string | null }

function clusterWithKMeans(pixels: PixelSet, options: CliOptions): Clustering {
	const run = createKMeans(pixels, { k: options.k, init: options.init, seed: options.seed, space: options.space });
	const end = run.runToEnd();
	return { centroids: end.centroids, counts: end.counts, iterations: end.iteration, converged: end.converged, inertia: end.inertia, k: run.k, note: run.note };
}

function clusterWithHueSort(pixels: PixelSet, k: number): Clustering {
	const { centroids, labels } = hueSort(pixels, k);
	// Whole pixels per colour (each distinct colour counted in the run holding most of it).
	const counts = new Float64Array(k);
	labels.forEach((run, i) => (counts[run] += pixels.counts[i]));
	const nearest = nearestDistancesSquared(pixels, centroids, k);
	let inertia = 0;
	nearest.forEach((d, i) => (inertia += d * pixels.counts[i]));
	return { centroids, counts, iterations: 0, converged: true, inertia, k, note: null };
}

async function main(argv: string[]): Promise<void> {
	const start = performance.now();
	const options = parseArgs(argv);
	const original = await decodeImageFile(options.image);
	const image = options.maxSize === null ? original : downscale(original, options.maxSize);
	const decoded = performance.now();
	const pixels = pixelSetFromRgba(image);
	const distinct = performance.now();
	const result = options.method === 'kmeans' ? clusterWithKMeans(pixels, options) : clusterWithHueSort(pixels, options.k);
	const clustered = performance.now();
	const palette = buildPalette(result.centroids, result.counts, 'hue');
	const paletteRgb = palette.flatMap((e) => e.rgb);
	// Each pixel repainted with its nearest palette colour, as --quantize writes it.
	const quantized = quantizePixelSet(pixels, paletteRgb);
	const metrics = qualityMetrics(image, quantized.image);
	if (options.quantize !== null) writeQuantized(options.quantize, encodeIndexedPng(quantized, paletteRgb));
	const end = performance.now();
	const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10;
	const isKMeans = options.method === 'kmeans';
	const report: Report = {
		width: image.width, height: image.height, pixels: pixels.total, transparent: pixels.transparent,
		distinctColors: pixels.size, k: result.k, requestedK: options.k, note: result.note, method: options.method,
		init: isKMeans ? options.initName : null, seed: isKMeans ? options.seed : null, space: isKMeans ? options.space : 'rgb',
		iterations: result.iterations, converged: result.converged, inertia: result.inertia,
		mse: metrics.mse, psnr: Number.isFinite(metrics.psnr) ? metrics.psnr : null, meanDeltaE: metrics.meanDeltaE,
		palette: palette.map(({ hex, rgb, proportion, count }) => ({ hex, rgb, proportion, count })),
		timings: { decode: ms(start, decoded), distinct: ms(decoded, distinct), cluster: ms(distinct, clustered), total: ms(start, end) }
	};
	if (result.note !== null && options.format !== 'json') process.stderr.write(`note: ${result.note}\n`);
	process.stdout.write(formatPalette(options.format, report, palette, basename(options.image)));
}

function writeQuantized(path: string, png: Uint8Array): void {
	try {
		writeFileSync(path, png);
	} catch (error) {
		throw new Error(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
}

/** Every failure, expected or not, ends as one line on stderr and exit code 1: never a stack trace. */
function fail(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`palette: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exitCode = 1;
}

main(process.argv.slice(2)).catch(fail);
