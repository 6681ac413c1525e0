// Prose that fits every still: numbers quoted from the still follow the one chosen, and a page without still cells does not claim any.
import { test, expect, openWithStill } from './fixtures';
import { stripesPng } from '../helpers/image-fixtures';
import { openByButton, pickerStatus } from './stills-helpers';

test('lesson 3 asks about the chosen still’s width and answers with its row', async ({ page }) => {
	await openWithStill(page, '/lessons/pixel-matrix/');
	const predict = page.locator('aside.predict');
	await expect(predict).toContainText('The still below, Five-ink poster, is 320 pixels wide.');
	await openByButton(page, stripesPng('stripes.png'));
	await expect(pickerStatus(page)).toContainText('stripes.png (70 × 40 pixels)');
	await expect(predict).toContainText('The still below, stripes.png, is 70 pixels wide.');
	await predict.getByText('Reveal the answer').click();
	await expect(predict).toContainText(
		'Row 2 · 70 + 5 = 145: two full rows of 70 pixels come before it'
	);
});

test('lesson 1 counts the numbers of the chosen still, also after moving between lessons', async ({
	page
}) => {
	await openWithStill(page, '/lessons/channels/');
	await page.getByRole('button', { name: 'Use the still “Foxglove in frost”' }).click();
	await expect(pickerStatus(page)).toContainText('Foxglove in frost (640 × 360 pixels)');
	await page.getByRole('link', { name: /Lesson 1/ }).click();
	await expect(page).toHaveURL(/\/lessons\/pixels\/$/);
	await expect(page.locator('.prose').filter({ hasText: 'The still you chose' })).toContainText(
		'The still you chose, Foxglove in frost, is 640 pixels wide and 360 high'
	);
	await expect(page.locator('[data-still-fact="numbers"]')).toHaveText('691\u2009200');
	await expect(page.locator('.prose').filter({ hasText: 'The still you chose' })).toContainText(
		'3 × 640 × 360 = 691\u2009200 numbers'
	);
});

test('lesson 5, where no cell reads the still, does not say every cell uses it', async ({
	page
}) => {
	await openWithStill(page, '/lessons/kmeans-idea/');
	await expect(pickerStatus(page)).toContainText(
		'No cell on this page reads the still; the other lessons use Five-ink poster'
	);
	await expect(pickerStatus(page)).not.toContainText('Every cell below uses');
	await page.goto('/lessons/kmeans-steps/');
	await expect(pickerStatus(page)).toContainText('Every cell below uses Five-ink poster');
});
