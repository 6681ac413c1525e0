// The site as a whole: home page, credits, offline-ness of the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, openWithStill } from './fixtures';

test('the home page lists every lesson in order', async ({ page }) => {
	const files = readdirSync('content/lessons')
		.filter((f) => /^\d+-.+\.md$/.test(f))
		.sort();
	await openWithStill(page, '/');
	const cards = page.locator('ol.lessons > li a');
	await expect(cards).toHaveCount(files.length);
	for (const [i, file] of files.entries()) {
		const slug = file.replace(/^\d+-/, '').replace(/\.md$/, '');
		await expect(cards.nth(i)).toHaveAttribute('href', `/lessons/${slug}/`);
	}
});

interface Credit {
	id: string;
	title: string;
	group: string;
	licence: string;
	licenceUrl: string | null;
	attribution: string;
	changes: string | null;
}

test('credits name every bundled still with its attribution line, licence deed and changes', async ({
	page
}) => {
	const samples = JSON.parse(readFileSync('static/samples/samples.json', 'utf8')) as Credit[];
	expect(samples.filter((s) => s.group === 'movie').length).toBe(8);
	await page.goto('/credits/');
	for (const sample of samples) {
		const row = page.locator(`tr[data-still="${sample.id}"]`);
		await expect(row).toContainText(sample.attribution);
		await expect(row).toContainText(sample.licence);
		if (sample.group === 'movie') {
			expect(sample.licence).toMatch(/^CC BY [34]\.0$/);
			await expect(row.getByRole('link', { name: sample.licence })).toHaveAttribute(
				'href',
				/^https:\/\/creativecommons\.org\/licenses\/by\/[34]\.0\/$/
			);
			await expect(row).toContainText(`Changes: ${sample.changes}`);
		} else {
			expect(sample.licence).toMatch(/^(Public domain|CC0 1\.0)$/);
		}
	}
	const clips = JSON.parse(readFileSync('static/samples/clips.json', 'utf8')) as Credit[];
	for (const clip of clips)
		await expect(page.locator(`tr[data-clip="${clip.id}"]`)).toContainText(clip.attribution);
});

test('the picker groups the stills and shows thumbnails, never the full files', async ({
	page
}) => {
	const full: string[] = [];
	page.on('request', (request) => {
		if (/\/samples\/[^/]+\.(png|jpg)$/.test(request.url()))
			full.push(new URL(request.url()).pathname);
	});
	await openWithStill(page, '/');
	for (const group of ['Movie stills', 'Photographs', 'Teaching scenes']) {
		await expect(page.getByRole('group', { name: group })).toBeVisible();
	}
	await expect(
		page.getByRole('group', { name: 'Movie stills' }).locator('button[data-still]')
	).toHaveCount(8);
	await page.waitForLoadState('networkidle');
	// The default still is the only full-size file fetched before the learner chooses another.
	expect(full).toEqual(['/samples/poster.png']);
	await page.getByRole('button', { name: 'Use the still “Foxglove in frost”' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'use Foxglove in frost (640 × 360 pixels).' })
	).toBeVisible();
	expect(full).toEqual(['/samples/poster.png', '/samples/foxglove.jpg']);
});

const IMAGE_BUDGET = 400 * 1024;
const SCRIPT_BUDGET = 150 * 1024;

test('every page loads at most 400 KB of images and 150 KB of JavaScript (gzip) before the learner acts', async ({
	page
}) => {
	const slugs = readdirSync('content/lessons')
		.filter((f) => /^\d+-.+\.md$/.test(f))
		.map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));
	for (const path of ['/', '/credits/', '/lab/', ...slugs.map((slug) => `/lessons/${slug}/`)]) {
		const bodies: Promise<{ kind: 'image' | 'script'; bytes: number }>[] = [];
		const listen = (response: import('@playwright/test').Response) => {
			const type = response.headers()['content-type'] ?? '';
			const kind = type.startsWith('image/') ? 'image' : /javascript/.test(type) ? 'script' : null;
			if (!kind) return;
			// A script is measured gzipped from its body; an image by the bytes that came over the wire (a body read by the page's
			// own fetch may no longer be available to the test).
			const bytes =
				kind === 'script'
					? response.body().then((body) => gzipSync(body).length)
					: response
							.request()
							.sizes()
							.then((sizes) => sizes.responseBodySize);
			bodies.push(bytes.then((n) => ({ kind, bytes: n })));
		};
		page.on('response', listen);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		page.off('response', listen);
		const sizes = await Promise.all(bodies);
		const images = sizes.filter((s) => s.kind === 'image').reduce((sum, s) => sum + s.bytes, 0);
		const scripts = sizes.filter((s) => s.kind === 'script').reduce((sum, s) => sum + s.bytes, 0);
		console.log(
			`${path}: images ${(images / 1024).toFixed(1)} KB, JavaScript ${(scripts / 1024).toFixed(1)} KB gzip`
		);
		expect(images, `${path} images`).toBeLessThanOrEqual(IMAGE_BUDGET);
		expect(scripts, `${path} JavaScript (gzip)`).toBeLessThanOrEqual(SCRIPT_BUDGET);
		expect(scripts, `${path} loads some JavaScript`).toBeGreaterThan(10 * 1024);
		if (path.startsWith('/lessons/'))
			expect(images, `${path} counts the default still`).toBeGreaterThan(68_000);
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
	for (const path of ['/', '/credits/', '/lab/', ...slugs.map((slug) => `/lessons/${slug}/`)]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
});
