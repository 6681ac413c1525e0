// The site as a whole: home page, credits, offline-ness of the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openWithStill } from './fixtures';

test('the home page lists every lesson in order', async ({ page }) => {
	const files = readdirSync('content/lessons').filter((f) => /^\d+-.+\.md$/.test(f)).sort();
	await openWithStill(page, '/');
	const cards = page.locator('ol.lessons > li a');
	await expect(cards).toHaveCount(files.length);
	for (const [i, file] of files.entries()) {
		const slug = file.replace(/^\d+-/, '').replace(/\.md$/, '');
		await expect(cards.nth(i)).toHaveAttribute('href', `/lessons/${slug}/`);
	}
});

test('credits name every bundled still with its licence', async ({ page }) => {
	const samples = JSON.parse(readFileSync('static/samples/samples.json', 'utf8')) as { id: string; licence: string }[];
	await page.goto('/credits/');
	for (const sample of samples) {
		const row = page.locator(`tr[data-still="${sample.id}"]`);
		await expect(row).toContainText(sample.licence);
		expect(sample.licence).toMatch(/^(Public domain|CC0 1\.0)$/);
	}
});

test('the built JavaScript holds no KaTeX parser', () => {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (path.endsWith('.js')) files.push(path);
		}
	};
	walk('build');
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		expect(text, file).not.toContain('KaTeX parse error');
		expect(text, file).not.toContain('renderToString');
	}
});

test('every lesson page is prerendered with its maths already typeset', () => {
	const slugs = readdirSync('content/lessons')
		.filter((f) => /^\d+-.+\.md$/.test(f))
		.map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));
	expect(slugs).toContain('pixels');
	for (const slug of slugs) {
		const html = readFileSync(`build/lessons/${slug}/index.html`, 'utf8');
		expect(html, slug).toContain('class="katex"');
	}
	expect(readFileSync('build/index.html', 'utf8')).toContain('Pixels to Palette');
	expect(readFileSync('build/credits/index.html', 'utf8')).toContain('Image credits');
});

test('every page opens without a console error or an outside request', async ({ page }) => {
	const slugs = readdirSync('content/lessons')
		.filter((f) => /^\d+-.+\.md$/.test(f))
		.map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));
	for (const path of ['/', '/credits/', ...slugs.map((slug) => `/lessons/${slug}/`)]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
});
