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
