// The palette command: an image file in, its k-colour palette or swatch card out (DESIGN §8) — a thin shell over analyse and export.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
	analyseImage,
	downscale,
	encodeIndexedPng,
	paletteBytes,
	pixelSetFromRgba
} from '../lib/engine';
import { toJsonSwatches } from '../lib/export';
import { parseArgs } from './args';
import { decodeImageFile } from './decode';
import { formatPalette, type Report } from './format';

async function main(argv: string[]): Promise<void> {
	const start = performance.now();
	const options = parseArgs(argv);
	const original = await decodeImageFile(options.image);
	const image = options.maxSize === null ? original : downscale(original, options.maxSize);
	const decoded = performance.now();
	const pixels = pixelSetFromRgba(image);
	const distinct = performance.now();
	const isKMeans = options.method === 'kmeans';
	const { analysis, palette, quantized, metrics } = analyseImage(image, pixels, {
		method: options.method,
		k: options.k,
		init: options.init,
		seed: options.seed,
		space: options.space,
		restarts: options.restarts,
		maxIterations: options.maxIterations,
		order: 'hue'
	});
	const clustered = distinct + analysis.timings.cluster;
	if (options.quantize !== null)
		writeQuantized(options.quantize, encodeIndexedPng(quantized, paletteBytes(palette)));
	const end = performance.now();
	const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10;
	const report: Report = {
		width: image.width,
		height: image.height,
		pixels: pixels.total,
		transparent: pixels.transparent,
		distinctColors: pixels.size,
		k: analysis.k,
		requestedK: analysis.requestedK,
		note: analysis.note,
		method: options.method,
		init: isKMeans ? options.initName : null,
		seed: isKMeans ? analysis.seed : null,
		restarts: isKMeans ? options.restarts : null,
		space: analysis.space,
		iterations: analysis.iterations,
		converged: analysis.converged,
		inertia: analysis.inertia,
		mse: metrics.mse,
		psnr: Number.isFinite(metrics.psnr) ? metrics.psnr : null,
		meanDeltaE: metrics.meanDeltaE,
		palette: toJsonSwatches(palette).map(({ hex, rgb, oklch }, i) => ({
			hex,
			rgb,
			oklch,
			proportion: palette[i].proportion,
			count: palette[i].count
		})),
		timings: {
			decode: ms(start, decoded),
			distinct: ms(decoded, distinct),
			cluster: ms(distinct, clustered),
			total: ms(start, end)
		}
	};
	if (analysis.note !== null && options.format !== 'json')
		process.stderr.write(`note: ${analysis.note}\n`);
	process.stdout.write(formatPalette(options.format, report, palette, basename(options.image)));
}

function writeQuantized(path: string, png: Uint8Array): void {
	try {
		writeFileSync(path, png);
	} catch (error) {
		throw new Error(
			`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
			{ cause: error }
		);
	}
}

/** Every failure, expected or not, ends as one line on stderr and exit code 1: never a stack trace. */
function fail(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`palette: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exitCode = 1;
}

main(process.argv.slice(2)).catch(fail);
