// The hue strip's Code fold: every pixel sorted by hue, cut into k equal runs, each run averaged.
import { loadStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { huePython } from '../method-compare/python-parts';

export function code(context: CodeContext): CellCode {
	const python =
		loadStill(context) + '\n' + huePython + '\n' +
		`pixels = image.reshape(-1, 3).astype(float)\n` +
		`line = pixels[np.argsort(hue(pixels), kind="stable")]   # greys (hue 0) first\n` +
		`runs = np.array_split(line, ${context.k})\n` +
		`palette = np.array([run.mean(axis=0) for run in runs]).round().astype(int)\n` +
		`print(palette)\n`;
	const engine = `const { order, cuts, centroids, labels } = hueSort(pixels, ${context.k});\n// cuts: where each run starts along the sorted line; centroids: each run's mean`;
	return { python, engine };
}
