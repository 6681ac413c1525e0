// Shared end-to-end fixtures: every test fails on a console error, a page error, or a request that leaves localhost.
import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
	/** Console errors and uncaught exceptions seen so far. */
	problems: string[];
	/** Requests to any host other than localhost (they are blocked, and the test fails). */
	outside: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page }, use) => {
			const watch: Watch = { problems: [], outside: [] };
			page.on('console', (message) => {
				if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (
					url.protocol === 'data:' ||
					url.protocol === 'blob:' ||
					url.hostname === 'localhost' ||
					url.hostname === '127.0.0.1'
				) {
					return route.continue();
				}
				watch.outside.push(url.href);
				return route.abort();
			});
			await use(watch);
			expect(watch.problems, 'console errors or page errors').toEqual([]);
			expect(watch.outside, 'requests that left localhost').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Open a page and wait until the notebook has decoded its still. */
export async function openWithStill(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /Every cell below uses|No cell on this page reads the still/ })
			.first()
	).toBeVisible();
}

/** Count the canvas pixels that differ from the first pixel: a blank canvas gives 0. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((node) => {
			const canvas = node as HTMLCanvasElement;
			const context = canvas.getContext('2d');
			if (!context) return 0;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			let painted = 0;
			for (let i = 4; i < data.length; i += 4) {
				if (
					data[i] !== data[0] ||
					data[i + 1] !== data[1] ||
					data[i + 2] !== data[2] ||
					data[i + 3] !== data[3]
				)
					painted++;
			}
			return painted;
		});
}
