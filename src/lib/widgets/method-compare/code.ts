// The method comparison's Code fold: hue sort and k-means on the same still and k, each repainted and scored.
import { loadStill, sklearnInit, type CellCode, type CodeContext } from '$lib/notebook/code';
import { huePython, oklabPython, scorePython } from './python-parts';

export function code(context: CodeContext): CellCode {
	const { k, seed, init, space } = context;
	const start = sklearnInit(init, k, seed);
	const python =
		loadStill(context) +
		`import time\nfrom sklearn.cluster import KMeans\n\n` +
		huePython +
		'\n' +
		oklabPython +
		'\n' +
		scorePython +
		'\n' +
		`started = time.perf_counter()\n` +
		`order = np.argsort(hue(pixels), kind="stable")       # every pixel, by hue\n` +
		`runs = np.array_split(pixels[order], ${k})              # ${k} runs of (nearly) equal length\n` +
		`hue_palette = np.array([run.mean(axis=0) for run in runs])\n` +
		`hue_ms = 1000 * (time.perf_counter() - started)\n\n` +
		start.setup +
		`started = time.perf_counter()\n` +
		`km = KMeans(n_clusters=${k}, init=${start.argument}, n_init=1, random_state=${seed}).fit(colours, sample_weight=counts)\n` +
		`kmeans_ms = 1000 * (time.perf_counter() - started)\n\n` +
		`print("hue sort  MSE %.1f  PSNR %.2f dB  mean ΔE %.4f" % score(hue_palette), "%.0f ms" % hue_ms)\n` +
		`print("k-means   MSE %.1f  PSNR %.2f dB  mean ΔE %.4f" % score(km.cluster_centers_), "%.0f ms" % kmeans_ms)\n`;
	const options = `k: ${k}, seed: ${seed}, init: '${init}', space: '${space}'`;
	const engine =
		`const hue = analyseImage(image, pixels, { method: 'huesort', ${options} });\n` +
		`const km = analyseImage(image, pixels, { method: 'kmeans', ${options} });\n` +
		`hue.metrics, km.metrics   // { mse, psnr, meanDeltaE }\n` +
		`hue.timings.cluster, km.timings.cluster   // ms`;
	return { python, engine };
}
