// Test helpers: a deliberately simple Lloyd's algorithm over every pixel, and image generators.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { rgbToOklab } from '../../../src/lib/engine/colour';
import type { PixelSet, RgbaImage } from '../../../src/lib/engine/pixels';

export interface ReferenceResult { centroids: number[]; iterations: number; inertia: number; converged: boolean }

/**
 * Plain Lloyd's on all opaque pixels, no distinct colours, no bounds: assign every pixel to the
 * nearest centroid (lowest index on ties); stop when nothing changes; move each centroid to its
 * mean; an empty cluster jumps to the pixel farthest from its own centroid (first such pixel,
 * never a colour already taken this step). Returns centroids in the space used.
 */
export function referenceLloyd(image: RgbaImage, start: number[][], maxIterations = 300, space: 'rgb' | 'oklab' = 'rgb'): ReferenceResult {
	const points: number[][] = [];
	for (let p = 0; p < image.width * image.height; p++) {
		if (image.data[4 * p + 3] < 128) continue;
		const [r, g, b] = [image.data[4 * p], image.data[4 * p + 1], image.data[4 * p + 2]];
		points.push(space === 'rgb' ? [r, g, b] : rgbToOklab(r, g, b));
	}
	const k = start.length;
	let centroids = start.map((c) => (space === 'rgb' ? [...c] : rgbToOklab(c[0], c[1], c[2])));
	const distance2 = (p: number[], c: number[]) => {
		const dx = p[0] - c[0], dy = p[1] - c[1], dz = p[2] - c[2];
		return dx * dx + dy * dy + dz * dz;
	};
	const labels = points.map(() => -1);
	let inertia = 0;
	for (let iteration = 1; ; iteration++) {
		let changed = 0;
		inertia = 0;
		points.forEach((p, i) => {
			let best = 0;
			for (let j = 1; j < k; j++) if (distance2(p, centroids[j]) < distance2(p, centroids[best])) best = j;
			if (best !== labels[i]) changed++;
			labels[i] = best;
			inertia += distance2(p, centroids[best]);
		});
		if (changed === 0) return { centroids: centroids.flat(), iterations: iteration, inertia, converged: true };
		const next = centroids.map((_, j) => {
			const members = points.filter((_, i) => labels[i] === j);
			if (members.length === 0) return null;
			const sum = [0, 0, 0];
			for (const m of members) for (let c = 0; c < 3; c++) sum[c] += m[c];
			return sum.map((s) => s / members.length);
		});
		const taken: number[][] = [];
		for (let j = 0; j < k; j++) {
			if (next[j] !== null) continue;
			let farthest = -1, farthestDistance = -1;
			points.forEach((p, i) => {
				const d = distance2(p, next[labels[i]] ?? centroids[labels[i]]);
				if (d > farthestDistance && !taken.some((t) => t[0] === p[0] && t[1] === p[1] && t[2] === p[2])) [farthest, farthestDistance] = [i, d];
			});
			taken.push(points[farthest]);
			next[j] = [...points[farthest]];
		}
		centroids = next as number[][];
		inertia = points.reduce((total, p, i) => total + distance2(p, centroids[labels[i]]), 0);
		if (iteration >= maxIterations) return { centroids: centroids.flat(), iterations: iteration, inertia, converged: false };
	}
}

/** Every opaque pixel as its own entry with count 1: the unweighted problem the distinct colours stand for. */
export function everyPixelAsItsOwn(image: RgbaImage): PixelSet {
	const colors: number[] = [];
	const pixelIndex = new Int32Array(image.width * image.height).fill(-1);
	for (let p = 0; p < image.width * image.height; p++) {
		if (image.data[4 * p + 3] < 128) continue;
		pixelIndex[p] = colors.length / 3;
		colors.push(image.data[4 * p], image.data[4 * p + 1], image.data[4 * p + 2]);
	}
	const size = colors.length / 3;
	return {
		colors: Uint8Array.from(colors), counts: new Uint32Array(size).fill(1), size, total: size,
		transparent: image.width * image.height - size, width: image.width, height: image.height, pixelIndex
	};
}

export function imageFromColours(width: number, height: number, colours: number[][]): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < width * height; p++) data.set([...colours[p % colours.length].slice(0, 3), colours[p % colours.length][3] ?? 255], 4 * p);
	return { width, height, data };
}

const channel = fc.integer({ min: 0, max: 255 });
export const rgbArb = fc.tuple(channel, channel, channel).map((c) => [...c]);

/** Small random images drawn from a handful of colours, so colours repeat as in real pictures. */
export const smallImageArb = fc
	.record({ width: fc.integer({ min: 1, max: 10 }), height: fc.integer({ min: 1, max: 10 }), swatch: fc.array(rgbArb, { minLength: 1, maxLength: 8 }) })
	.chain(({ width, height, swatch }) =>
		fc.array(fc.integer({ min: 0, max: swatch.length - 1 }), { minLength: width * height, maxLength: width * height })
			.map((picks) => imageFromColours(width, height, picks.map((i) => swatch[i]))));

/** Resolves a file in the shared test stills (../shared/stills from the repository root). */
export function still(relative: string): string {
	const path = fileURLToPath(new URL(`../../../../shared/stills/${relative}`, import.meta.url));
	if (!existsSync(path)) throw new Error(`test still missing: ${path}`);
	return path;
}
