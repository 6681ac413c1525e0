// Lessons 9–11 on the built site: metrics equal the engine's, the flags' yellow disc, the downloaded PNG, OKLab lightness.
import { mkdirSync, readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { test, expect, openWithStill } from './fixtures';
import type { Page } from '@playwright/test';
import {
	analyseImage,
	deltaEOk,
	hexToRgb,
	pixelSetFromRgba,
	rgbToOklab,
	type RgbaImage,
	type Space
} from '../../src/lib/engine';

function sample(name: string): RgbaImage {
	const png = decode(readFileSync(`static/samples/${name}.png`));
	const data = new Uint8ClampedArray(png.width * png.height * 4);
	for (let p = 0; p < png.width * png.height; p++) {
		for (let c = 0; c < 3; c++) data[4 * p + c] = png.data[png.channels * p + c];
		data[4 * p + 3] = png.channels === 4 ? png.data[4 * p + 3] : 255;
	}
	return { width: png.width, height: png.height, data };
}

const settings = { seed: 1, init: 'kmeans++' as const };
const YELLOW_DISC: [number, number, number] = [244, 208, 40];

async function metricsOf(page: Page, id: string) {
	const column = page.getByTestId(`result-${id}`);
	await expect(column).toHaveAttribute('data-running', 'false');
	const dl = column.locator('dl.metrics');
	const read = async (name: string) => Number(await dl.getAttribute(name));
	const hexes = await column
		.locator('[data-hex]')
		.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-hex') ?? ''));
	return {
		mse: await read('data-mse'),
		psnr: await read('data-psnr'),
		meanDeltaE: await read('data-delta-e'),
		hexes
	};
}

function expected(
	name: string,
	k: number,
	method: 'kmeans' | 'huesort',
	space: Space = 'rgb',
	order: 'hue' | 'lightness' = 'hue'
) {
	const image = sample(name);
	return analyseImage(image, pixelSetFromRgba(image), { method, k, space, order, ...settings });
}

test.describe('lesson 9: hue sort', () => {
	test('both methods score as the engine does, and on the flags at k = 4 only k-means keeps the yellow disc', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/hue-sort/');
		for (const method of ['huesort', 'kmeans'] as const) {
			const shown = await metricsOf(page, method);
			const engine = expected('poster', 6, method);
			expect(shown.mse).toBe(engine.metrics.mse);
			expect(shown.psnr).toBe(engine.metrics.psnr);
			expect(shown.meanDeltaE).toBe(engine.metrics.meanDeltaE);
			expect(shown.hexes).toEqual(engine.palette.map((e) => e.hex));
		}
		await page.getByRole('button', { name: 'Show this on the signal flags (k = 4)' }).click();
		await expect(
			page.getByRole('button', { name: 'Showing the signal flags at k = 4' })
		).toBeDisabled();
		await expect(page.getByTestId('palette-kmeans').locator('[data-hex]')).toHaveCount(4);
		const hue = await metricsOf(page, 'huesort');
		const km = await metricsOf(page, 'kmeans');
		expect(hue.meanDeltaE).toBe(expected('flags', 4, 'huesort').metrics.meanDeltaE);
		expect(km.psnr).toBe(expected('flags', 4, 'kmeans').metrics.psnr);
		const nearest = (hexes: string[]) =>
			Math.min(...hexes.map((hex) => deltaEOk(hexToRgb(hex), YELLOW_DISC)));
		expect(nearest(km.hexes)).toBeLessThan(0.02);
		expect(nearest(hue.hexes)).toBeGreaterThan(0.2);
		await expect(page.getByTestId('hue-runs').locator('li')).toHaveCount(4);
		await page.locator('.predict summary').first().click();
		await expect(page.locator('.predict').first()).toContainText('k-means does');
	});
});

