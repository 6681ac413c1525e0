// The colour pairs' Code fold: RGB distance and OKLab ΔE of two pairs.
import type { CellCode } from '$lib/notebook/code';
import { oklabPython } from '../method-compare/python-parts';
import type { Pair } from './pairs';

export function code(pairs: Pair[]): CellCode {
	const arrays = pairs.map(
		(p) => `np.array([[${p.from.join(', ')}], [${p.to.join(', ')}]], dtype=float)`
	);
	const python =
		`import numpy as np\n\n` +
		oklabPython +
		'\n' +
		`for pair in (${arrays.join(',\n             ')}):\n` +
		`    lab = oklab(pair)\n` +
		`    print("RGB distance %.1f  ΔE %.3f" % (np.linalg.norm(pair[0] - pair[1]), np.linalg.norm(lab[0] - lab[1])))\n`;
	const engine = pairs
		.map(
			(p) => `deltaEOk([${p.from.join(', ')}], [${p.to.join(', ')}])   // ${p.deltaE.toFixed(3)}`
		)
		.join('\n');
	return { python, engine };
}
