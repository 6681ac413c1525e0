// The classroom: a link to any half-step, narration, the centroid table, keys, reduced motion, play to the end, and the toy at k = 2.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
	createKMeans,
	pixelSetFromRgba,
	quantizeFromLabels,
	type RgbaImage
} from '../../src/lib/engine';
import { centroidHexes, formatInertia } from '../../src/lib/widgets/kmeans-stepper/format';
import { narrate } from '../../src/lib/widgets/kmeans-stepper/narrate';
import {
	assign,
	inertia,
	startingCentroids,
	startingPoints,
	update
} from '../../src/lib/widgets/kmeans-toy/toy';
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

const hexes = (page: Page) =>
	page
		.getByTestId('centroid-list')
		.locator('li[data-hex]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-hex')));
const stillPixels = (page: Page) =>
	page.getByTestId('stepper-still').evaluate((node) => {
		const canvas = node as HTMLCanvasElement;
		return Array.from(
			canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
		);
	});
const step = (page: Page) => page.getByRole('button', { name: 'Step', exact: true });

test('a link opens the stepper at exactly that half-step: the engine’s readouts and drawing', async ({
	page
}) => {
	const coffee = decodeSample('coffee.png');
	const pixels = pixelSetFromRgba(coffee);
	const run = createKMeans(pixels, { k: 4, seed: 9, init: 'random' });
	const at = run.goTo(5);
	expect(at.phase).toBe('assign');
	await openWithStill(page, '/lessons/kmeans-steps/?still=coffee&k=4&seed=9&init=random&step=5');
	await expect(page.getByTestId('readout-inertia')).toHaveText(formatInertia(at.inertia));
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	await expect(page.getByTestId('readout-iteration')).toHaveText(String(at.iteration));
	await expect(page.getByTestId('readout-changed')).toHaveText(at.changed.toLocaleString('en-US'));
	expect(await hexes(page)).toEqual(centroidHexes(at.centroids));
	await expect(page.getByRole('slider', { name: 'History' })).toHaveValue('5');
	await expect(page.getByLabel('k, the number of clusters')).toHaveValue('4');
	await expect(page.getByLabel('Seed')).toHaveValue('9');
	const expected = quantizeFromLabels(pixels, run.labels(5), at.centroids);
	const shown = await stillPixels(page);
	expect(shown.length).toBe(expected.data.length);
	expect(shown.every((value, i) => value === expected.data[i])).toBe(true);

	// Stepping writes the half-step back; Copy link gives the whole moment.
	await step(page).click();
	await expect(page).toHaveURL(/[?&]step=6(&|$)/);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy link to this moment' }).click();
	await expect(page.getByTestId('moment-link')).toHaveValue(
		/\/lessons\/kmeans-steps\/\?still=coffee&k=4&seed=9&init=random&space=rgb&step=6$/
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/\?still=coffee&k=4&seed=9&init=random&space=rgb&step=6$/
	);

	// k, seed and init persist across a reload without the link.
	await page.getByLabel('k, the number of clusters').fill('7');
	await expect(page).toHaveURL(/[?&]k=7(&|$)/);
	await openWithStill(page, '/lessons/kmeans-steps/');
	await expect(page.getByLabel('k, the number of clusters')).toHaveValue('7');
	await expect(page.getByLabel('Seed')).toHaveValue('9');
	await expect(page.getByLabel('Initialisation method')).toHaveValue('random');
	await expect(page.getByRole('status').filter({ hasText: 'Every cell below uses' })).toContainText(
		'Coffee cup'
	);
});

test('narration: the live region says what each half-step did', async ({ page }) => {
	const pixels = pixelSetFromRgba(decodeSample('poster.png'));
	const run = createKMeans(pixels, { k: 6, seed: 1, init: 'random' });
	await openWithStill(page, '/lessons/kmeans-steps/?still=poster&k=6&seed=1&init=random');
	const said = page.getByTestId('stepper-narration');
	await expect(said).toHaveText('Start: 6 centroids in place.');
	const start = run.current;
	const assigned = run.next();
	await step(page).click();
	// Random starting centroids: J at the start already counts each pixel to its nearest one.
	await expect(said).toHaveText('Assign: 76,800 pixels changed cluster; J unchanged.');
	expect(narrate(assigned, start)).toBe('Assign: 76,800 pixels changed cluster; J unchanged.');
	const updated = run.next();
	await step(page).click();
	await expect(said).toHaveText(narrate(updated, assigned));
	expect(narrate(updated, assigned)).toMatch(
		/^Update: centroid \d moved [\d.]+; J fell [\d.]+ %\.$/
	);
	const second = run.next();
	await step(page).click();
	await expect(said).toHaveText(narrate(second, updated));
	expect(narrate(second, updated)).toMatch(
		/^Assign: [\d,]+ pixels? changed cluster; J fell [\d.]+ %\.$/
	);
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByTestId('stepper-status')).toHaveAttribute('aria-live', 'polite');
	// The table view: one row per centroid, with its pixels and how far it moved.
	await page.getByText('Centroids as a table').click();
	const rows = page.getByTestId('centroid-table').locator('tbody tr');
	await expect(rows).toHaveCount(6);
	await expect(rows.nth(0).locator('td').nth(3)).toHaveText(centroidHexes(updated.centroids)[0]);
	await expect(rows.nth(0).locator('td').nth(4)).toHaveText(
		updated.counts[0].toLocaleString('en-US')
	);
	await expect(rows.nth(0).locator('td').nth(6)).toHaveText(updated.moved[0].toFixed(1));
});

