// Benchmark: decode, distinct colours, k-means++ and hue sort on real stills, against a naive Lloyd's baseline.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	buildPalette, createKMeans, hueSort, pixelSetFromRgba, qualityMetrics, quantizePixelSet, type PixelSet, type RgbaImage
} from '../../src/lib/engine';
import { decodeImageFile } from '../../src/cli/decode';
import { naiveLloyd } from './naive-lloyd';

const here = fileURLToPath(new URL('.', import.meta.url));
const STILLS = resolve(here, '../../../shared/stills');
const IMAGES = ['movies/big-buck-bunny-burrow.png', 'movies/spring-poster.jpg', 'kodak/kodim05.png', 'kodak/kodim23.png'];
const KS = [6, 10, 16];
/** Milliseconds for k-means++ at k = 10, distinct-colour pass included. */
const TARGETS: Record<string, number> = { 'spring-poster.jpg': 300, 'big-buck-bunny-burrow.png': 150 };

export interface KMeansRow { k: number; ms: number; medianMs: number; iterations: number; psnr: number; hueSortMs: number; hueSortPsnr: number; naive: NaiveRow | null }
export interface NaiveRow { ms: number; speedUp: number; sameIterations: boolean; relativeInertiaGap: number }
export interface ImageRow { name: string; width: number; height: number; decodeMs: number; distinctMs: number; colours: number; kmeans: KMeansRow[] }

/**
 * Best and median wall time of `repeats` calls, and the last result. The best is the headline:
 * on a shared machine the slower runs measure the neighbours as much as the code.
 */
function timed<T>(repeats: number, work: () => T): { ms: number; median: number; result: T } {
	const times: number[] = [];
	let result!: T;
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		result = work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { ms: times[0], median: times[Math.floor(times.length / 2)], result };
}

function psnrOf(image: RgbaImage, pixels: PixelSet, centroids: Float64Array, counts: Float64Array): number {
	const paletteRgb = buildPalette(centroids, counts).flatMap((e) => e.rgb);
	return qualityMetrics(image, quantizePixelSet(pixels, paletteRgb).image).psnr;
}

/** Measures every still; `naiveKs` says for which k to also time the naive baseline (it is slow). */
export async function engineRows(options: { repeats?: number; naiveKs?: number[] } = {}): Promise<ImageRow[]> {
	const { repeats = 5, naiveKs = [10] } = options;
	const rows: ImageRow[] = [];
	for (const relative of IMAGES) {
		const path = resolve(STILLS, relative);
		const decoded = timed(repeats, () => decodeImageFile(path));
		const image = decoded.result;
		const distinct = timed(repeats, () => pixelSetFromRgba(image));
		const pixels = distinct.result;
		const kmeans: KMeansRow[] = [];
		for (const k of KS) {
			const clustered = timed(repeats, () => {
				const run = createKMeans(pixelSetFromRgba(image), { k, seed: 1 });
				return { run, end: run.runToEnd() };
			});
			const { run, end } = clustered.result;
			const hue = timed(repeats, () => hueSort(pixelSetFromRgba(image), k));
			let naive: NaiveRow | null = null;
			if (naiveKs.includes(k)) {
				const baseline = timed(1, () => naiveLloyd(image, run.history[0].centroids, run.k));
				naive = {
					ms: baseline.ms,
					speedUp: baseline.ms / clustered.ms,
					sameIterations: baseline.result.iterations === end.iteration,
					relativeInertiaGap: Math.abs(baseline.result.inertia - end.inertia) / baseline.result.inertia
				};
			}
			kmeans.push({
				k, ms: clustered.ms, medianMs: clustered.median, iterations: end.iteration, psnr: psnrOf(image, pixels, end.centroids, end.counts),
				hueSortMs: hue.ms, hueSortPsnr: psnrOf(image, pixels, hue.result.centroids, hue.result.counts), naive
			});
		}
		rows.push({ name: basename(relative), width: image.width, height: image.height, decodeMs: decoded.ms, distinctMs: distinct.ms, colours: pixels.size, kmeans });
	}
	return rows;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number, digits = 1) => value.toFixed(digits);

export function printEngineTable(rows: ImageRow[]): void {
	console.log(`Engine benchmark — node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
	console.log('Wall-clock ms, best of 5 runs in one warm process (the naive baseline: one run); k-means and hue sort include the distinct-colour pass.\n');
	console.log(`${'image'.padEnd(27)}${pad('size', 10)}${pad('decode ms', 11)}${pad('distinct ms', 13)}${pad('colours', 9)}`);
	for (const r of rows) console.log(`${r.name.padEnd(27)}${pad(`${r.width}×${r.height}`, 10)}${pad(fixed(r.decodeMs), 11)}${pad(fixed(r.distinctMs), 13)}${pad(r.colours, 9)}`);
	console.log(`\n${'image'.padEnd(27)}${pad('k', 3)}${pad('k-means++ ms', 14)}${pad('iters', 7)}${pad('PSNR', 7)}${pad('hue sort ms', 13)}${pad('PSNR', 7)}${pad('naive ms', 10)}${pad('speed-up', 10)}  same result`);
	for (const r of rows) {
		for (const m of r.kmeans) {
			const n = m.naive;
			const same = n ? (n.sameIterations && n.relativeInertiaGap < 1e-9 ? `✓ (Δ ${n.relativeInertiaGap.toExponential(0)})` : `✗ (Δ ${n.relativeInertiaGap.toExponential(1)})`) : '';
			console.log(`${r.name.padEnd(27)}${pad(m.k, 3)}${pad(fixed(m.ms), 14)}${pad(m.iterations, 7)}${pad(fixed(m.psnr, 2), 7)}${pad(fixed(m.hueSortMs), 13)}${pad(fixed(m.hueSortPsnr, 2), 7)}${pad(n ? fixed(n.ms, 0) : '–', 10)}${pad(n ? `×${fixed(n.speedUp)}` : '–', 10)}  ${same}`);
		}
	}
	console.log('\nTargets (k-means++ to convergence, k = 10, distinct-colour pass included):');
	for (const r of rows) {
		const target = TARGETS[r.name];
		const measured = r.kmeans.find((m) => m.k === 10);
		if (target === undefined || !measured) continue;
		console.log(`  ${measured.ms < target ? '✓' : '✗'} ${r.name}: ${fixed(measured.ms)} ms best, ${fixed(measured.medianMs)} ms median (target < ${target} ms)`);
	}
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const args = process.argv.slice(2);
	const naiveKs = args.includes('--no-naive') ? [] : args.includes('--naive-all') ? KS : [10];
	printEngineTable(await engineRows({ naiveKs }));
	// A browser benchmark may live beside this one: its default export runs it and prints its own table.
	const scatter = resolve(here, 'scatter.ts');
	if (existsSync(scatter) && !args.includes('--engine-only')) {
		try {
			const module: { default?: unknown } = await import(pathToFileURL(scatter).href);
			if (typeof module.default === 'function') await module.default();
		} catch (error) {
			console.error(`scatter benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 1;
		}
	}
}
