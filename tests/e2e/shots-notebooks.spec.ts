// Screenshots of open Code folds at 1280×720 and 390 px wide, for a person to look at (not an assertion).
import { test, openWithStill } from './fixtures';

for (const [lesson, cell] of [
	['pixels', 0],
	['palette', 0],
	['choosing-k', 0],
	['kmeans-steps', 0],
	['kmeans-idea', 0]
] as const) {
	for (const width of [1280, 390]) {
		test(`shot ${lesson} ${width}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 720 });
			await openWithStill(page, `/lessons/${lesson}/`);
			await page.getByRole('button', { name: 'Show all code' }).click();
			const fold = page.locator('details.code').nth(cell);
			await fold.scrollIntoViewIfNeeded();
			await fold.screenshot({ path: `/tmp/shots-notebooks/${lesson}-${width}.png` });
			await page.screenshot({ path: `/tmp/shots-notebooks/${lesson}-${width}-top.png` });
		});
	}
}

for (const width of [1280, 390]) {
	test(`shot notebook tools ${width}`, async ({ page }) => {
		await page.setViewportSize({ width, height: 720 });
		await openWithStill(page, '/lessons/palette/');
		await page
			.getByRole('button', { name: 'Download as Jupyter notebook' })
			.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/shots-notebooks/tools-${width}.png` });
	});
}
