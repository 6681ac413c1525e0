// The Lab: measures equal analyse on the same still, exports parse and match the palette shown, recipes and links reopen the run, pins stay centroids.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { decode } from 'fast-png';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
	analyse,
	paletteBytes,
	paletteOf,
	pixelSetFromRgba,
	qualityMetrics,
	quantizeWith,
	type RgbaImage
} from '../../src/lib/engine';
import { decodeIndexedPngForTest } from '../unit/worker/worker-fixtures';
import { LAB_METHODS, methodOptions, defaultSettings } from '../../src/lib/lab/methods';

const png = decode(readFileSync('static/samples/poster.png'));
const poster: RgbaImage = { width: png.width, height: png.height, data: png.data as Uint8Array };
const pixels = pixelSetFromRgba(poster);

/** What the engine gives in Node for one column (the poster is smaller than the Lab's working size). */
function expected(method: (typeof LAB_METHODS)[number], k: number, seed: number) {
	const analysis = analyse(pixels, methodOptions(method, { ...defaultSettings, k, seed }));
	const palette = paletteOf(analysis);
	const quantized = quantizeWith(pixels, paletteBytes(palette), analysis.space);
	return {
		palette: palette.map((e) => e.hex),
		metrics: qualityMetrics(poster, quantized.image),
		image: quantized.image
	};
}

async function openLab(page: Page, query: string) {
	await page.goto(`/lab/?${query}`);
	await expect(page.getByRole('status').filter({ hasText: 'All 4 methods done' })).toBeVisible({
		timeout: 30_000
	});
}

const column = (page: Page, method: string) =>
	page.locator(`section.column[data-method="${method}"]`);
const hexesOf = (page: Page, method: string) =>
	column(page, method)
		.locator('.chips li')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-hex')));

