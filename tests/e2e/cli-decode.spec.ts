// The command line and the site read a bundled JPEG to the same pixels: sharp in Node against Chromium's own decoder.
//
// Measured: bit-identical on both files. sharp bundles mozjpeg (a libjpeg-turbo fork) and Debian's
// Chromium links the system libjpeg-turbo (2.1.5); both use the accurate integer IDCT and smooth
// (triangle) chroma upsampling, so foxglove's 4:2:0 progressive scan and rocket's 4:4:4 baseline scan
// agree to the last bit. rocket.jpg also carries an Adobe RGB (1998) profile: the site ignores it
// (colorSpaceConversion 'none') and so does the command line; converting it to sRGB instead moved
// 99.9 % of rocket's pixels, by up to 55 in a channel. A newer decoder on either side that changes
// the IDCT or the upsampling would show here first.
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { decodeImageFile } from '../../src/cli/decode';
import { pixelSetFromRgba, type RgbaImage } from '../../src/lib/engine';
import { test, expect } from './fixtures';

/** Decodes a bundled still on a page of the built site, as src/lib/stills/decode.ts does, and hands back its bytes. */
async function decodeInChromium(page: Page, file: string): Promise<RgbaImage> {
	const { width, height, base64 } = await page.evaluate(async (url) => {
		const blob = await (await fetch(url)).blob();
		const bitmap = await createImageBitmap(blob, {
			colorSpaceConversion: 'none',
			premultiplyAlpha: 'none'
		});
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error('no 2-D context');
		context.drawImage(bitmap, 0, 0);
		const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
		let text = '';
		for (let i = 0; i < data.length; i += 0x8000)
			text += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { width: bitmap.width, height: bitmap.height, base64: btoa(text) };
	}, `/samples/${file}`);
	return { width, height, data: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** How far two decodes of one file are apart: the largest channel difference and how many pixels differ at all. */
function difference(a: RgbaImage, b: RgbaImage) {
	let maxChannel = 0,
		differing = 0;
	for (let p = 0; p < a.data.length; p += 4) {
		let pixel = 0;
		for (let c = 0; c < 4; c++) pixel = Math.max(pixel, Math.abs(a.data[p + c] - b.data[p + c]));
		if (pixel > 0) differing++;
		maxChannel = Math.max(maxChannel, pixel);
	}
	return { maxChannel, differing };
}

/** Every 997th pixel as [r, g, b, a]: a readable sample when the two ever part. */
const sample = ({ data }: RgbaImage) =>
	Array.from({ length: Math.floor(data.length / 4 / 997) }, (_, i) =>
		Array.from(data.subarray(4 * i * 997, 4 * i * 997 + 4))
	);

const STILLS = [
	{ file: 'rocket.jpg', size: [640, 427], distinct: 45_526, adobeRgb: true },
	{ file: 'foxglove.jpg', size: [640, 360], distinct: 33_294, adobeRgb: false }
];

for (const { file, size, distinct, adobeRgb } of STILLS) {
	test(`${file}: the command line's decoder and Chromium's give the same pixels`, async ({
		page
	}) => {
		await page.goto('/');
		const [node, browser, metadata] = await Promise.all([
			decodeImageFile(`static/samples/${file}`),
			decodeInChromium(page, file),
			sharp(`static/samples/${file}`).metadata()
		]);
		const profile = metadata.icc?.toString('latin1') ?? '';
		expect(profile.includes('Adobe RGB (1998)')).toBe(adobeRgb);
		expect([node.width, node.height]).toEqual(size);
		expect([browser.width, browser.height]).toEqual(size);
		expect([pixelSetFromRgba(node).size, pixelSetFromRgba(browser).size]).toEqual([
			distinct,
			distinct
		]);
		expect(sample(browser)).toEqual(sample(node));
		expect(difference(node, browser)).toEqual({ maxChannel: 0, differing: 0 });
	});
}
