// Every page, on a laptop and on a phone: axe finds no serious or critical issue, and no page is wider than the window.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openWithStill } from './fixtures';

const lessons = readdirSync('content/lessons')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.map((file) => `/lessons/${file.replace(/^\d\d-/, '').replace(/\.md$/, '')}/`);
const pages = ['/', ...lessons, '/lab/', '/credits/'];

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	for (const path of pages) {
		test(`${path} at ${viewport.width} px: no serious or critical axe issue, no sideways scroll`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			if (path.startsWith('/lessons/')) await openWithStill(page, path);
			else await page.goto(path);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations
				.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
				.map(
					(violation) =>
						`${violation.id} (${violation.nodes.length}): ${violation.nodes
							.slice(0, 3)
							.map((node) => node.target.join(' '))
							.join(' | ')}`
				);
			expect(serious).toEqual([]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}