test('keys: arrows on a slider change only the slider, Space on Step steps once, E plays to the end, ? shows the keys', async ({
	page
}) => {
	const pixels = pixelSetFromRgba(decodeSample('poster.png'));
	await openWithStill(page, '/lessons/kmeans-steps/?still=poster&k=5&seed=42&init=random');
	const slider = page.getByLabel('k, the number of clusters');
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('6');
	await expect(page.getByTestId('readout-phase')).toHaveText('start');
	await step(page).focus();
	await page.keyboard.press(' ');
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await page.keyboard.press('e');
	const end = createKMeans(pixels, { k: 6, seed: 42, init: 'random' }).runToEnd();
	await expect(page.getByTestId('stepper-narration')).toContainText(
		`Converged after ${end.iteration} iterations`,
		{ timeout: 20_000 }
	);
	await expect(page.getByTestId('readout-inertia')).toHaveText(formatInertia(end.inertia));
	await page.locator('body').press('?');
	await expect(page.getByTestId('keys-help')).toBeVisible();
	await expect(page.getByTestId('keys-help')).toContainText('Page Down');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('keys-help')).toBeHidden();
});

test('reduced motion: centroids jump, and no transition or glide is left running', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openWithStill(page, '/lessons/kmeans-steps/?still=poster&k=6&seed=1&init=random');
	const scatter = page.getByTestId('stepper-cube').getByRole('application');
	await step(page).click();
	await step(page).click();
	await expect(page.getByTestId('readout-phase')).toHaveText('update');
	await expect(scatter).toHaveAttribute('data-gliding', 'false');
	expect(
		await page.evaluate(
			() => document.getAnimations().filter((a) => a.playState === 'running').length
		)
	).toBe(0);
	const duration = await page
		.locator('[data-active="update"] .step-update')
		.evaluate((node) => getComputedStyle(node).transitionDuration);
	expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
	// Without the preference, an update glides.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await step(page).click();
	await expect.poll(() => scatter.getAttribute('data-gliding')).toBe('true');
});

test('lesson 5: the toy switches to k = 2 after Update, and an empty cluster jumps to the farthest point', async ({
	page
}) => {
	await openWithStill(page, '/lessons/kmeans-idea/');
	const toy = page.locator('[data-widget="kmeans-toy"]');
	await toy.getByRole('button', { name: 'Update', exact: true }).click();
	await toy.getByLabel('k = 2').check();
	await expect(toy.locator('[data-centroid]')).toHaveCount(2);
	const three = update(
		startingPoints,
		assign(startingPoints, startingCentroids),
		startingCentroids
	);
	const two = three.slice(0, 2);
	await expect(toy.getByTestId('toy-inertia')).toHaveText(
		inertia(startingPoints, assign(startingPoints, two), two).toFixed(1)
	);
	await toy.getByRole('button', { name: 'Update', exact: true }).click();
	await expect(toy.locator('[data-centroid]')).toHaveCount(2);
	// Drag centroid 3 far away (k = 3): it gets no points, and Update sends it to the farthest point.
	await toy.getByLabel('k = 3').check();
	await toy.getByRole('button', { name: 'Reset' }).click();
	const far = toy.locator('[data-centroid="2"]');
	await far.focus();
	for (let i = 0; i < 12; i++) await far.press('Shift+ArrowUp');
	await toy.getByRole('button', { name: 'Update', exact: true }).click();
	await expect(toy.getByRole('status')).toContainText('Centroid 3 had no points');
	const moved = {
		x: Number(await far.getAttribute('data-x')),
		y: Number(await far.getAttribute('data-y'))
	};
	expect(startingPoints.some((p) => p.x === moved.x && p.y === moved.y)).toBe(true);
});

