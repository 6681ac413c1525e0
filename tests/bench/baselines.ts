// Benchmark baselines from elsewhere: colorthief in this process, scikit-learn through Python.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure, getPalette } from 'colorthief';
import type { RgbaImage } from '../../src/lib/engine';
import { PYTHON } from '../helpers/python';

let current: RgbaImage | null = null;
// colorthief reads pixels through a loader: hand it the very RGBA the engine gets, no second decode.
configure({
	loader: {
		load: async () => {
			if (!current) throw new Error('no image set for colorthief');
			return { data: current.data, width: current.width, height: current.height };
		}
	}
});

/** colorthief's getPalette with its defaults and colorCount colours, as flat RGB. */
export async function colorthiefPalette(image: RgbaImage, colorCount: number): Promise<number[]> {
	current = image;
	const palette = await getPalette('in-memory', { colorCount });
	return (palette ?? []).flatMap((c) => c.array());
}

/** Whether scikit-learn can run, and if not, why (said in the table). */
export function sklearnStatus(): string | null {
	try {
		execFileSync(PYTHON, ['-c', 'import sklearn, numpy'], { stdio: 'ignore' });
		return null;
	} catch {
		return `${PYTHON} with scikit-learn and numpy not found: the scikit-learn column is skipped`;
	}
}

/** KMeans(n_clusters=k, n_init=1, random_state=seed) on every opaque pixel: centroids per "k,seed". */
export function sklearnCentroids(
	image: RgbaImage,
	ks: number[],
	seeds: number[]
): Record<string, number[]> {
	const rgb: number[] = [];
	for (let p = 0; p < image.width * image.height; p++) {
		if (image.data[4 * p + 3] >= 128)
			rgb.push(image.data[4 * p], image.data[4 * p + 1], image.data[4 * p + 2]);
	}
	const dir = mkdtempSync(join(tmpdir(), 'palette-bench-'));
	try {
		const file = join(dir, 'pixels.rgb');
		writeFileSync(file, Uint8Array.from(rgb));
		const script = fileURLToPath(new URL('kmeans_sklearn.py', import.meta.url));
		const out = execFileSync(PYTHON, [script, file, ks.join(','), seeds.join(',')], {
			encoding: 'utf8',
			maxBuffer: 1 << 26
		});
		return JSON.parse(out) as Record<string, number[]>;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
