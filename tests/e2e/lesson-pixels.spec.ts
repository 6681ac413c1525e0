// Lesson 1 (pixels): the zoom, the pixel sheet and the mixer show the still's real numbers and follow the learner.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openWithStill, paintedPixels } from './fixtures';

const LESSON = '/lessons/pixels/';
const zoomCell = '[data-widget="pixel-zoom"]';
const sheetCell = '[data-widget="pixel-sheet"]';
const zoomCanvas = `${zoomCell} canvas.zoom`;

/** A bundled still decoded independently of the browser, as R, G, B lookups by (x, y). */
function readStill(file: string) {
	const png = decode(readFileSync(`static/samples/${file}`));
	const channels = png.channels;
	return {
		width: png.width,
		height: png.height,
		rgb(x: number, y: number): [number, number, number] {
			const i = (y * png.width + x) * channels;
			return [png.data[i], png.data[i + 1], png.data[i + 2]].map(Number) as [
				number,
				number,
				number
			];
		}
	};
}

const hexOf = (rgb: number[]) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');

async function numberAttribute(locator: Locator, name: string): Promise<number> {
	return Number(await locator.getAttribute(name));
}

/** Every cell of the sheet must hold the still's own R, G, B at the cell's (x, y); returns how many pixels were checked. */
async function expectSheetMatches(
	page: Page,
	still: ReturnType<typeof readStill>
): Promise<number> {
	const cells = page.locator(`${sheetCell} td[data-x]`);
	const count = await cells.count();
	for (let n = 0; n < count; n++) {
		const cell = cells.nth(n);
		const x = await numberAttribute(cell, 'data-x');
		const y = await numberAttribute(cell, 'data-y');
		const shown = await cell.locator('[data-channel]').allTextContents();
		const numbers = shown.map((text) => Number(text.replace(/\D/g, '')));
		expect(numbers, `pixel (${x}, ${y})`).toEqual(still.rgb(x, y));
	}
	return count;
}

/** The colour the zoom canvas painted at a point inside image pixel (x, y); (u, v) is where inside it, 0 … 1. */
async function zoomColourAt(page: Page, x: number, y: number, u = 0.5, v = 0.5): Promise<number[]> {
	return page.locator(zoomCanvas).evaluate(
		(node, [x, y, u, v]) => {
			const canvas = node as HTMLCanvasElement;
			const scale = Number(canvas.dataset.scale);
			const cx = Math.floor((x + u - Number(canvas.dataset.left)) * scale);
			const cy = Math.floor((y + v - Number(canvas.dataset.top)) * scale);
			return Array.from(canvas.getContext('2d')!.getImageData(cx, cy, 1, 1).data.slice(0, 3));
		},
		[x, y, u, v]
	);
}

async function zoomSnapshot(page: Page): Promise<number[]> {
	return page.locator(zoomCanvas).evaluate((node) => {
		const canvas = node as HTMLCanvasElement;
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		return Array.from(data.filter((_, i) => i % 97 === 0));
	});
}

test('lesson 1 shows its maths typeset, with no KaTeX error', async ({ page }) => {
	await openWithStill(page, LESSON);
	expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(10);
	await expect(page.locator('.katex-error')).toHaveCount(0);
	await expect(page.locator('.math-display .katex annotation').first()).toContainText('256^3');
	await expect(page.locator('.predict')).toHaveCount(1);
});

test('the zoom paints the focus pixel in its own colour, then as red, green and blue stripes', async ({
	page
}) => {
	const poster = readStill('poster.png');
	await openWithStill(page, LESSON);
	expect(await paintedPixels(page, zoomCanvas)).toBeGreaterThan(10_000);
	expect(await paintedPixels(page, `${zoomCell} .overview canvas`)).toBeGreaterThan(10_000);

	const readout = page.getByTestId('zoom-readout');
	const x = await numberAttribute(readout, 'data-x');
	const y = await numberAttribute(readout, 'data-y');
	const rgb = poster.rgb(x, y);
	await expect(readout).toHaveAttribute('data-rgb', rgb.join(','));
	await expect(readout).toContainText(`(${x}, ${y})`);
	// At the lesson's starting zoom a pixel is a plain square of its colour.
	expect(await zoomColourAt(page, x, y)).toEqual(rgb);

	await page.getByRole('slider', { name: 'Zoom' }).fill('100');
	await expect(page.getByTestId('zoom-magnification')).toHaveText('1 pixel = 40 screen px');
	// Fully zoomed, each pixel is three stripes: left lit only red, middle only green, right only blue.
	expect(await zoomColourAt(page, x, y, 1 / 6)).toEqual([rgb[0], 0, 0]);
	expect(await zoomColourAt(page, x, y, 3 / 6)).toEqual([0, rgb[1], 0]);
	expect(await zoomColourAt(page, x, y, 5 / 6)).toEqual([0, 0, rgb[2]]);
});

