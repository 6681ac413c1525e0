// The hue-sorted line of pixels, squeezed into a strip of columns, and what each of the k runs holds.
import { GREY_CHROMA, rgbToHex, rgbToOklab, type HueSortResult, type PixelSet } from '$lib/engine';

export interface RunFacts {
	hex: string;
	/** Share of the run's pixels whose chroma is below GREY_CHROMA: greys and near-greys. */
	greyish: number;
	/** OKLab L of the run's darkest and lightest tenth (10th and 90th percentile). */
	darkL: number;
	lightL: number;
}

/** RGBA for `columns` columns: each shows the colour found at its middle along the sorted line. */
export function stripColumns(
	pixels: PixelSet,
	sorted: HueSortResult,
	columns: number
): Uint8ClampedArray {
	const out = new Uint8ClampedArray(columns * 4);
	let s = 0,
		end = pixels.counts[sorted.order[0]] ?? 0;
	for (let c = 0; c < columns; c++) {
		const at = ((c + 0.5) / columns) * pixels.total;
		while (end < at && s < pixels.size - 1) end += pixels.counts[sorted.order[++s]];
		const i = sorted.order[s];
		out.set([pixels.colors[3 * i], pixels.colors[3 * i + 1], pixels.colors[3 * i + 2], 255], 4 * c);
	}
	return out;
}

/** Per run: its mean as hex, how much of it is grey, and how far its lightness spreads (whole colours, by majority run). */
export function runFacts(pixels: PixelSet, sorted: HueSortResult): RunFacts[] {
	const k = sorted.counts.length;
	const members: { L: number; count: number }[][] = Array.from({ length: k }, () => []);
	const grey = new Float64Array(k);
	for (let i = 0; i < pixels.size; i++) {
		const [r, g, b] = [pixels.colors[3 * i], pixels.colors[3 * i + 1], pixels.colors[3 * i + 2]];
		const run = sorted.labels[i];
		if ((Math.max(r, g, b) - Math.min(r, g, b)) / 255 < GREY_CHROMA) grey[run] += pixels.counts[i];
		members[run].push({ L: rgbToOklab(r, g, b)[0], count: pixels.counts[i] });
	}
	return members.map((list, j) => {
		list.sort((a, b) => a.L - b.L);
		const total = list.reduce((sum, m) => sum + m.count, 0);
		const quantile = (q: number) => {
			let seen = 0;
			for (const m of list) if ((seen += m.count) >= q * total) return m.L;
			return list.at(-1)?.L ?? 0;
		};
		const c = sorted.centroids;
		return {
			hex: rgbToHex(Math.round(c[3 * j]), Math.round(c[3 * j + 1]), Math.round(c[3 * j + 2])),
			greyish: total > 0 ? grey[j] / total : 0,
			darkL: quantile(0.1),
			lightL: quantile(0.9)
		};
	});
}
