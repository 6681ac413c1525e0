// The k-means pieces of the Code folds' Python: fitting scikit-learn, the palette, repainting with error, and the hue-sort shortcut.
import { sklearnInit, type CodeContext } from './code';

type KMeansContext = Pick<CodeContext, 'k' | 'seed' | 'init' | 'start'>;

/**
 * Fit scikit-learn's KMeans on the distinct colours weighted by their counts (the same clusters as
 * on all pixels, faster). tol=0 runs until no colour changes cluster, which is when the page stops.
 */
export function fitKMeans(
	context: KMeansContext,
	k: number | string = context.k,
	indent = ''
): string {
	const { setup, argument } = sklearnInit(context.init, k, context.seed, context.start);
	const lines = [
		...setup.split('\n').filter(Boolean),
		`km = KMeans(n_clusters=${k}, init=${argument}, n_init=1, tol=0, max_iter=300, random_state=${context.seed})`,
		`km.fit(colours, sample_weight=counts)  # distinct colours, each weighted by its pixel count`
	];
	return lines.map((line) => indent + line).join('\n') + '\n';
}

export const importKMeans = `from sklearn.cluster import KMeans\n`;

/** The palette of a fitted `km`: rounded colours and each one's share of the pixels. */
export const paletteLines =
	`palette = km.cluster_centers_.round().astype(int)  # the colours a file would hold\n` +
	`share = np.bincount(km.labels_, weights=counts, minlength=len(palette)) / counts.sum()\n`;

/** How far the still repainted with the palette is from the original (on distinct colours: the same sums, less work). */
export const repaintLines =
	`gaps = ((colours[:, None, :].astype(float) - palette[None, :, :]) ** 2).sum(axis=2)  # colour to palette colour\n` +
	`nearest = gaps.argmin(axis=1)  # each colour's stand-in\n` +
	`mse = (counts * gaps[np.arange(len(colours)), nearest]).sum() / (3 * counts.sum())  # per pixel and channel\n` +
	`psnr = 10 * np.log10(255 ** 2 / mse)\n`;

/** The hue-sort shortcut in NumPy, lining colours up in the order the engine numbers them (first seen) so ties break alike. */
export function hueSortLines(k: number): string {
	return (
		`_, first_seen = np.unique(image.reshape(-1, 3), axis=0, return_index=True)\n` +
		`seen = np.argsort(first_seen)  # distinct colours in the order they first appear\n` +
		`r, g, b = colours[seen].T.astype(float)\n` +
		`top, delta = np.maximum(np.maximum(r, g), b), np.ptp(colours[seen], axis=1).astype(float)\n` +
		`safe = np.where(delta == 0, 1, delta)\n` +
		`hue = 60 * np.select([delta == 0, top == r, top == g], [0, (g - b) / safe, (b - r) / safe + 2], (r - g) / safe + 4)\n` +
		`hue[hue < 0] += 360  # greys get hue 0 and start the line\n` +
		`order = seen[np.argsort(hue, kind="stable")]\n` +
		`line = np.repeat(colours[order], counts[order], axis=0)  # every pixel, lined up by hue\n` +
		`runs = np.array_split(line, ${k})  # ${k} equal runs (one pixel longer where ${k} does not divide the count)\n` +
		`hue_palette = np.array([run.mean(axis=0) for run in runs]).round().astype(int)\n`
	);
}
