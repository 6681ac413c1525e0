// Lessons 2–4 (channels, pixel matrix, RGB space): the cells read the still's real numbers, draw, rotate and follow the still.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import type { Locator, Page } from '@playwright/test';
import { rgbToHex } from '../../src/lib/engine';
import { test, expect, openWithStill, paintedPixels } from './fixtures';

/** A bundled still decoded in Node, independently of the browser. */
function still(file: string) {
	const png = decode(readFileSync(`static/samples/${file}`));
	const rgb = (x: number, y: number) => {
		const at = (y * png.width + x) * png.channels;
		return [png.data[at], png.data[at + 1], png.data[at + 2]].map(Number);
	};
	return { width: png.width, height: png.height, channels: png.channels, rgb };
}
const poster = still('poster.png');
const flags = still('flags.png');

const numbers = (text: string) =>
	(text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

/** A cheap fingerprint of everything a canvas shows. */
function canvasHash(canvas: Locator): Promise<number> {
	return canvas.evaluate((node) => {
		const c = node as HTMLCanvasElement;
		const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
		let hash = 2166136261;
		for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data[i], 16777619);
		return hash >>> 0;
	});
}

async function chooseStill(page: Page, id: string, title: string) {
	await page.locator(`button[data-still="${id}"]`).click();
	await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible();
}

test.describe('lesson 2: channels', () => {
	test('renders its maths and draws three planes whose pixels are the still’s channels', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/channels/');
		expect(await page.locator('.prose .katex').count()).toBeGreaterThan(3);
		for (const [c, letter] of ['R', 'G', 'B'].entries()) {
			const canvas = page.locator(`.plane[data-channel="${letter}"] canvas`);
			expect(await paintedPixels(page, `.plane[data-channel="${letter}"] canvas`)).toBeGreaterThan(
				10_000
			);
			// Tinted plane: the canvas pixel carries the channel's number in its own slot and zero in the others.
			const pixel = await canvas.evaluate((node) =>
				Array.from((node as HTMLCanvasElement).getContext('2d')!.getImageData(200, 40, 1, 1).data)
			);
			const expected = [0, 0, 0, 255];
			expected[c] = poster.rgb(200, 40)[c];
			expect(pixel).toEqual(expected);
		}
	});

	test('pointing at a plane shows the pixel’s three numbers, the same spot in every plane', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/channels/');
		const red = page.locator('.plane[data-channel="R"] .probe-canvas');
		const box = (await red.boundingBox())!;
		await red.hover({ position: { x: box.width * 0.7, y: box.height * 0.3 } });
		const readout = page.getByTestId('planes-readout');
		// The probe starts in the middle and must have moved to where the pointer is.
		await expect(readout).not.toContainText(`x ${poster.width / 2}, y ${poster.height / 2}`);
		const [x, y, r, g, b] = numbers((await readout.textContent()) ?? '');
		expect(Math.abs(x - 0.7 * poster.width)).toBeLessThanOrEqual(2);
		expect(Math.abs(y - 0.3 * poster.height)).toBeLessThanOrEqual(2);
		expect([r, g, b]).toEqual(poster.rgb(x, y));
		// Every plane's ring sits on the same spot.
		const rings = await page
			.locator('.plane .ring')
			.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.cssText));
		expect(new Set(rings).size).toBe(1);
		// The arrow keys move the probe one pixel.
		await page.locator('.plane[data-channel="G"] .probe-canvas').focus();
		await page.keyboard.press('ArrowRight');
		const [x2, y2, ...rgb2] = numbers((await readout.textContent()) ?? '');
		expect([x2, y2]).toEqual([x + 1, y]);
		expect(rgb2).toEqual(poster.rgb(x + 1, y));
	});

	test('the shape readout gains a fourth channel with the alpha vignette', async ({ page }) => {
		await openWithStill(page, '/lessons/channels/');
		const shape = page.getByTestId('shape-readout');
		await expect(shape).toContainText(`shape = (${poster.height}, ${poster.width}, 3)`);
		await page.getByRole('button', { name: 'Add an alpha channel' }).click();
		await expect(shape).toContainText(`shape = (${poster.height}, ${poster.width}, 4)`);
		await expect(shape).toContainText((poster.height * poster.width * 4).toLocaleString('en'));
		// The corner is fully transparent, the middle fully opaque.
		await expect(page.getByTestId('shape-pixel')).toHaveText(
			`pixel (0, 0) = [${poster.rgb(0, 0).join(', ')}, 0]`
		);
		const canvas = page.locator('[data-widget="image-shape"] canvas');
		const alphas = await canvas.evaluate((node) => {
			const c = node as HTMLCanvasElement;
			const context = c.getContext('2d')!;
			return [
				context.getImageData(0, 0, 1, 1).data[3],
				context.getImageData(c.width >> 1, c.height >> 1, 1, 1).data[3]
			];
		});
		expect(alphas).toEqual([0, 255]);
	});
});

