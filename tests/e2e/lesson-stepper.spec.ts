// Lesson 6, the k-means stepper: every number on screen must be the engine's, run on the poster still in the test itself.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import type { Page } from '@playwright/test';
import {
	createKMeans,
	hexToRgb,
	pixelSetFromRgba,
	quantizeFromLabels,
	type KMeansOptions,
	type RgbaImage
} from '../../src/lib/engine';
import { centroidHexes, formatInertia } from '../../src/lib/widgets/kmeans-stepper/format';
import { test, expect, openWithStill } from './fixtures';

function decodeSample(file: string): RgbaImage {
	const png = decode(readFileSync(`static/samples/${file}`));
	const data = new Uint8ClampedArray(png.width * png.height * 4);
	for (let i = 0; i < png.width * png.height; i++) {
		for (let c = 0; c < 4; c++)
			data[i * 4 + c] = c < png.channels ? Number(png.data[i * png.channels + c]) : 255;
	}
	return { width: png.width, height: png.height, data };
}

const poster = decodeSample('poster.png');
const pixels = pixelSetFromRgba(poster);
const engineRun = (options: KMeansOptions) => createKMeans(pixels, options);

const inertia = (page: Page) => page.getByTestId('readout-inertia');
const status = (page: Page) => page.getByTestId('stepper-status');
const hexes = (page: Page) =>
	page
		.getByTestId('centroid-list')
		.locator('li[data-hex]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-hex')));

/** A fingerprint of what a canvas shows, to tell whether a drawing changed. */
function canvasHash(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((node) => {
			const canvas = node as HTMLCanvasElement;
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			let hash = 0;
			for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + data[i]) | 0;
			return hash;
		});
}

async function openStepper(
	page: Page,
	settings: { init?: string; k?: number; seed?: number } = {}
): Promise<void> {
	await openWithStill(page, '/lessons/kmeans-steps/');
	await expect(page.getByTestId('stepper-still')).toBeVisible();
	if (settings.k !== undefined)
		await page.getByLabel('k, the number of clusters').fill(String(settings.k));
	if (settings.seed !== undefined) {
		await page.getByLabel('Seed').fill(String(settings.seed));
		await page.getByLabel('Seed').press('Tab');
	}
	if (settings.init) await page.getByLabel('Initialisation method').selectOption(settings.init);
}

test('Step runs one half-step of the engine: readout, scatter, still and formula change; Back restores', async ({
	page
}) => {
	await openStepper(page, { init: 'random' });
	const run = engineRun({ k: 6, seed: 1, init: 'random' });
	await expect(inertia(page)).toHaveText(formatInertia(run.current.inertia));
	const scatterBefore = await canvasHash(page, '[data-testid="stepper-cube"] canvas');

	await page.getByRole('button', { name: 'Step', exact: true }).click();
	const assigned = run.next();
	await expect(inertia(page)).toHaveText(formatInertia(assigned.inertia));
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	await expect(page.getByTestId('readout-changed')).toHaveText(
		assigned.changed.toLocaleString('en-US')
	);
	await expect
		.poll(() => canvasHash(page, '[data-testid="stepper-cube"] canvas'))
		.not.toBe(scatterBefore);
	await expect(page.locator('[data-active="assign"] .step-assign')).toHaveCSS(
		'background-color',
		'rgb(255, 241, 194)'
	);

	// The still is repainted with exactly the engine's quantization for these labels.
	const expected = quantizeFromLabels(pixels, run.labels(assigned.index), assigned.centroids);
	const shown = await page.getByTestId('stepper-still').evaluate((node) => {
		const canvas = node as HTMLCanvasElement;
		return Array.from(
			canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
		);
	});
	expect(shown.length).toBe(expected.data.length);
	expect(shown.every((value, i) => value === expected.data[i])).toBe(true);
	// And, independently of the engine's quantizer: every pixel shows one of the centroids' colours, and more than one is used.
	const palette = new Set(centroidHexes(assigned.centroids));
	const used = new Set<string>();
	let transparent = 0;
	for (let i = 0; i < shown.length; i += 4) {
		if (shown[i + 3] !== 255) transparent++;
		used.add(centroidHexes([shown[i], shown[i + 1], shown[i + 2]])[0]);
	}
	expect(transparent).toBe(0);
	expect([...used].filter((hex) => !palette.has(hex))).toEqual([]);
	expect(used.size).toBeGreaterThan(1);

	await page.getByRole('button', { name: 'Step', exact: true }).click();
	const updated = run.next();
	await expect(inertia(page)).toHaveText(formatInertia(updated.inertia));
	expect(await hexes(page)).toEqual(centroidHexes(updated.centroids));
	await expect(page.getByTestId('inertia-path')).toHaveAttribute('d', /^M[^M]*L[^M]*L[^M]*$/);

	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(inertia(page)).toHaveText(formatInertia(assigned.inertia));
	expect(await hexes(page)).toEqual(centroidHexes(assigned.centroids));
	await expect(page.getByRole('slider', { name: 'History' })).toHaveValue('1');
});