test('the zoom works from the keyboard: arrows move the focus, + and − zoom', async ({ page }) => {
	const poster = readStill('poster.png');
	await openWithStill(page, LESSON);
	const readout = page.getByTestId('zoom-readout');
	const x = await numberAttribute(readout, 'data-x');
	const y = await numberAttribute(readout, 'data-y');
	await page.locator(zoomCanvas).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Shift+ArrowDown');
	await expect(readout).toHaveAttribute('data-x', String(x + 1));
	await expect(readout).toHaveAttribute('data-y', String(y + 10));
	await expect(readout).toHaveAttribute('data-rgb', poster.rgb(x + 1, y + 10).join(','));
	expect(await zoomColourAt(page, x + 1, y + 10)).toEqual(poster.rgb(x + 1, y + 10));

	const zoom = page.getByRole('slider', { name: 'Zoom' });
	const before = Number(await zoom.inputValue());
	await page.keyboard.press('+');
	await expect(zoom).toHaveValue(String(before + 10));

	// Tapping the overview moves the focus to the pixel under the finger.
	const overview = page.locator(`${zoomCell} .overview canvas`);
	const box = (await overview.boundingBox())!;
	await overview.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
	// Within a pixel: the click lands on a whole screen pixel of a scaled-down still.
	await expect
		.poll(async () => Math.abs((await numberAttribute(readout, 'data-x')) - 0.25 * poster.width))
		.toBeLessThanOrEqual(2);
	await expect
		.poll(async () => Math.abs((await numberAttribute(readout, 'data-y')) - 0.75 * poster.height))
		.toBeLessThanOrEqual(2);
});

test('the sheet holds the still’s real numbers and they follow the block as it moves', async ({
	page
}) => {
	const poster = readStill('poster.png');
	await openWithStill(page, LESSON);
	expect(await paintedPixels(page, `${sheetCell} canvas`)).toBeGreaterThan(10_000);
	expect(await expectSheetMatches(page, poster)).toBe(24);

	const where = page.getByTestId('sheet-where');
	const left = await numberAttribute(where, 'data-left');
	const top = await numberAttribute(where, 'data-top');
	await page.getByRole('button', { name: 'Move right' }).click();
	await page.getByRole('button', { name: 'Move down' }).click();
	await expect(where).toHaveAttribute('data-left', String(left + 1));
	await expect(where).toHaveAttribute('data-top', String(top + 1));
	await expect(
		page.locator(`${sheetCell} td[data-x="${left + 1}"][data-y="${top + 1}"]`)
	).toHaveCount(1);
	await expectSheetMatches(page, poster);

	// The same move from the keyboard, on the sheet's overview.
	await page.locator(`${sheetCell} .overview canvas`).focus();
	await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('ArrowUp');
	await expect(where).toHaveAttribute('data-left', String(left - 9));
	await expect(where).toHaveAttribute('data-top', String(top));
	await expectSheetMatches(page, poster);
});

test('the mixer’s hex code follows its sliders, by pointer and by keyboard', async ({ page }) => {
	await openWithStill(page, LESSON);
	const hex = page.getByTestId('mixer-hex');
	await page.getByRole('slider', { name: /^Red/ }).fill('255');
	await page.getByRole('slider', { name: /^Green/ }).fill('255');
	await page.getByRole('slider', { name: /^Blue/ }).fill('0');
	await expect(hex).toHaveText(hexOf([255, 255, 0]));
	await page.getByRole('slider', { name: /^Blue/ }).fill('171');
	await expect(hex).toHaveText(hexOf([255, 255, 171]));

	const green = page.getByRole('slider', { name: /^Green/ });
	await green.focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(green).toHaveValue('253');
	await expect(hex).toHaveText(hexOf([255, 253, 171]));
});

test('picking another still redraws the zoom and refills the sheet, and survives a reload', async ({
	page
}) => {
	await openWithStill(page, LESSON);
	const before = await zoomSnapshot(page);
	const flags = readStill('flags.png');
	const button = page.locator('button[data-still="flags"]');
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('button[data-still="poster"]')).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Signal flags' })).toBeVisible();
	await expect
		.poll(async () => (await zoomSnapshot(page)).join(',') !== before.join(','))
		.toBe(true);
	await expectSheetMatches(page, flags);
	const readout = page.getByTestId('zoom-readout');
	const x = await numberAttribute(readout, 'data-x');
	const y = await numberAttribute(readout, 'data-y');
	expect(await zoomColourAt(page, x, y)).toEqual(flags.rgb(x, y));

	await page.reload();
	await expect(
		page.getByRole('status').filter({ hasText: 'Every cell below uses Signal flags' })
	).toBeVisible();
	await expect(page.locator('button[data-still="flags"]')).toHaveAttribute('aria-pressed', 'true');
	expect(await expectSheetMatches(page, flags)).toBe(24);
	expect(await zoomColourAt(page, x, y)).toEqual(flags.rgb(x, y));
});