test.describe('lesson 10: quantize', () => {
	test('the size shown is the downloaded file, which decodes to the repainted still', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/quantize/');
		const slider = page.getByLabel('Number of colours k').first();
		await slider.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('quantize-k')).toHaveText('16');
		await expect(page.locator('[data-widget="quantize"] [data-running="false"]')).toBeVisible();
		const bytes = Number(await page.getByTestId('indexed-bytes').getAttribute('data-bytes'));
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the 16-colour PNG' }).click();
		const file = readFileSync(await (await download).path());
		expect(file.length).toBe(bytes);
		const png = decode(file);
		expect(png.palette?.length).toBe(16);
		const engine = expected('poster', 16, 'kmeans');
		const shown = await page
			.locator('[data-widget="quantize"] canvas')
			.first()
			.evaluate((node) => {
				const canvas = node as HTMLCanvasElement;
				return Array.from(
					canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
				);
			});
		const rgba: number[] = [];
		for (let p = 0; p < png.width * png.height; p++) {
			const entry = png.palette![(png.data[p >> 1] >> (p % 2 ? 0 : 4)) & 15];
			rgba.push(entry[0], entry[1], entry[2], 255);
		}
		expect(rgba).toEqual(shown);
		expect(rgba).toEqual(Array.from(engine.quantized.image.data));
		await expect(page.getByTestId('size-chart')).toHaveAttribute('data-points', '11');
	});
});

test.describe('lesson 11: seeing like an eye', () => {
	test('RGB and OKLab runs score as the engine does; the colour pairs share an RGB distance', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/perceptual/');
		const pairs = page.getByTestId('pair');
		const distances = await pairs.evaluateAll((nodes) =>
			nodes.map((n) => Number(n.getAttribute('data-rgb-distance')))
		);
		const deltas = await pairs.evaluateAll((nodes) =>
			nodes.map((n) => Number(n.getAttribute('data-delta-e')))
		);
		expect(distances).toEqual([40, 40]);
		expect(deltas[1] / deltas[0]).toBeGreaterThan(5);
		for (const space of ['rgb', 'oklab'] as const) {
			const shown = await metricsOf(page, space);
			const engine = expected('poster', 6, 'kmeans', space, 'lightness');
			expect(shown.psnr).toBe(engine.metrics.psnr);
			expect(shown.meanDeltaE).toBe(engine.metrics.meanDeltaE);
			expect(shown.hexes).toEqual(engine.palette.map((e) => e.hex));
			const L = shown.hexes.map((hex) => rgbToOklab(...hexToRgb(hex))[0]);
			expect(L).toEqual([...L].sort((a, b) => a - b));
		}
		await page.locator('.predict summary').first().click();
		await expect(page.locator('.predict').first()).toContainText('The black pair');
	});
});

test.describe('lesson 7: lightness', () => {
	test('the Lightness order runs dark to light by OKLab L', async ({ page }) => {
		await openWithStill(page, '/lessons/palette/');
		await page.getByRole('radio', { name: 'Lightness' }).check();
		await expect(page.locator('[data-widget="palette"] [data-running="false"]')).toBeVisible();
		const hexes = await page
			.getByTestId('palette-swatches')
			.locator('[data-hex]')
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-hex') ?? ''));
		expect(hexes).toHaveLength(6);
		const L = hexes.map((hex) => rgbToOklab(...hexToRgb(hex))[0]);
		expect(L).toEqual([...L].sort((a, b) => a - b));
	});
});

test.describe('screenshots', () => {
	for (const slug of ['hue-sort', 'quantize', 'perceptual']) {
		test(`${slug} at 1280×720 and 390 px`, async ({ page }) => {
			mkdirSync('/tmp/shots-lessons', { recursive: true });
			await openWithStill(page, `/lessons/${slug}/`);
			await page.waitForTimeout(2500);
			await page.screenshot({ path: `/tmp/shots-lessons/${slug}-1280.png`, fullPage: true });
			await page.setViewportSize({ width: 390, height: 844 });
			await page.waitForTimeout(800);
			await page.screenshot({ path: `/tmp/shots-lessons/${slug}-390.png`, fullPage: true });
		});
	}
});
