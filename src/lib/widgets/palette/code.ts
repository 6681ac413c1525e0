// The palette cell's Code fold: k-means on the still's colours, the palette with shares, and how far the repainted still is.
import type { PaletteOrder } from '$lib/engine';
import { engineInit, withStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { fitKMeans, importKMeans, paletteLines, repaintLines } from '$lib/notebook/code-kmeans';

const orderLines: Record<PaletteOrder, string> = {
	hue: `# the page lists them by hue; here they are in scikit-learn's order\n`,
	share: `palette, share = palette[np.argsort(-share)], share[np.argsort(-share)]  # largest share first\n`,
	lightness: `# the page lists them by OKLab lightness; here they are in scikit-learn's order\n`
};

export function code(context: CodeContext, order: PaletteOrder, snapped: boolean): CellCode {
	const snap = snapped
		? `real = colours[((colours[None, :, :].astype(float) - km.cluster_centers_[:, None, :]) ** 2).sum(axis=2).argmin(axis=1)]\n` +
			`print("nearest real colours:", real.tolist())  # centroids are averages; these pixels exist\n`
		: '';
	return {
		python: withStill(
			context,
			importKMeans +
				fitKMeans(context) +
				`print("inertia:", km.inertia_)\n\n` +
				paletteLines +
				orderLines[order] +
				`print("palette:", palette.tolist())\n` +
				`print("share:", share.round(4).tolist())\n` +
				snap +
				`\n# the still repainted with the palette: how far from the original?\n` +
				repaintLines +
				`print("MSE:", mse)\n` +
				`print("PSNR:", psnr)\n`
		),
		engine:
			`const analysis = analyse(notebook.pixels, { k: ${context.k}, seed: ${context.seed}, init: ${engineInit(context)} });\n` +
			`const palette = paletteOf(analysis, '${order}');  // hex, rgb, proportion\n` +
			`analysis.inertia;` +
			(snapped ? `\nconst real = nearestRealColors(notebook.pixels, analysis.centroids);` : '')
	};
}
