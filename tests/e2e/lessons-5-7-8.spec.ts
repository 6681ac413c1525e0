// Lessons 5, 7 and 8 on the built site: the 2-D toy, the palette, the elbow chart and side-by-side palettes.
import { test, expect, openWithStill } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { assign, inertia, type Point } from '../../src/lib/widgets/kmeans-toy/toy';

/** The toy's points and centroids as the page holds them (full precision, from data attributes). */
async function readToy(page: Page): Promise<{ points: Point[]; centroids: Point[]; clusters: number[] }> {
	const read = (selector: string) =>
		page.locator(selector).evaluateAll((nodes) => nodes.map((n) => ({ x: Number(n.getAttribute('data-x')), y: Number(n.getAttribute('data-y')) })));
	const clusters = await page.locator('[data-point]').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-cluster'))));
	return { points: await read('[data-point]'), centroids: await read('[data-centroid]'), clusters };
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
	await locator.scrollIntoViewIfNeeded();
	const box = await locator.boundingBox();
	if (!box) throw new Error('not visible');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
	await page.mouse.move(to.x, to.y, { steps: 4 });
	await page.mouse.up();
}

test.describe('lesson 5: the toy', () => {
	test('dragging a point across changes its cluster and J, and the readout matches the maths', async ({ page }) => {
		await openWithStill(page, '/lessons/kmeans-idea/');
		const before = await readToy(page);
		expect(before.points).toHaveLength(12);
		expect(before.clusters).toEqual(assign(before.points, before.centroids));
		const jBefore = Number(await page.getByTestId('toy-inertia').textContent());
		expect(jBefore).toBeCloseTo(inertia(before.points, before.clusters, before.centroids), 1);

		// Point 1 (bottom-left group) goes next to centroid 3, which sits far to the right.
		const point = page.locator('[data-point="0"]');
		await page.locator('[data-widget="kmeans-toy"] svg[role="group"]').scrollIntoViewIfNeeded();
		const target = await centre(page.locator('[data-centroid="2"]'));
		await dragTo(page, await centre(point), { x: target.x - 30, y: target.y + 30 });

		const after = await readToy(page);
		expect(after.clusters[0]).not.toBe(before.clusters[0]);
		expect(after.clusters[0]).toBe(2);
		await expect(point).toHaveAttribute('aria-label', /in cluster 3 \(triangle\)/);
		const jAfter = Number(await page.getByTestId('toy-inertia').textContent());
		expect(jAfter).not.toBeCloseTo(jBefore, 0);
		expect(jAfter).toBeCloseTo(inertia(after.points, assign(after.points, after.centroids), after.centroids), 1);
	});

	test('arrow keys move a focused point two units a press', async ({ page }) => {
		await openWithStill(page, '/lessons/kmeans-idea/');
		const point = page.locator('[data-point="4"]');
		const x0 = Number(await point.getAttribute('data-x'));
		await point.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect(point).toHaveAttribute('data-x', String(x0 + 6));
	});

	test('the guess ring reveals its distance from the true update', async ({ page }) => {
		await openWithStill(page, '/lessons/kmeans-idea/');
		await page.getByRole('button', { name: 'Guess the update' }).click();
		const ghost = page.locator('[data-ghost]');
		await expect(ghost).toBeVisible();
		const start = Number(await ghost.getAttribute('data-x'));
		const from = await centre(ghost);
		await dragTo(page, from, { x: from.x + 80, y: from.y - 50 });
		expect(Number(await ghost.getAttribute('data-x'))).toBeGreaterThan(start + 15);
		const { points, centroids, clusters } = await readToy(page);
		const guess = { x: Number(await ghost.getAttribute('data-x')), y: Number(await ghost.getAttribute('data-y')) };
		const members = points.filter((_, i) => clusters[i] === 0);
		const mean = { x: members.reduce((s, p) => s + p.x, 0) / members.length, y: members.reduce((s, p) => s + p.y, 0) / members.length };
		expect(centroids[0]).not.toEqual(mean);

		await expect(page.getByTestId('toy-guess')).toHaveCount(0);
		await page.getByRole('button', { name: 'Update', exact: true }).click();
		const reveal = page.getByTestId('toy-guess');
		await expect(reveal).toBeVisible();
		const shown = Number((await reveal.locator('strong').textContent()) ?? NaN);
		expect(shown).toBeCloseTo(Math.hypot(guess.x - mean.x, guess.y - mean.y), 1);
		await expect(page.locator('[data-centroid="0"]')).toHaveAttribute('data-x', String(mean.x));
	});
});
