// Code folds and the notebook download on the built site: Show all / Hide all (remembered), and an .ipynb for the current still and k.
import { test, expect, openWithStill } from './fixtures';
import { readFileSync } from 'node:fs';

test('Show all code opens every fold, is remembered across a reload, and Hide all code closes them', async ({
	page
}) => {
	await openWithStill(page, '/lessons/pixels/');
	const folds = page.locator('details.code');
	const count = await folds.count();
	expect(count).toBe(3);
	await expect(page.locator('details.code[open]')).toHaveCount(0);
	await page.getByRole('button', { name: 'Show all code' }).click();
	await expect(page.locator('details.code[open]')).toHaveCount(count);
	await expect(folds.first()).toContainText(
		'image = np.asarray(Image.open("poster.png").convert("RGB"))'
	);
	await page.reload();
	await openWithStill(page, '/lessons/pixels/');
	await expect(page.locator('details.code[open]')).toHaveCount(count);
	await page.getByRole('button', { name: 'Hide all code' }).click();
	await expect(page.locator('details.code[open]')).toHaveCount(0);
});

test('a fold follows the live values: the palette fold carries the k just chosen', async ({
	page
}) => {
	await openWithStill(page, '/lessons/palette/');
	await page.getByRole('slider', { name: 'Number of colours k' }).fill('4');
	await page.locator('details.code summary').first().click();
	const fold = page.locator('details.code').first();
	await expect(fold).toContainText(
		'km = KMeans(n_clusters=4, init="k-means++", n_init=1, tol=0, max_iter=300, random_state=1)'
	);
	await expect(fold).toContainText("analyse(notebook.pixels, { k: 4, seed: 1, init: 'kmeans++' })");
});

test('Download as Jupyter notebook gives nbformat 4 with the prose, the embedded still and the current k', async ({
	page
}) => {
	await openWithStill(page, '/lessons/choosing-k/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as Jupyter notebook' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('08-choosing-k.ipynb');
	const notebook = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
		nbformat: number;
		cells: { cell_type: string; source: string }[];
	};
	expect(notebook.nbformat).toBe(4);
	const code = notebook.cells
		.filter((cell) => cell.cell_type === 'code')
		.map((cell) => cell.source);
	expect(code).toHaveLength(3);
	expect(code[0]).toContain('Path("poster.png").write_bytes(base64.b64decode(');
	expect(code[1]).toContain('for k in range(1, 17):');
	expect(code[2]).toContain('for k in (3, 6, 12):');
	expect(notebook.cells[0].source).toContain('k = 6, seed = 1, start: kmeans++');
});
