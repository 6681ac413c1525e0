// Benchmark: the engine against colorthief, the textbook Lloyd and scikit-learn, measured in one run.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	createKMeans,
	downscale,
	hueSort,
	lloyd,
	pixelSetFromRgba,
	type RgbaImage
} from '../../src/lib/engine';
import { pointsInSpace } from '../../src/lib/engine/kmeans-space';
import { decodeImageFile } from '../../src/cli/decode';
import { colorthiefPalette, sklearnCentroids, sklearnStatus } from './baselines';
import { fixed, pad, psnrOf, summarise, timed } from './measure';
import { benchStills } from './stills';

const REPEATS = 7;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Distinct pass, default k-means (k-means++, Lloyd to convergence): what a page does for one palette. */
function ours(image: RgbaImage, k: number) {
	const pixels = pixelSetFromRgba(image);
	const run = createKMeans(pixels, { k });
	return { pixels, run, end: run.runToEnd() };
}

async function frameSection(path: string): Promise<void> {
	const image = await decodeImageFile(path);
	const megapixels = (image.width * image.height) / 1e6;
	console.log(
		`\n${basename(path)} (${image.width}×${image.height}), k = 10, ${REPEATS} alternating rounds in one process`
	);
	const oursTimes: number[] = [],
		thiefTimes: number[] = [];
	let result = ours(image, 10),
		thief: number[] = [];
	for (let round = 0; round < REPEATS; round++) {
		let start = performance.now();
		result = ours(image, 10);
		oursTimes.push(performance.now() - start);
		start = performance.now();
		thief = await colorthiefPalette(image, 10);
		thiefTimes.push(performance.now() - start);
	}
	const [a, b] = [summarise(oursTimes), summarise(thiefTimes)];
	const { pixels, run, end } = result;
	console.log(
		`  ours (distinct + k-means++ + Lloyd)  ${pad(fixed(a.best), 7)} ms best ${pad(fixed(a.median), 7)} ms median  ${end.iteration} iterations  PSNR ${fixed(psnrOf(image, pixels, end.centroids), 2)} dB`
	);
	console.log(
		`  colorthief getPalette(colorCount 10) ${pad(fixed(b.best), 7)} ms best ${pad(fixed(b.median), 7)} ms median  ${thief.length / 3} colours    PSNR ${fixed(psnrOf(image, pixels, thief), 2)} dB`
	);
	const distinct = timed(REPEATS, () => pixelSetFromRgba(image));
	const hue = timed(REPEATS, () => hueSort(pixels, 10));
	const points = pointsInSpace(pixels, 'rgb');
	const textbook = timed(1, () => lloyd(points, pixels.counts, run.history[0].centroids));
	const same =
		textbook.result.iterations === end.iteration &&
		Math.abs(textbook.result.inertia - end.inertia) <= 1e-9 * end.inertia;
	console.log(
		`  textbook Lloyd, same start           ${pad(fixed(textbook.best), 7)} ms (one run, distinct colours, no octree)  ${mark(same)} same iterations and inertia`
	);
	console.log(
		`  distinct pass ${fixed(distinct.best)} ms best = ${fixed(distinct.best / megapixels)} ms/MP (median ${fixed(distinct.median / megapixels)}; ${pixels.size} colours); hue sort (k = 10, after the distinct pass) ${fixed(hue.best)} ms best, ${fixed(hue.median)} median`
	);
	console.log(
		`  targets: ${mark(a.best <= b.best)} ours no slower than colorthief; ${mark(distinct.best / megapixels <= 10)} distinct ≤ 10 ms/MP; ${mark(hue.best <= 20)} hue sort ≤ 20 ms`
	);
}