async function saved(page: Page, id: string): Promise<{ download: Download; bytes: Buffer }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-export="${id}"]`).click()
	]);
	const path = await download.path();
	return { download, bytes: readFileSync(path) };
}

test('each method shows the palette and measures analyse gives on the same still, best marked', async ({
	page
}) => {
	await openLab(page, 'still=poster&k=5&seed=1');
	for (const method of LAB_METHODS) {
		const want = expected(method, 5, 1);
		expect(await hexesOf(page, method)).toEqual(want.palette);
		const value = async (key: string) =>
			Number(
				await column(page, method).locator(`[data-measure="${key}"]`).getAttribute('data-value')
			);
		expect(await value('mse')).toBe(want.metrics.mse);
		expect(await value('psnr')).toBe(want.metrics.psnr);
		expect(await value('deltaE')).toBe(want.metrics.meanDeltaE);
	}
	const bestMse = Math.min(...LAB_METHODS.map((m) => expected(m, 5, 1).metrics.mse));
	const marked = page.locator('[data-measure="mse"].best');
	await expect(marked).toHaveCount(1);
	expect(Number(await marked.getAttribute('data-value'))).toBe(bestMse);
});

test('every export is a real file that parses and holds the palette on screen', async ({
	page
}) => {
	await openLab(page, 'still=poster&k=5&seed=1&method=kmeans-oklab');
	const shown = await hexesOf(page, 'kmeans-oklab');
	expect(shown).toEqual(expected('kmeans-oklab', 5, 1).palette);

	const hex = await saved(page, 'hex');
	expect(hex.download.suggestedFilename()).toBe('poster-k5-kmeans-oklab.txt');
	expect(hex.bytes.toString().trim().split('\n')).toEqual(shown);
	expect(
		[...(await saved(page, 'css')).bytes.toString().matchAll(/(#[0-9a-f]{6});/g)].map((m) => m[1])
	).toEqual(shown);
	const gpl = (await saved(page, 'gpl')).bytes.toString().split('\n');
	expect(gpl[0]).toBe('GIMP Palette');
	expect(
		gpl.slice(4, 9).map(
			(line) =>
				'#' +
				line
					.trim()
					.split(/\s+/)
					.slice(0, 3)
					.map((v) => Number(v).toString(16).padStart(2, '0'))
					.join('')
		)
	).toEqual(shown);
	const json = JSON.parse((await saved(page, 'json')).bytes.toString()) as {
		palette: Record<string, unknown>[];
	};
	expect(json.palette.map((s) => s.hex)).toEqual(shown);
	expect(Object.keys(json.palette[0]).sort()).toEqual(['count', 'hex', 'oklch', 'rgb', 'share']);
	const ase = (await saved(page, 'ase')).bytes;
	expect(ase.subarray(0, 4).toString('latin1')).toBe('ASEF');
	expect(ase.readUInt32BE(8)).toBe(5);
	const svg = (await saved(page, 'svg')).bytes.toString();
	expect(
		[...svg.matchAll(/<rect x="\d+" y="36" width="120" height="160" fill="(#[0-9a-f]{6})"/g)].map(
			(m) => m[1]
		)
	).toEqual(shown);
	const card = decode((await saved(page, 'card')).bytes);
	expect([card.width, card.height]).toEqual([600, 160]);
	shown.forEach((h, i) =>
		expect(
			'#' +
				Array.from(
					card.data.slice(3 * (20 * 600 + i * 120 + 60), 3 * (20 * 600 + i * 120 + 60) + 3),
					(v) => v.toString(16).padStart(2, '0')
				).join('')
		).toBe(h)
	);

	const indexed = await saved(page, 'png');
	const sizeShown = Number(
		await column(page, 'kmeans-oklab').locator('[data-measure="png"]').getAttribute('data-value')
	);
	expect(indexed.bytes.length).toBe(sizeShown);
	await expect(page.locator('[data-export="png"]')).toContainText(
		`${(sizeShown / 1024).toFixed(1)} KiB`
	);
	const still = decode(indexed.bytes);
	expect(
		still.palette?.slice(0, 5).map(
			(rgb) =>
				'#' +
				rgb
					.slice(0, 3)
					.map((v) => v.toString(16).padStart(2, '0'))
					.join('')
		)
	).toEqual(shown);
	const want = expected('kmeans-oklab', 5, 1).image;
	expect([still.width, still.height]).toEqual([poster.width, poster.height]);
	expect(Buffer.from(decodeIndexedPngForTest(indexed.bytes)).equals(Buffer.from(want.data))).toBe(
		true
	);
});

test('a recipe reopens the same palette exactly, and the link does too', async ({ page }) => {
	await openLab(page, 'still=flags&k=7&seed=3&method=mediancut&space=oklab');
	const before = await hexesOf(page, 'kmeans-rgb');
	const recipe = await saved(page, 'recipe');
	expect(JSON.parse(recipe.bytes.toString())).toMatchObject({
		still: 'flags',
		method: 'mediancut',
		settings: { k: 7, seed: 3, space: 'oklab' }
	});
	const link = page.url();
	expect(link).toContain('still=flags');

	await openLab(page, 'still=poster&k=3');
	await page
		.getByLabel('Reopen a recipe')
		.locator('input[type=file]')
		.setInputFiles({ name: 'run.recipe.json', mimeType: 'application/json', buffer: recipe.bytes });
	await expect(page.getByText('Reopened: Signal flags, k = 7.')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'All 4 methods done' })).toBeVisible({
		timeout: 30_000
	});
	await expect.poll(() => hexesOf(page, 'kmeans-rgb')).toEqual(before);
	await expect(
		column(page, 'mediancut').getByRole('button', { name: 'Chosen for export' })
	).toBeVisible();

	await page.goto(link);
	await expect(page.getByRole('status').filter({ hasText: 'All 4 methods done' })).toBeVisible({
		timeout: 30_000
	});
	await expect.poll(() => hexesOf(page, 'kmeans-rgb')).toEqual(before);
});

test('a pinned colour is still a centroid of both k-means columns at convergence', async ({
	page
}) => {
	await openLab(page, 'still=poster&k=4&seed=1');
	const still = page.getByRole('application', { name: /The still/ });
	await still.focus();
	for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const pin = await page.locator('[data-pin]').getAttribute('data-pin');
	const at = 4 * (32 * poster.width + 0);
	expect(pin).toBe(
		'#' + Array.from(poster.data.slice(at, at + 3), (v) => v.toString(16).padStart(2, '0')).join('')
	);
	await expect(page).toHaveURL(new RegExp(`pins=${pin!.slice(1)}`));
	await expect(page.getByRole('status').filter({ hasText: 'All 4 methods done' })).toBeVisible({
		timeout: 30_000
	});
	for (const method of ['kmeans-rgb', 'kmeans-oklab'])
		await expect.poll(() => hexesOf(page, method)).toContain(pin);
	await page.getByRole('button', { name: `Unpin ${pin}` }).click();
	await expect(page.locator('[data-pin]')).toHaveCount(0);
});

test('a brushed mask changes where k-means looks; the page passes axe; screenshots', async ({
	page
}) => {
	await openLab(page, 'still=flags&k=3&seed=1');
	const before = await hexesOf(page, 'kmeans-rgb');
	await page.getByRole('button', { name: 'Brush: use alone' }).click();
	const box = (await page.getByRole('application', { name: /The still/ }).boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByText('Brushed cells are used')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'All 4 methods done' })).toBeVisible({
		timeout: 30_000
	});
	await expect.poll(() => hexesOf(page, 'kmeans-rgb')).not.toEqual(before);

	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.help}`)
	).toEqual([]);
	await page.screenshot({ path: '/tmp/shots-lab/lab-1280.png', fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: '/tmp/shots-lab/lab-390.png', fullPage: true });
});

