// The resize-first cell's Code fold: cluster a small copy, repaint the full still with its palette, measure both.
import { loadStill, sklearnInit, type CellCode, type CodeContext } from '$lib/notebook/code';

export function code(context: CodeContext, workingSize: number | null): CellCode {
	const { k, seed, init } = context;
	const start = sklearnInit(init, k, seed);
	const shrink = workingSize
		? `small = Image.fromarray(image)\nsmall.thumbnail((${workingSize}, ${workingSize}), Image.Resampling.BOX)   # longer side ${workingSize} px, area average\n` +
			`small_colours, small_counts = np.unique(np.asarray(small).reshape(-1, 3), axis=0, return_counts=True)\n`
		: `small_colours, small_counts = colours, counts   # full size: nothing shrunk\n`;
	const python =
		loadStill(context) +
		`import time\nfrom sklearn.cluster import KMeans\n\n` +
		shrink +
		start.setup.replaceAll('colours', 'small_colours').replaceAll('counts[', 'small_counts[') +
		`started = time.perf_counter()\n` +
		`km = KMeans(n_clusters=${k}, init=${start.argument}, n_init=1, random_state=${seed}).fit(small_colours, sample_weight=small_counts)\n` +
		`ms = 1000 * (time.perf_counter() - started)\n` +
		`palette = np.clip(np.round(km.cluster_centers_), 0, 255)\n` +
		`nearest = ((colours[:, None, :] - palette[None]) ** 2).sum(axis=2).argmin(axis=1)   # the FULL still's colours\n` +
		`mse = np.average(((colours - palette[nearest]) ** 2).mean(axis=1), weights=counts)\n` +
		`print("%.0f ms" % ms, "PSNR %.2f dB" % (10 * np.log10(255 ** 2 / mse)))\n`;
	const engine =
		`const result = await notebook.engine.run('analyse', { k: ${k}, seed: ${seed}, init: '${init}', workingSize: ${workingSize ?? 'null'} }).result;\n` +
		`result.clustered        // { width, height, distinct } of the copy clustered\n` +
		`result.timings.cluster  // ms\nresult.metrics.psnr      // of the full still repainted with that palette`;
	return { python, engine };
}