test('predict inside the stepper: which centroid will this pixel join? The assign reveals it', async ({
	page
}) => {
	const poster = decodeSample('poster.png');
	const pixels = pixelSetFromRgba(poster);
	const run = createKMeans(pixels, { k: 6, seed: 1, init: 'random' });
	const labels = run.labels(run.goTo(1).index);
	await openWithStill(page, '/lessons/kmeans-steps/?still=poster&k=6&seed=1&init=random');
	await page.getByRole('button', { name: 'Predict: which centroid will a pixel join?' }).click();
	const asked = (await page.getByTestId('predict-assign').textContent()) ?? '';
	const [, x, y] = /pixel \((\d+), (\d+)\)/.exec(asked)!.map(Number);
	await expect(page.getByTestId('predict-ring')).toBeVisible();
	const truth = labels[pixels.pixelIndex[y * poster.width + x]];
	const wrong = (truth + 1) % 6;
	await page.getByRole('button', { name: new RegExp(`^Centroid ${wrong + 1},`) }).click();
	await step(page).click();
	await expect(page.getByTestId('predict-assign')).toContainText(
		`Pixel (${x}, ${y}) joined centroid ${truth + 1}`
	);
	await expect(page.getByTestId('predict-assign')).toContainText(
		`You said ${wrong + 1}, which was`
	);
});

test('predict an update: the ghost dragged and moved by keys, then the update shows the true centroid and the engine’s distance', async ({
	page
}) => {
	const pixels = pixelSetFromRgba(decodeSample('poster.png'));
	const run = createKMeans(pixels, { k: 6, seed: 1, init: 'random' });
	const before = Array.from(run.goTo(1).centroids.subarray(6, 9));
	const truth = Array.from(run.goTo(2).centroids.subarray(6, 9));
	await page.setViewportSize({ width: 1280, height: 720 });
	await openWithStill(
		page,
		'/lessons/kmeans-steps/?present&still=poster&k=6&seed=1&init=random&step=1'
	);
	await page.getByRole('button', { name: 'Predict: where will a centroid move?' }).click();
	await page.getByRole('button', { name: /^Ghost of centroid 3,/ }).click();
	const ghost = page.getByTestId('ghost');
	const rgbOf = async () => (await ghost.getAttribute('data-rgb'))!.split(',').map(Number);
	expect(await rgbOf()).toEqual(before.map(Math.round));

	// A drag on the ghost moves the ghost, not the cube.
	const redAxis = page.locator('line[data-axis="r"]');
	const axisEnd = await redAxis.getAttribute('x2');
	const box = (await ghost.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 - 25, { steps: 6 });
	await page.mouse.up();
	const dragged = await rgbOf();
	expect(dragged).not.toEqual(before.map(Math.round));
	expect(await redAxis.getAttribute('x2')).toBe(axisEnd);

	// Focused, the arrows move the ghost, and neither step nor turn.
	await ghost.focus();
	for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	expect(await redAxis.getAttribute('x2')).toBe(axisEnd);
	const guess = await rgbOf();
	expect(guess).not.toEqual(dragged);
	await expect(page.getByTestId('ghost-rgb')).toHaveText(`(${guess.join(', ')})`);
	await page.screenshot({ path: '/tmp/shots-finish/ghost-guess-1280.png' });
	const axe = await new AxeBuilder({ page }).include('[data-presented]').analyze();
	expect(
		axe.violations
			.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			.map((violation) => violation.id)
	).toEqual([]);

	await step(page).click();
	await expect(page.getByTestId('readout-phase')).toHaveText('update');
	const answer = page.getByTestId('ghost-answer');
	await expect(answer).toContainText(
		`Centroid 3 moved to (${truth.map(Math.round).join(', ')}) ${centroidHexes(truth)[0]}.`
	);
	const off = Math.hypot(guess[0] - truth[0], guess[1] - truth[1], guess[2] - truth[2]);
	await expect(page.getByTestId('ghost-distance')).toHaveText(off.toFixed(1));
	const stay = Math.hypot(truth[0] - before[0], truth[1] - before[1], truth[2] - before[2]);
	await expect(answer).toContainText(`staying put would have been ${stay.toFixed(1)}.`);
	await expect(page.locator('line.miss')).toHaveCount(1);
	await page.screenshot({ path: '/tmp/shots-finish/ghost-reveal-1280.png' });
	// Back to the question keeps the guess, open again; one further back drops it.
	const back = page.getByRole('button', { name: 'Back', exact: true });
	await back.click();
	await expect(page.getByTestId('ghost-rgb')).toHaveText(`(${guess.join(', ')})`);
	await expect(page.locator('line.miss')).toHaveCount(0);
	await back.click();
	await expect(ghost).toHaveCount(0);
});