test.describe('lesson 3: the pixel matrix', () => {
	test('fills the matrix with the still’s real rows and the real row count', async ({ page }) => {
		await openWithStill(page, '/lessons/pixel-matrix/');
		expect(await page.locator('.prose .katex').count()).toBeGreaterThan(3);
		const maths = page.locator('[data-widget="pixel-matrix"] .maths');
		const cell = (slot: string, c: number) => maths.locator(`.m-r${slot}-c${c}`);
		for (const [slot, pixel] of [
			['0', 0],
			['1', 1],
			['2', 2],
			['l', poster.width * poster.height - 1]
		] as const) {
			const expected = poster.rgb(pixel % poster.width, Math.floor(pixel / poster.width));
			for (let c = 0; c < 3; c++) await expect(cell(slot, c)).toHaveText(String(expected[c]));
		}
		await expect(maths.locator('.m-rows')).toHaveText(
			(poster.width * poster.height).toLocaleString('en')
		);
		await expect(maths.locator('.m-il')).toHaveText(
			(poster.width * poster.height - 1).toLocaleString('en')
		);
	});

	test('pointing at a pixel lights its row, and pointing at a row moves to its pixel', async ({
		page
	}) => {
		await openWithStill(page, '/lessons/pixel-matrix/');
		const still = page.locator('[data-widget="pixel-matrix"] .probe-canvas');
		const box = (await still.boundingBox())!;
		await still.hover({ position: { x: box.width * 0.25, y: box.height * 0.6 } });
		const readout = page.getByTestId('matrix-readout');
		await expect(readout).not.toContainText(`y ${poster.height / 2})`);
		const [x, y, row, r, g, b] = numbers((await readout.textContent()) ?? '');
		expect(row).toBe(y * poster.width + x);
		expect([r, g, b]).toEqual(poster.rgb(x, y));
		const maths = page.locator('[data-widget="pixel-matrix"] .maths');
		await expect(maths.locator('.m-row')).toHaveText(row.toLocaleString('en'));
		await expect(maths.locator('.m-ip')).toHaveText(row.toLocaleString('en'));
		await expect(maths.locator('.lit')).toHaveCount(4);
		for (let c = 0; c < 3; c++) await expect(maths.locator(`.m-rp-c${c}`)).toHaveClass(/lit/);
		// The other way round: the first row of the matrix is the top-left pixel.
		await maths.locator('.m-r1-c1').hover();
		await expect(readout).toContainText('pixel (x 1, y 0) → row 1:');
		await expect(maths.locator('.m-r1-c0')).toHaveClass(/lit/);
	});
});

