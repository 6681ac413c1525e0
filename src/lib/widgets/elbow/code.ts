// The elbow cell's Code fold: k-means for every k from 1 up, printing each k's inertia.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { fitKMeans, importKMeans } from '$lib/notebook/code-kmeans';

export function code(context: CodeContext, maxK: number): CellCode {
	const settings = { k: context.k, seed: context.seed, init: context.init };
	return {
		python: withStill(
			context,
			importKMeans +
				`for k in range(1, ${maxK + 1}):\n` +
				fitKMeans(settings, 'k', '    ') +
				`    print(f"k = {k}: inertia {km.inertia_}")\n`
		),
		engine:
			`for (let k = 1; k <= ${maxK}; k++) {\n` +
			`  const analysis = analyse(notebook.pixels, { k, seed: ${context.seed}, init: '${context.init}' });\n` +
			`  console.log(k, analysis.inertia);\n` +
			`}`
	};
}
