// The hue strip's Code fold: every pixel lined up by hue, cut into k equal runs, each run averaged.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { hueSortLines } from '$lib/notebook/code-kmeans';

export function code(context: CodeContext): CellCode {
	// Colours with equal hue (every grey) keep the order the engine gives them, so the runs and their means agree exactly.
	const python = withStill(context, hueSortLines(context.k) + `print(hue_palette)\n`);
	const engine = `const { order, cuts, centroids, labels } = hueSort(pixels, ${context.k});\n// cuts: where each run starts along the sorted line; centroids: each run's mean`;
	return { python, engine };
}