test('→ and ← step and go back from the keyboard; k-means++ draws are steps too', async ({
	page
}) => {
	await openStepper(page);
	const run = engineRun({ k: 6, seed: 1, init: 'kmeans++' });
	await expect(page.getByTestId('readout-phase')).toHaveText('draw 1 of 6');
	expect(await hexes(page)).toHaveLength(1);
	const start = await inertia(page).textContent();
	await page.getByTestId('kmeans-stepper').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('readout-phase')).toHaveText('draw 2 of 6');
	expect(await hexes(page)).toHaveLength(2);
	await expect(inertia(page)).not.toHaveText(start ?? '');
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('readout-phase')).toHaveText('start');
	expect(await hexes(page)).toEqual(centroidHexes(run.current.centroids));
	await page.keyboard.press('ArrowRight');
	const assigned = run.next();
	await expect(inertia(page)).toHaveText(formatInertia(assigned.inertia));
	await page.keyboard.press('ArrowRight');
	await expect(inertia(page)).toHaveText(formatInertia(run.next().inertia));
	await page.keyboard.press('ArrowLeft');
	await expect(inertia(page)).toHaveText(formatInertia(assigned.inertia));
	await page.keyboard.press('r');
	await expect(page.getByTestId('readout-phase')).toHaveText('draw 1 of 6');
});

for (const options of [
	{ k: 6, seed: 1, init: 'kmeans++' as const },
	{ k: 5, seed: 42, init: 'random' as const },
	{ k: 4, seed: 9, init: 'partition' as const }
]) {
	test(`Play converges to the engine's own final palette (${options.init}, k ${options.k}, seed ${options.seed})`, async ({
		page
	}) => {
		await openStepper(page, options);
		const end = engineRun(options).runToEnd();
		await page.getByLabel('Speed').selectOption('Fastest');
		await page.getByRole('button', { name: 'Play' }).click();
		const iterations = `${end.iteration} iteration${end.iteration === 1 ? '' : 's'}`;
		await expect(status(page)).toContainText(`Converged after ${iterations}`, { timeout: 30_000 });
		await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
		await expect(inertia(page)).toHaveText(formatInertia(end.inertia));
		expect(await hexes(page)).toEqual(centroidHexes(end.centroids));
		// Reset and the keyboard's space bar give the same run again.
		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByTestId('kmeans-stepper').focus();
		await page.keyboard.press(' ');
		await expect(status(page)).toContainText(`Converged after ${iterations}`, { timeout: 30_000 });
		expect(await hexes(page)).toEqual(centroidHexes(end.centroids));
	});
}

