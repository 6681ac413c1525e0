// The pixel lessons' Code folds (1 to 4) run in python3 on bundled stills and print the engine's numbers exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { pixelSetFromRgba, rgbToHex, type RgbaImage } from '../../../src/lib/engine';
import type { CodeContext } from '../../../src/lib/notebook/code';
import { code as zoomCode } from '../../../src/lib/widgets/pixel-zoom/code';
import { code as sheetCode } from '../../../src/lib/widgets/pixel-sheet/code';
import { code as mixerCode } from '../../../src/lib/widgets/rgb-mixer/code';
import { code as planesCode } from '../../../src/lib/widgets/channel-planes/code';
import { code as shapeCode } from '../../../src/lib/widgets/image-shape/code';
import { code as matrixCode } from '../../../src/lib/widgets/pixel-matrix/code';
import { code as scatterCode } from '../../../src/lib/widgets/rgb-scatter/code';
import { withVignette } from '../../../src/lib/widgets/image-shape/vignette';
import { loadStillForTest, printed, printedText, requirePython, runPython } from './python';

beforeAll(() => requirePython(), 60_000);

const rgbAt = (image: RgbaImage, x: number, y: number) =>
	Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3));

for (const name of ['poster', 'flags']) {
	describe(`pixel folds on ${name}.png`, () => {
		const path = `static/samples/${name}.png`;
		const image = loadStillForTest(path);
		const context: CodeContext = {
			file: `${name}.png`,
			title: name,
			width: image.width,
			height: image.height,
			k: 4,
			seed: 3,
			init: 'kmeans++',
			space: 'rgb'
		};
		// A spot off the middle and off the diagonal, so rows and columns cannot be swapped unnoticed.
		const x = 201,
			y = 67;
		const rgb = rgbAt(image, x, y);

		it('pixel zoom: shape, the pixel and its hex code', () => {
			const out = runPython(
				zoomCode(context, { x, y, rgb, hex: rgbToHex(rgb[0], rgb[1], rgb[2]) }).python,
				path
			);
			expect(printed(out, 'shape:')).toEqual([image.height, image.width, 3]);
			expect(printed(out, 'pixel:')).toEqual(rgb);
			expect(printedText(out, 'hex:')).toBe(rgbToHex(rgb[0], rgb[1], rgb[2]));
		});

		it('pixel sheet: the block, every number', () => {
			const [left, top, columns, rows] = [150, 100, 6, 4];
			const out = runPython(
				sheetCode(context, { left, top, columns, rows, first: rgbAt(image, left, top) }).python,
				path
			);
			expect(printed(out, 'block shape:')).toEqual([rows, columns, 3]);
			const block = [];
			for (let yy = top; yy < top + rows; yy++)
				for (let xx = left; xx < left + columns; xx++) block.push(...rgbAt(image, xx, yy));
			expect(printed(out, 'block:')).toEqual(block);
		});

		it('channel planes: plane shape, the pixel per plane and its red neighbourhood', () => {
			const out = runPython(planesCode(context, { x, y, rgb }).python, path);
			expect(printed(out, 'plane shape:')).toEqual([image.height, image.width]);
			expect(printed(out, 'pixel:')).toEqual(rgb);
			const reds = [];
			for (let yy = y - 2; yy <= y + 2; yy++)
				for (let xx = x - 2; xx <= x + 2; xx++) reds.push(rgbAt(image, xx, yy)[0]);
			expect(printed(out, 'red around it:')).toEqual(reds);
		});

		it('image shape: h×w×3, and h×w×4 with the same vignette as the page', () => {
			const plain = runPython(shapeCode(context, { alpha: false, x, y, picked: rgb }).python, path);
			expect(printed(plain, 'shape:')).toEqual([image.height, image.width, 3]);
			expect(printed(plain, 'numbers:')).toEqual([image.height * image.width * 3]);
			const shown = withVignette(image.data, image.width, image.height);
			const out = runPython(
				shapeCode(context, { alpha: true, x: 0, y: 0, picked: [] }).python +
					'print("alphas:", rgba[:, :, 3].ravel().tolist())\n',
				path
			);
			expect(printed(out, 'shape:')).toEqual([image.height, image.width, 4]);
			expect(printed(out, 'pixel:')).toEqual(Array.from(shown.subarray(0, 4)));
			const alphas = printed(out, 'alphas:');
			expect(alphas).toHaveLength(image.width * image.height);
			expect(alphas.every((a, p) => a === shown[p * 4 + 3])).toBe(true);
		});

		it('pixel matrix: (h·w)×3 and the row of pixel (x, y)', () => {
			const out = runPython(matrixCode(context, { x, y, rgb }).python, path);
			expect(printed(out, 'X shape:')).toEqual([image.width * image.height, 3]);
			expect(printed(out, 'row:')).toEqual([y * image.width + x, ...rgb]);
		});

		it('RGB scatter: the distinct-colour count and the sample size', () => {
			const out = runPython(scatterCode(context, 2500).python, path);
			expect(printed(out, 'distinct colours:')).toEqual([pixelSetFromRgba(image).size]);
			expect(printed(out, 'sample shape:')).toEqual([2500, 3]);
		});
	});
}

it('RGB mixer: the hex code of three lights', () => {
	const out = runPython(mixerCode([255, 128, 7], rgbToHex(255, 128, 7)).python);
	expect(printedText(out, 'hex:')).toBe('#ff8007');
});

it('k-means toy: the labels, J, the updated centroids and J after, as the toy computes them', async () => {
	const { code: toyCode } = await import('../../../src/lib/widgets/kmeans-toy/code');
	const toy = await import('../../../src/lib/widgets/kmeans-toy/toy');
	const centroids = toy.startingCentroids.slice(0, 3);
	const out = runPython(toyCode(toy.startingPoints, centroids).python);
	const labels = toy.assign(toy.startingPoints, centroids);
	expect(printed(out, 'labels:')).toEqual(labels);
	expect(printed(out, 'J:')[0]).toBeCloseTo(toy.inertia(toy.startingPoints, labels, centroids), 9);
	const moved = toy.update(toy.startingPoints, labels, centroids);
	const printedCentroids = printed(out, 'centroids:');
	expect(printedCentroids).toHaveLength(6);
	moved
		.flatMap((c) => [c.x, c.y])
		.forEach((value, i) => expect(printedCentroids[i]).toBeCloseTo(value, 9));
	expect(printed(out, 'J after update:')[0]).toBeCloseTo(
		toy.inertia(toy.startingPoints, labels, moved),
		9
	);
});
