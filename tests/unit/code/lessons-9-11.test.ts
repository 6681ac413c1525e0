// Lessons 9 to 11's Code folds run in python3: every one runs, and the hue strip prints the engine's hue-sort palette.
import { beforeAll, describe, expect, it } from 'vitest';
import { hueSort, pixelSetFromRgba } from '../../../src/lib/engine';
import type { CodeContext } from '../../../src/lib/notebook/code';
import { code as hueStripCode } from '../../../src/lib/widgets/hue-strip/code';
import { code as methodCode } from '../../../src/lib/widgets/method-compare/code';
import { code as quantizeCode } from '../../../src/lib/widgets/quantize/code';
import { code as resizeCode } from '../../../src/lib/widgets/resize-first/code';
import { code as pairsCode } from '../../../src/lib/widgets/colour-pairs/code';
import { pairsAt } from '../../../src/lib/widgets/colour-pairs/pairs';
import { code as spaceCode } from '../../../src/lib/widgets/space-compare/code';
import { loadStillForTest, requirePython, runPython } from './python';

beforeAll(() => requirePython(), 60_000);

for (const [name, k] of [
	['poster', 5],
	['flags', 4]
] as const) {
	describe(`lessons 9–11 folds on ${name}.png`, () => {
		const path = `static/samples/${name}.png`;
		const image = loadStillForTest(path);
		const context: CodeContext = {
			file: `${name}.png`,
			title: name,
			width: image.width,
			height: image.height,
			k,
			seed: 1,
			init: 'kmeans++',
			space: 'rgb'
		};

		it("hue strip: the printed palette is the engine's hue sort, rounded", () => {
			const out = runPython(hueStripCode(context).python, path);
			const engine = hueSort(pixelSetFromRgba(image), k);
			const expected = Array.from(engine.centroids, Math.round);
			expect((out.match(/\d+/g) ?? []).map(Number)).toEqual(expected);
		});

		it('method compare, quantize, resize first, colour pairs and space compare all run', () => {
			const scripts = [
				methodCode(context),
				quantizeCode(context, false),
				resizeCode(context, 200),
				pairsCode(pairsAt(40)),
				spaceCode(context)
			];
			for (const script of scripts)
				expect(runPython(script.python, path).length).toBeGreaterThan(0);
		});
	});
}