test('click to place: a click on the still places a centroid at that pixel’s colour', async ({
	page
}) => {
	await openStepper(page, { k: 3, init: 'place' });
	const still = page.getByTestId('stepper-still');
	await still.scrollIntoViewIfNeeded();
	const box = (await still.boundingBox())!;
	// Click on whole CSS pixels near these image pixels, and work out which image pixel the click falls on.
	const spots = [
		[160, 24],
		[96, 180],
		[272, 144]
	];
	const placed: number[][] = [];
	for (const [sx, sy] of spots) {
		const cx = Math.round(box.x + ((sx + 0.5) / poster.width) * box.width);
		const cy = Math.round(box.y + ((sy + 0.5) / poster.height) * box.height);
		await page.mouse.click(cx, cy);
		const x = Math.floor(((cx - box.x) / box.width) * poster.width);
		const y = Math.floor(((cy - box.y) / box.height) * poster.height);
		const at = (y * poster.width + x) * 4;
		placed.push([poster.data[at], poster.data[at + 1], poster.data[at + 2]]);
		await expect.poll(() => hexes(page)).toEqual(centroidHexes(placed.flat()));
	}
	await expect(status(page)).toContainText('The starting centroids are in place');
	const run = engineRun({ k: 3, init: placed });
	await expect(inertia(page)).toHaveText(formatInertia(run.current.inertia));
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect(inertia(page)).toHaveText(formatInertia(run.next().inertia));
	// More clicks are ignored until the placed centroids are cleared; then a click in the cube places one too.
	await still.click({ position: { x: 5, y: 5 } });
	expect(await hexes(page)).toHaveLength(3);
	await page.getByRole('button', { name: 'Clear placed centroids' }).click();
	expect(await hexes(page)).toHaveLength(0);
	// The middle of the scatter is the cube's centre, (127.5, 127.5, 127.5), give or take the click's rounding to a CSS pixel.
	const scatter = page.getByTestId('stepper-cube').getByRole('application');
	await scatter.click();
	await expect.poll(() => hexes(page)).toHaveLength(1);
	const [fromClick] = await hexes(page);
	for (const channel of hexToRgb(fromClick!))
		expect(Math.abs(channel - 127.5)).toBeLessThanOrEqual(2);
	// From the keyboard: Enter places a centroid at the scatter's cursor, which starts exactly at the centre.
	await scatter.press('Enter');
	await expect.poll(() => hexes(page)).toEqual([fromClick, '#808080']);
});

test('two centroids placed on the same colour: the empty cluster is reseeded and the cell says so', async ({
	page
}) => {
	await openStepper(page, { k: 3, init: 'place' });
	const still = page.getByTestId('stepper-still');
	await still.scrollIntoViewIfNeeded();
	const box = (await still.boundingBox())!;
	const sky = [Math.round(box.x + box.width * 0.1), Math.round(box.y + box.height * 0.1)];
	const path = [Math.round(box.x + box.width * 0.75), Math.round(box.y + box.height * 0.9)];
	const placed: number[][] = [];
	for (const [cx, cy] of [sky, sky, path]) {
		await page.mouse.click(cx, cy);
		const at =
			(Math.floor(((cy - box.y) / box.height) * poster.height) * poster.width +
				Math.floor(((cx - box.x) / box.width) * poster.width)) *
			4;
		placed.push([poster.data[at], poster.data[at + 1], poster.data[at + 2]]);
	}
	await expect.poll(() => hexes(page)).toHaveLength(3);
	const run = engineRun({ k: 3, init: placed });
	run.next();
	const updated = run.next();
	expect(updated.reseeded).toEqual([1]);
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect(status(page)).toContainText('Cluster 2 ended up with no pixels');
	await expect(inertia(page)).toHaveText(formatInertia(updated.inertia));
	expect(await hexes(page)).toEqual(centroidHexes(updated.centroids));
});

test('the lesson fits a phone screen: no sideways scrolling, maths typeset', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openStepper(page);
	await expect(page.locator('.prose .katex').first()).toBeVisible();
	await expect(page.locator('.predict details summary')).toHaveText('Reveal the answer');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const formulas = await page
		.locator('[data-active]')
		.evaluate((node) => node.scrollWidth - node.clientWidth);
	expect(formulas).toBeLessThanOrEqual(0);
});

test('the stepper follows the still: another still gives the engine’s run on its colours', async ({
	page
}) => {
	await openStepper(page, { init: 'random' });
	await page.getByRole('button', { name: 'Use the still “Signal flags”' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Every cell below uses' })).toContainText(
		'Signal flags'
	);
	const flags = pixelSetFromRgba(decodeSample('flags.png'));
	await expect(page.getByTestId('readout-distinct')).toHaveText(flags.size.toLocaleString('en-US'));
	const run = createKMeans(flags, { k: 6, seed: 1, init: 'random' });
	await expect(inertia(page)).toHaveText(formatInertia(run.current.inertia));
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect(inertia(page)).toHaveText(formatInertia(run.next().inertia));
});
