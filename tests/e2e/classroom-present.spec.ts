// Presentation mode on a projector's screen: everything inside the window, large readouts, clicker keys, B and Esc.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openWithStill } from './fixtures';

async function inside(page: Page, locator: Locator, name: string): Promise<void> {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box, name).not.toBeNull();
	expect(box!.x, `${name} left`).toBeGreaterThanOrEqual(0);
	expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width, `${name} right`).toBeLessThanOrEqual(viewport.width + 0.5);
	expect(box!.y + box!.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height + 0.5);
}

const fontSize = (locator: Locator) =>
	locator.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 }
]) {
	test(`?present at ${viewport.width}×${viewport.height}: the stepper alone, all of it on screen, large type`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openWithStill(
			page,
			'/lessons/kmeans-steps/?present&still=poster&k=6&seed=1&init=random&step=3'
		);
		const cell = page.locator('[data-presented]');
		await expect(cell).toBeVisible();
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.locator('footer.site')).toBeHidden();
		await expect(page.getByTestId('readout-phase')).toHaveText('assign');
		await inside(page, page.getByTestId('stepper-cube').getByRole('application'), 'cube');
		await inside(page, page.getByTestId('stepper-still'), 'painted still');
		await inside(page, page.locator('[data-presented] .chart svg'), 'inertia chart');
		await inside(page, page.getByRole('button', { name: 'Step', exact: true }), 'Step button');
		await inside(page, page.locator('[data-presented] [data-active]'), 'formulas');
		await inside(page, page.getByTestId('readout-inertia'), 'inertia readout');
		// The presented cell does not scroll, nor does the page.
		expect(
			await cell.evaluate((node) => node.scrollHeight - node.clientHeight)
		).toBeLessThanOrEqual(0);
		for (const id of [
			'readout-iteration',
			'readout-phase',
			'readout-inertia',
			'readout-changed',
			'readout-distinct'
		]) {
			expect(await fontSize(page.getByTestId(id)), id).toBeGreaterThanOrEqual(24);
		}
		for (const label of await page
			.locator(
				'[data-presented] dt, [data-presented] label, [data-presented] figcaption, [data-presented] .tick, [data-presented] button'
			)
			.all()) {
			if (await label.isVisible()) expect(await fontSize(label)).toBeGreaterThanOrEqual(18);
		}
		await page.screenshot({ path: `/tmp/shots-classroom/test-present-${viewport.width}.png` });
	});
}

test('P presents, clicker keys step and go back, B blanks, Esc leaves', async ({ page }) => {
	await openWithStill(page, '/lessons/kmeans-steps/?still=poster&k=6&seed=1&init=random');
	await expect(page.locator('[data-presented]')).toHaveCount(0);
	await page.locator('body').press('p');
	await expect(page.locator('[data-presented]')).toBeVisible();
	await expect(page).toHaveURL(/[?&]present=stepper/);
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('readout-phase')).toHaveText('update');
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('readout-phase')).toHaveText('assign');
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-presented]')).toHaveCount(0);
	await expect(page.locator('header.site')).toBeVisible();
	await expect(page).not.toHaveURL(/present/);
	// The button does the same.
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.locator('[data-presented]')).toBeVisible();
	await page.getByRole('button', { name: 'Leave presentation' }).click();
	await expect(page.locator('[data-presented]')).toHaveCount(0);
});

test('?present=palette on lesson 7 at 1280×720: the palette cell alone, every swatch on screen, large type', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openWithStill(page, '/lessons/palette/?present=palette&still=poster&k=16&seed=1');
	const cell = page.locator('[data-presented]');
	await expect(cell).toContainText('The palette');
	await expect(page.locator('header.site')).toBeHidden();
	const swatches = page.getByTestId('palette-swatches').locator('[data-hex]');
	await expect(swatches).toHaveCount(16);
	await page.screenshot({ path: '/tmp/shots-finish/present-palette-1280.png' });
	for (let i = 0; i < 16; i++) await inside(page, swatches.nth(i), `swatch ${i + 1}`);
	await inside(page, page.getByRole('img', { name: /^Share of the pixels/ }), 'proportion bar');
	await inside(page, page.getByLabel('Number of colours k'), 'k slider');
	expect(await cell.evaluate((node) => node.scrollHeight - node.clientHeight)).toBeLessThanOrEqual(
		0
	);
	for (const text of await cell.locator('code, label, legend, .note, .share').all())
		expect(await fontSize(text)).toBeGreaterThanOrEqual(18);
});

test('?present=compare on lesson 9 at 1280×720: both methods side by side, on one screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openWithStill(page, '/lessons/hue-sort/?present=compare&still=poster&k=6&seed=1');
	const cell = page.locator('[data-presented]');
	await expect(cell).toContainText('Hue sort against k-means');
	await expect(page.locator('[data-presented] .metrics')).toHaveCount(2);
	await page.screenshot({ path: '/tmp/shots-finish/present-compare-1280.png' });
	for (const id of ['huesort', 'kmeans']) {
		const column = page.getByTestId(`result-${id}`);
		await expect(column.locator('.metrics')).toBeVisible();
		await inside(page, column.getByTestId(`palette-${id}`), `${id} palette`);
		await inside(page, column.locator('canvas').first(), `${id} repainted still`);
		await inside(page, column.locator('.metrics'), `${id} numbers`);
		await inside(page, column.locator('canvas').last(), `${id} error map`);
	}
	expect(await cell.evaluate((node) => node.scrollHeight - node.clientHeight)).toBeLessThanOrEqual(
		0
	);
	for (const text of await cell.locator('dt, dd, code, h3, label').all())
		expect(await fontSize(text)).toBeGreaterThanOrEqual(18);
});