async function largeSection(path: string): Promise<void> {
	const decoded = await decodeImageFile(path);
	const image = decoded;
	const megapixels = (image.width * image.height) / 1e6;
	const distinct = timed(3, () => pixelSetFromRgba(image));
	const clustered = timed(3, () => ours(image, 10));
	console.log(
		`\n${basename(path)} (${image.width}×${image.height}, ${fixed(megapixels)} MP): distinct ${fixed(distinct.best)} ms (${fixed(distinct.best / megapixels)} ms/MP, ${distinct.result.size} colours); k = 10 all in ${fixed(clustered.best)} ms, ${clustered.result.end.iteration} iterations`
	);
}

async function posterSection(path: string): Promise<void> {
	const pixels = pixelSetFromRgba(await decodeImageFile(path));
	const inertia = (seed: number) => createKMeans(pixels, { k: 5, seed }).runToEnd().inertia;
	const best = Math.min(...Array.from({ length: 50 }, (_, s) => inertia(s + 1)));
	const found = Array.from({ length: 10 }, (_, s) => inertia(s + 1) <= best * 1.01);
	console.log(
		`\nFive-ink poster, k = 5, default settings: ${found.filter(Boolean).length} of seeds 1–10 within 1 % of the best of 50 seeds (J = ${fixed(best, 0)}) ${mark(found.every(Boolean))}`
	);
}

function qualitySection(photos: string[], images: RgbaImage[]): void {
	const ks = [6, 10, 16],
		seeds = [1, 2, 3];
	const status = sklearnStatus();
	console.log(
		`\nPSNR over ${photos.length} photographs (longer side 256 px) × k ∈ {${ks}} × seeds ${seeds.join(', ')}; palettes rounded to bytes, every pixel to its nearest`
	);
	if (status) console.log(`  ${status}`);
	let oursSum = 0,
		theirsSum = 0,
		count = 0,
		worst = Infinity;
	photos.forEach((photo, i) => {
		const image = images[i],
			pixels = pixelSetFromRgba(image);
		const theirs = status ? null : sklearnCentroids(image, ks, seeds);
		let rowOurs = 0,
			rowTheirs = 0;
		for (const k of ks)
			for (const seed of seeds) {
				const a = psnrOf(image, pixels, createKMeans(pixels, { k, seed }).runToEnd().centroids);
				rowOurs += a;
				if (theirs) {
					const b = psnrOf(image, pixels, theirs[`${k},${seed}`]);
					rowTheirs += b;
					worst = Math.min(worst, a - b);
				}
			}
		const n = ks.length * seeds.length;
		console.log(
			`  ${basename(photo).padEnd(24)} ours ${fixed(rowOurs / n, 2)} dB${theirs ? `   scikit-learn ${fixed(rowTheirs / n, 2)} dB` : ''}`
		);
		[oursSum, theirsSum, count] = [oursSum + rowOurs, theirsSum + rowTheirs, count + n];
	});
	if (status) return console.log(`  mean: ours ${fixed(oursSum / count, 2)} dB`);
	console.log(
		`  mean: ours ${fixed(oursSum / count, 3)} dB, scikit-learn ${fixed(theirsSum / count, 3)} dB (worst single case ${fixed(worst, 2)} dB) ${mark(oursSum >= theirsSum)}`
	);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const stills = benchStills();
	console.log(
		`Engine benchmark — node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
	console.log(
		`Stills: ${stills.source}. Wall-clock ms in one warm process; numbers, never assertions.`
	);
	await frameSection(stills.frame);
	if (stills.large) await largeSection(stills.large);
	await posterSection(stills.poster);
	const photos = await Promise.all(
		stills.photos.map(async (p) => downscale(await decodeImageFile(p), 256))
	);
	qualitySection(stills.photos, photos);
	// A browser benchmark may live beside this one: its default export runs it and prints its own table.
	const scatter = resolve(here, 'scatter.ts');
	if (existsSync(scatter) && !process.argv.includes('--engine-only')) {
		try {
			const module: { default?: unknown } = await import(pathToFileURL(scatter).href);
			if (typeof module.default === 'function') await module.default();
		} catch (error) {
			console.error(
				`scatter benchmark failed: ${error instanceof Error ? error.message : String(error)}`
			);
			process.exitCode = 1;
		}
	}
}
