// Every bad or unusual input gets its sentence next to the picker; a refused one leaves the current still in place.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, openWithStill } from './fixtures';
import * as fixtures from '../helpers/image-fixtures';
import { openByButton, openUrl, pickerError, pickerStatus } from './stills-helpers';

const POSTER = 'Five-ink poster (320 × 240 pixels).';

const refused: [string, () => fixtures.FileFixture | Promise<fixtures.FileFixture>, RegExp][] = [
	[
		'a text file named .png',
		fixtures.notAnImage,
		/Could not use “notes\.png”: it is not an image \(it holds text\)/
	],
	[
		'a truncated PNG',
		fixtures.truncatedPng,
		/Could not use “cut\.png”: the file ends early: it looks cut off/
	],
	[
		'a 0-byte file',
		fixtures.emptyFile,
		/Could not use “empty\.png”: the file is empty \(0 bytes\)/
	],
	[
		'a 1×1 image',
		fixtures.onePixel,
		/Could not use “dot\.png”: it is only 1 × 1 \(1 pixel\): too small/
	],
	[
		'a fully transparent image',
		fixtures.fullyTransparent,
		/Could not use “glass\.png”: every pixel is transparent/
	],
	[
		'an SVG',
		fixtures.svg,
		/Could not use “drawing\.svg”: it is an SVG, a drawing described by shapes rather than pixels/
	]
];

for (const [what, make, message] of refused) {
	test(`${what} is refused with a reason and the poster stays`, async ({ page }) => {
		await openWithStill(page, '/');
		await openByButton(page, await make());
		await expect(pickerError(page)).toContainText(message);
		await expect(pickerError(page)).toContainText('The previous still is kept.');
		await expect(pickerStatus(page)).toContainText(POSTER);
		await expect(page.locator('button[data-still="poster"]')).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});
}

const accepted: [
	string,
	() => fixtures.FileFixture | Promise<fixtures.FileFixture>,
	string,
	string
][] = [
	[
		'an image of one colour',
		fixtures.oneColour,
		'(32 × 24 pixels)',
		'it holds only 1 colour, fewer than k = 6: k-means can find at most 1 cluster.'
	],
	[
		'a mostly transparent PNG',
		fixtures.mostlyTransparent,
		'(40 × 40 pixels)',
		'1,500 of 1,600 pixels (94%) are transparent: they are left out of k-means and of every count.'
	],
	[
		'a 16-bit PNG',
		fixtures.sixteenBit,
		'(48 × 32 pixels)',
		'16 bits per channel, read at 8 bits (0–255) like every still here.'
	],
	[
		'a greyscale PNG',
		fixtures.greyscale,
		'(48 × 32 pixels)',
		'greyscale: R, G and B are equal in every pixel.'
	],
	[
		'a palette PNG',
		fixtures.palettePng,
		'(70 × 40 pixels)',
		'a palette PNG: each pixel’s index is replaced by its colour.'
	],
	[
		'an animated GIF',
		() => fixtures.animated('gif'),
		'(32 × 24 pixels)',
		'animated (GIF): only its first frame is used.'
	],
	[
		'an animated WebP',
		() => fixtures.animated('webp'),
		'(32 × 24 pixels)',
		'animated (WebP): only its first frame is used.'
	],
	[
		'a CMYK JPEG',
		fixtures.cmykJpeg,
		'(64 × 48 pixels)',
		'a CMYK JPEG: the browser converted its inks to RGB, so colours may differ a little from print.'
	],
	[
		'a JPEG with an EXIF rotation',
		fixtures.rotatedJpeg,
		'(20 × 60 pixels)',
		'turned upright, as its EXIF orientation asks.'
	]
];

for (const [what, make, size, note] of accepted) {
	test(`${what} is opened, and what is unusual about it is said`, async ({ page }) => {
		await openWithStill(page, '/');
		const file = await make();
		await openByButton(page, file);
		await expect(pickerStatus(page)).toContainText(`${file.name} ${size}`);
		await expect(pickerStatus(page).getByRole('list', { name: 'About this still' })).toContainText(
			note
		);
		await expect(pickerError(page)).toHaveCount(0);
	});
}

test('an animated GIF gives its first frame only: red and yellow, never the blue second frame', async ({
	page
}) => {
	await openWithStill(page, '/lessons/kmeans-steps/');
	await openByButton(page, await fixtures.animated('gif'));
	await expect(pickerStatus(page)).toContainText('moving.gif');
	await expect(page.getByTestId('readout-distinct')).toHaveText('2');
});

test('a video the browser cannot decode is refused and the poster stays', async ({ page }) => {
	await openWithStill(page, '/');
	await page.getByRole('button', { name: 'Frame from a video…' }).click();
	await page.getByLabel('or open a video file…').setInputFiles(fixtures.brokenVideo());
	await expect(pickerError(page)).toContainText('Could not use “broken.webm”');
	await expect(pickerError(page)).toContainText('The previous still is kept.');
	await expect(pickerStatus(page)).toContainText(POSTER);
});

/** The browser logs a failed request on the console by itself; drop those lines (and only those) once the test saw its message. */
function forgiveLoadErrors(problems: string[], pattern: RegExp): void {
	problems.splice(0, problems.length, ...problems.filter((problem) => !pattern.test(problem)));
}

test('a URL that answers 404 is refused with the status', async ({ page, watch }) => {
	await openWithStill(page, '/');
	await openUrl(
		page,
		'http://localhost:' + new URL(page.url()).port + '/samples/no-such-still.png'
	);
	await expect(pickerError(page)).toContainText(
		'Could not use “no-such-still.png”: the server answered 404'
	);
	await expect(pickerStatus(page)).toContainText(POSTER);
	forgiveLoadErrors(watch.problems, /Failed to load resource: .*404/);
});

test('a URL refused by CORS is explained in a sentence', async ({ page, watch }) => {
	// Another origin on this machine (127.0.0.1 is not localhost to the browser) serving an image with no CORS permission.
	const server = createServer((_, response) =>
		response.writeHead(200, { 'content-type': 'image/png' }).end(fixtures.stripesPng().buffer)
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	try {
		await openWithStill(page, '/');
		await openUrl(page, `http://127.0.0.1:${port}/elsewhere/picture.png`);
		await expect(pickerError(page)).toContainText(
			`Could not use “picture.png”: the site 127.0.0.1:${port} did not allow this page to read the image (it sends no CORS permission)`
		);
		await expect(pickerStatus(page)).toContainText(POSTER);
	} finally {
		server.close();
	}
	forgiveLoadErrors(watch.problems, /CORS policy|Failed to load resource: net::ERR_FAILED/);
});

test('a refused file keeps k, seed and the stepper run as they were', async ({ page }) => {
	await openWithStill(page, '/lessons/kmeans-steps/');
	const stepper = page.getByTestId('kmeans-stepper');
	await stepper.getByRole('button', { name: /^Step/ }).first().click();
	const before = await page.getByTestId('readout-inertia').textContent();
	const k = await stepper.getByLabel(/^k\b/).first().inputValue();
	await openByButton(page, fixtures.notAnImage());
	await expect(pickerError(page)).toContainText('notes.png');
	await expect(page.getByTestId('readout-inertia')).toHaveText(before ?? '');
	await expect(stepper.getByLabel(/^k\b/).first()).toHaveValue(k);
	await expect(pickerStatus(page)).toContainText('Every cell below uses Five-ink poster');
});
