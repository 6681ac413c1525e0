// The 2-D toy's Code fold: the dozen points, the centroids, one assign, the objective, one update.
import { pythonRows, type CellCode } from '$lib/notebook/code';
import type { Point } from './toy';

const rows = (list: readonly Point[]) => pythonRows(list.map((p) => [p.x, p.y]));

/** Positions are written to six decimals, so J printed matches the page's to its one decimal. */
export function code(points: readonly Point[], centroids: readonly Point[]): CellCode {
	const k = centroids.length;
	return {
		python:
			`import numpy as np\n\n` +
			`X = np.array(${rows(points)}, dtype=float)\n` +
			`C = np.array(${rows(centroids)}, dtype=float)\n\n` +
			`labels = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)  # assign: nearest centroid\n` +
			`print("labels:", labels)\n` +
			`print("J:", ((X - C[labels]) ** 2).sum())\n` +
			`C = np.array([X[labels == j].mean(axis=0) if (labels == j).any() else C[j] for j in range(${k})])  # update: the means\n` +
			`print("centroids:", C.tolist())\n` +
			`print("J after update:", ((X - C[labels]) ** 2).sum())\n`,
		engine:
			`const labels = assign(points, centroids);\n` +
			`inertia(points, labels, centroids);\n` +
			`const moved = update(points, labels, centroids);`
	};
}