test('a clip gives one barcode column per sampled frame while the page keeps drawing', async ({
	page
}) => {
	await openLab(page, 'still=poster&k=4');
	// A short clip recorded here from a canvas: red, then green, then blue.
	const bytes = await page.evaluate(async () => {
		const canvas = document.createElement('canvas');
		[canvas.width, canvas.height] = [64, 48];
		const context = canvas.getContext('2d')!;
		const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' });
		const chunks: Blob[] = [];
		recorder.ondataavailable = (event) => chunks.push(event.data);
		const stopped = new Promise((resolve) => (recorder.onstop = resolve));
		recorder.start();
		for (const colour of ['#ff0000', '#00ff00', '#0000ff']) {
			const until = performance.now() + 500;
			while (performance.now() < until) {
				context.fillStyle = colour;
				context.fillRect(0, 0, 64, 48);
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
		}
		recorder.stop();
		await stopped;
		return Array.from(new Uint8Array(await new Blob(chunks).arrayBuffer()));
	});
	await page.getByLabel('Frames').fill('6');
	await page.getByLabel('Frames').blur();
	await page
		.getByLabel('Video file')
		.setInputFiles({ name: 'clip.webm', mimeType: 'video/webm', buffer: Buffer.from(bytes) });
	const status = page.locator('.clip p[role=status]');
	await expect(status).toHaveAttribute('data-stage', 'done', { timeout: 30_000 });
	await expect(page.locator('canvas.palettes')).toHaveAttribute('data-columns', '6');
	await expect(page.locator('canvas.averages')).toHaveAttribute('data-columns', '6');
	expect(Number(await status.getAttribute('data-painted'))).toBeGreaterThan(0);
	await expect(page.locator('.clip .shared [data-hex]')).not.toHaveCount(0);
});

test('a bundled clip is sampled from the site itself, one column per frame', async ({ page }) => {
	await openLab(page, 'still=poster&k=4');
	await page.getByLabel('Frames').fill('4');
	await page.getByLabel('Frames').blur();
	await page.getByLabel('Bundled clip').selectOption('caminandes');
	await page.getByRole('button', { name: 'Sample this clip' }).click();
	const status = page.locator('.clip p[role=status]');
	await expect(status).toHaveAttribute('data-stage', 'done', { timeout: 45_000 });
	await expect(page.locator('canvas.palettes')).toHaveAttribute('data-columns', '4');
	await expect(page.locator('canvas.averages')).toHaveAttribute('data-columns', '4');
	await expect(status).toContainText('Done: 4 frames');
});
