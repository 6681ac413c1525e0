// Ways a learner hands the picker an image, as the input tests use them: the file button, a drop, a paste, a URL.
import type { Page } from '@playwright/test';
import type { FileFixture } from '../helpers/image-fixtures';

export const picker = (page: Page) => page.getByRole('region', { name: /still/i }).first();

export const pickerError = (page: Page) => page.locator('.picker .error');

export const pickerStatus = (page: Page) => page.locator('.picker [role="status"]');

export async function openByButton(page: Page, file: FileFixture | string): Promise<void> {
	await page.getByLabel('Open an image…').setInputFiles(file);
}

export async function dropOn(page: Page, selector: string, file: FileFixture): Promise<void> {
	const dataTransfer = await page.evaluateHandle(
		({ bytes, name, type }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
			return transfer;
		},
		{ bytes: [...file.buffer], name: file.name, type: file.mimeType }
	);
	await page.locator(selector).first().dispatchEvent('dragover', { dataTransfer });
	await page.locator(selector).first().dispatchEvent('drop', { dataTransfer });
}

export async function paste(page: Page, file: FileFixture): Promise<void> {
	await page.evaluate(
		({ bytes, name, type }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
			document.body.dispatchEvent(
				new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true })
			);
		},
		{ bytes: [...file.buffer], name: file.name, type: file.mimeType }
	);
}

export async function openUrl(page: Page, url: string): Promise<void> {
	await page.getByLabel('Image address (URL)').fill(url);
	await page.getByRole('button', { name: 'Open URL' }).click();
}
