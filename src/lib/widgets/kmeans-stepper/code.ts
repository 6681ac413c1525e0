// The stepper cell's Code fold: the same run in Python (scikit-learn) and in the course's engine, with the live settings.
import type { InitChoice } from './stepper.svelte';

const sklearnInit: Record<InitChoice, string> = {
	'kmeans++': "'k-means++'",
	random: "'random'",
	partition: 'partition_means  # random labels first, then their means (see above)',
	place: 'placed  # the k colours you clicked, as a k×3 array'
};

export function pythonCode(k: number, seed: number, init: InitChoice, iteration: number): string {
	const partition =
		init === 'partition'
			? `rng = np.random.default_rng(${seed})\nrandom_labels = rng.integers(${k}, size=len(colours))\n` +
				`partition_means = np.array([np.average(colours[random_labels == j], axis=0, weights=counts[random_labels == j]) for j in range(${k})])\n`
			: '';
	return (
		`import numpy as np\nfrom sklearn.cluster import KMeans\n\n` +
		`colours, counts = np.unique(image.reshape(-1, 3), axis=0, return_counts=True)\n${partition}` +
		`km = KMeans(n_clusters=${k}, init=${sklearnInit[init]}, n_init=1, random_state=${seed}, max_iter=${Math.max(1, iteration)})\n` +
		`km.fit(colours, sample_weight=counts)  # stops after ${Math.max(1, iteration)} iteration(s), or sooner if converged\n` +
		`km.cluster_centers_, km.inertia_`
	);
}

export function engineCode(k: number, seed: number, init: InitChoice, index: number): string {
	const initText = init === 'place' ? 'placed /* your k clicked colours */' : `'${init}'`;
	const at = Math.max(0, index);
	return (
		`const run = createKMeans(notebook.pixels, { k: ${k}, seed: ${seed}, init: ${initText} });\n` +
		`run.next();          // one half-step: assign, then update, then assign…\n` +
		`const now = run.goTo(${at});  // the half-step on screen\n` +
		`now.inertia, now.changed, now.centroids\n` +
		`quantizeFromLabels(notebook.pixels, run.labels(${at}), now.centroids);  // the repainted still`
	);
}