test.describe('lesson 4: RGB space', () => {
	const stage = (page: Page) => page.locator('[data-widget="rgb-scatter"] [role="application"]');
	const canvas = (page: Page) => stage(page).locator('canvas');

	test('draws the seeded sample and rotates by drag and by the arrow keys', async ({ page }) => {
		await openWithStill(page, '/lessons/rgb-space/');
		expect(await page.locator('.prose .katex').count()).toBeGreaterThan(0);
		await expect(stage(page)).toHaveAttribute('data-points', '5000');
		expect(await paintedPixels(page, '[data-widget="rgb-scatter"] canvas')).toBeGreaterThan(500);
		const before = await canvasHash(canvas(page));
		const box = (await stage(page).boundingBox())!;
		await stage(page).scrollIntoViewIfNeeded();
		const again = (await stage(page).boundingBox())!;
		await page.mouse.move(again.x + box.width / 2, again.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(again.x + box.width / 2 + 80, again.y + box.height / 2 + 30, {
			steps: 8
		});
		await page.mouse.up();
		const dragged = await canvasHash(canvas(page));
		expect(dragged).not.toBe(before);
		await stage(page).focus();
		await page.keyboard.press('ArrowLeft');
		const turned = await canvasHash(canvas(page));
		expect(turned).not.toBe(dragged);
		await page.keyboard.press('ArrowUp');
		expect(await canvasHash(canvas(page))).not.toBe(turned);
	});

	test('the sample size is seeded: the same size brings back the same points', async ({ page }) => {
		await openWithStill(page, '/lessons/rgb-space/');
		const size = page.getByRole('slider', { name: /Sample size/ });
		await size.fill('2000');
		await expect(stage(page)).toHaveAttribute('data-points', '2000');
		const first = await canvasHash(canvas(page));
		await size.fill('20000');
		await expect(stage(page)).toHaveAttribute('data-points', '20000');
		expect(await canvasHash(canvas(page))).not.toBe(first);
		await size.fill('2000');
		await expect(stage(page)).toHaveAttribute('data-points', '2000');
		expect(await canvasHash(canvas(page))).toBe(first);
	});

	test('hovering a point reads out the still’s own pixel', async ({ page }) => {
		await openWithStill(page, '/lessons/rgb-space/');
		await stage(page).scrollIntoViewIfNeeded();
		// Find a drawn point's middle on the canvas, then point at it.
		const spot = await canvas(page).evaluate((node) => {
			const c = node as HTMLCanvasElement;
			const { data, width } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			const ratio = c.width / c.getBoundingClientRect().width;
			// The most opaque pixel belongs to one of the nearest points, so nothing is drawn over it.
			let best = -1;
			for (let i = 3; i < data.length; i += 4)
				if (data[i] > 0 && (best < 0 || data[i] > data[best])) best = i;
			const p = (best - 3) / 4;
			return best < 0 ? null : { x: (p % width) / ratio, y: Math.floor(p / width) / ratio };
		});
		expect(spot).not.toBeNull();
		await stage(page).hover({ position: spot! });
		const readout = page.getByTestId('scatter-readout');
		await expect(readout).toContainText('pixel x');
		const text = (await readout.textContent()) ?? '';
		const [r, g, b] = numbers(text.split('#')[0]);
		const [x, y] = numbers(text.split('pixel')[1]);
		expect([r, g, b]).toEqual(poster.rgb(x, y));
		expect(text).toContain(rgbToHex(r, g, b));
	});

	test('the axis-pair buttons look straight down the third axis', async ({ page }) => {
		await openWithStill(page, '/lessons/rgb-space/');
		const axis = (channel: string) =>
			page
				.locator(`[data-widget="rgb-scatter"] svg line[data-axis="${channel}"]`)
				.evaluate((line) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a))));
		const [red, green, blue] = ['r', 'g', 'b'];
		const flat = async (horizontal: string, vertical: string) => {
			const [hx1, hy1, hx2, hy2] = await axis(horizontal);
			const [vx1, vy1, vx2, vy2] = await axis(vertical);
			expect(Math.abs(hy2 - hy1)).toBeLessThan(0.01);
			expect(hx2 - hx1).toBeGreaterThan(50);
			expect(Math.abs(vx2 - vx1)).toBeLessThan(0.01);
			expect(vy1 - vy2).toBeGreaterThan(50);
		};
		const hashes = new Set<number>();
		for (const [name, h, v] of [
			['R–G', red, green],
			['R–B', red, blue],
			['G–B', blue, green]
		] as const) {
			await page.getByRole('button', { name, exact: true }).click();
			await flat(h, v);
			hashes.add(await canvasHash(canvas(page)));
		}
		expect(hashes.size).toBe(3);
	});
});

test('changing the still changes all three lessons', async ({ page }) => {
	await openWithStill(page, '/lessons/channels/');
	await chooseStill(page, 'flags', 'Signal flags');
	const [x, y, ...rgb] = numbers((await page.getByTestId('planes-readout').textContent()) ?? '');
	expect(rgb).toEqual(flags.rgb(x, y));

	await openWithStill(page, '/lessons/pixel-matrix/');
	await expect(page.getByRole('status')).toContainText('Signal flags');
	const maths = page.locator('[data-widget="pixel-matrix"] .maths');
	for (let c = 0; c < 3; c++)
		await expect(maths.locator(`.m-r0-c${c}`)).toHaveText(String(flags.rgb(0, 0)[c]));
	await chooseStill(page, 'poster', 'Five-ink poster');
	for (let c = 0; c < 3; c++)
		await expect(maths.locator(`.m-r0-c${c}`)).toHaveText(String(poster.rgb(0, 0)[c]));

	await openWithStill(page, '/lessons/rgb-space/');
	const before = await canvasHash(page.locator('[data-widget="rgb-scatter"] canvas'));
	await chooseStill(page, 'flags', 'Signal flags');
	await expect
		.poll(() => canvasHash(page.locator('[data-widget="rgb-scatter"] canvas')))
		.not.toBe(before);
});
