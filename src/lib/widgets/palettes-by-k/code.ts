// The palettes-by-k cell's Code fold: one k-means per chosen k, each palette with its inertia per pixel.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { fitKMeans, importKMeans } from '$lib/notebook/code-kmeans';

export function code(context: CodeContext, ks: readonly number[]): CellCode {
	const settings = { k: context.k, seed: context.seed, init: context.init };
	return {
		python: withStill(
			context,
			importKMeans +
				`for k in (${ks.join(', ')}${ks.length === 1 ? ',' : ''}):\n` +
				fitKMeans(settings, 'k', '    ') +
				`    palette = km.cluster_centers_.round().astype(int)\n` +
				`    print(f"k = {k}: J per pixel {km.inertia_ / counts.sum():.0f}, palette {palette.tolist()}")\n`
		),
		engine:
			`for (const k of [${ks.join(', ')}]) {\n` +
			`  const analysis = analyse(notebook.pixels, { k, seed: ${context.seed}, init: '${context.init}' });\n` +
			`  console.log(k, analysis.inertia / notebook.pixels.total, paletteOf(analysis, 'hue'));\n` +
			`}`
	};
}
