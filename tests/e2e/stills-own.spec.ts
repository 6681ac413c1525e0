// The learner's own image: opened by the file button, a drop or a paste, it reaches lesson 6's stepper, survives a reload, and can be removed.
import { test, expect, openWithStill } from './fixtures';
import { fiftyMegapixelPng, stripesPng } from '../helpers/image-fixtures';
import { dropOn, openByButton, paste, pickerError, pickerStatus } from './stills-helpers';

const STEPPER = '/lessons/kmeans-steps/';

async function expectStripesInStepper(page: import('@playwright/test').Page, name: string) {
	await expect(pickerStatus(page)).toContainText(`Every cell below uses ${name} (70 × 40 pixels).`);
	await expect(page.getByTestId('readout-distinct')).toHaveText('7');
	await expect(page.locator('button[data-still="own"]')).toHaveAttribute('aria-pressed', 'true');
}

const ways: [string, (page: import('@playwright/test').Page, name: string) => Promise<void>][] = [
	['the file button', (page, name) => openByButton(page, stripesPng(name))],
	['a drop on the picker', (page, name) => dropOn(page, '.picker', stripesPng(name))],
	['a drop on the page', (page, name) => dropOn(page, 'footer', stripesPng(name))],
	['a paste', (page, name) => paste(page, stripesPng(name))]
];

for (const [way, open] of ways) {
	test(`an own PNG opened by ${way} reaches the stepper and survives a reload`, async ({
		page
	}) => {
		await openWithStill(page, STEPPER);
		await expect(page.getByTestId('readout-distinct')).not.toHaveText('7');
		const name = `mine-${way.replace(/\W+/g, '-')}.png`;
		await open(page, name);
		await expectStripesInStepper(page, name);
		await page.reload();
		await expectStripesInStepper(page, name);
	});
}

test('the own still follows the learner to another lesson, and Remove brings the poster back', async ({
	page
}) => {
	await openWithStill(page, '/');
	await openByButton(page, stripesPng('travel.png'));
	await expect(pickerStatus(page)).toContainText('travel.png');
	await page.goto('/lessons/pixel-matrix/');
	await expect(pickerStatus(page)).toContainText(
		'Every cell below uses travel.png (70 × 40 pixels).'
	);
	await page.getByRole('button', { name: 'Use the still “Signal flags”' }).click();
	await expect(pickerStatus(page)).toContainText('Signal flags');
	await page.getByRole('button', { name: 'Your image: travel.png' }).click();
	await expect(pickerStatus(page)).toContainText('travel.png');
	await page
		.getByRole('button', { name: 'Remove your image “travel.png” from this browser' })
		.click();
	await expect(pickerStatus(page)).toContainText('Five-ink poster');
	await expect(page.locator('button[data-still="own"]')).toHaveCount(0);
	await page.reload();
	await expect(pickerStatus(page)).toContainText('Five-ink poster');
});

test('a frame grabbed from a bundled clip becomes the still', async ({ page }) => {
	await openWithStill(page, '/');
	await page.getByRole('button', { name: 'Frame from a video…' }).click();
	await page.getByLabel('A bundled movie clip').selectOption('caminandes');
	const use = page.getByRole('button', { name: 'Use this frame' });
	await expect(use).toBeEnabled();
	await page.getByLabel('Time').fill('4');
	await use.click();
	await expect(pickerStatus(page)).toContainText(
		/use Caminandes: Llama Drama at 4\.0 s \(640 × 360 pixels\)/
	);
});

test('a 50-megapixel photo is shrunk in the worker with progress, and the page keeps drawing frames', async ({
	page
}) => {
	const file = await fiftyMegapixelPng();
	await openWithStill(page, '/');
	const probe = page.evaluate(
		() =>
			new Promise<{ frames: number; worstGap: number; busyMs: number }>((resolve) => {
				const started = performance.now();
				let last = started,
					worstGap = 0,
					frames = 0;
				const tick = (now: number) => {
					worstGap = Math.max(worstGap, now - last);
					last = now;
					frames++;
					const status = document.querySelector('.picker [role="status"]')?.textContent ?? '';
					if (status.includes('huge.png') && now - started > 100)
						resolve({ frames, worstGap, busyMs: now - started });
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			})
	);
	await openByButton(page, file);
	await expect(page.getByRole('progressbar', { name: 'Opening the image' })).toBeVisible();
	const { frames, worstGap, busyMs } = await probe;
	console.log(
		`50 MP probe: ${frames} frames in ${busyMs.toFixed(0)} ms, worst gap ${worstGap.toFixed(0)} ms`
	);
	await expect(pickerStatus(page)).toContainText(
		'huge.png (shown at 1280 × 853 of 8660 × 5774 pixels).'
	);
	// Decoding 50 megapixels on the main thread would freeze it for over a second; in the worker frames keep coming.
	expect(worstGap).toBeLessThan(1000);
	expect(frames).toBeGreaterThan(busyMs / 100);
	await expect(pickerError(page)).toHaveCount(0);
});

test('Cancel stops a big decode and keeps the poster', async ({ page }) => {
	const file = await fiftyMegapixelPng();
	await openWithStill(page, '/');
	await openByButton(page, file);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(pickerError(page)).toContainText(
		'Opening “huge.png” was cancelled. The previous still is kept.'
	);
	await expect(pickerStatus(page)).toContainText('Five-ink poster (320 × 240 pixels)');
});
