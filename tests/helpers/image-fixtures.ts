// Images the input tests draw themselves: good ones with a known number of colours, and every kind of bad or unusual file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'fast-png';
import sharp from 'sharp';

export interface FileFixture {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

type Rgba = [number, number, number, number];

/** A width×height RGBA image painted by a function of (x, y). */
export function paint(
	width: number,
	height: number,
	colour: (x: number, y: number) => Rgba
): Uint8Array {
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
	}
	return data;
}

/** Seven vertical stripes of seven distinct colours: the stepper must count exactly 7 distinct colours. */
export const STRIPE_COLOURS: Rgba[] = [
	[230, 40, 40, 255],
	[240, 200, 30, 255],
	[40, 170, 60, 255],
	[30, 90, 220, 255],
	[150, 60, 200, 255],
	[20, 20, 20, 255],
	[250, 250, 250, 255]
];

export function stripesPng(name = 'stripes.png', width = 70, height = 40): FileFixture {
	const data = paint(width, height, (x) => STRIPE_COLOURS[Math.floor((x * 7) / width)]);
	return {
		name,
		mimeType: 'image/png',
		buffer: Buffer.from(encode({ width, height, data, channels: 4, depth: 8 }))
	};
}

const png = (
	name: string,
	width: number,
	height: number,
	data: Uint8Array | Uint16Array,
	channels: number,
	depth: 8 | 16
) => ({
	name,
	mimeType: 'image/png',
	buffer: Buffer.from(encode({ width, height, data, channels, depth }))
});

export const notAnImage = (): FileFixture => ({
	name: 'notes.png',
	mimeType: 'image/png',
	buffer: Buffer.from('These are my notes, not a picture.\n')
});

export const emptyFile = (): FileFixture => ({
	name: 'empty.png',
	mimeType: 'image/png',
	buffer: Buffer.alloc(0)
});

export function truncatedPng(): FileFixture {
	const whole = stripesPng('cut.png').buffer;
	return {
		name: 'cut.png',
		mimeType: 'image/png',
		buffer: whole.subarray(0, Math.floor(whole.length / 2))
	};
}

export const onePixel = () => png('dot.png', 1, 1, new Uint8Array([200, 30, 30, 255]), 4, 8);

export const oneColour = () =>
	png(
		'flat.png',
		32,
		24,
		paint(32, 24, () => [40, 120, 200, 255]),
		4,
		8
	);

export const fullyTransparent = () =>
	png(
		'glass.png',
		32,
		24,
		paint(32, 24, () => [255, 0, 0, 0]),
		4,
		8
	);

/** 40×40 with one opaque 10×10 corner in two colours: 1,500 of 1,600 pixels are transparent. */
export const mostlyTransparent = () =>
	png(
		'corner.png',
		40,
		40,
		paint(40, 40, (x, y) =>
			x < 10 && y < 10 ? (x < 5 ? [200, 0, 0, 255] : [0, 0, 200, 255]) : [0, 0, 0, 0]
		),
		4,
		8
	);

export function sixteenBit(): FileFixture {
	const data = new Uint16Array(48 * 32 * 3);
	for (let p = 0; p < 48 * 32; p++)
		data.set([(p % 48) * 1300, 30000, 65535 - (p % 48) * 1300], p * 3);
	return png('deep.png', 48, 32, data, 3, 16);
}

export function greyscale(): FileFixture {
	const data = new Uint8Array(48 * 32);
	for (let p = 0; p < data.length; p++) data[p] = (p % 48) * 5;
	return png('grey.png', 48, 32, data, 1, 8);
}

export async function palettePng(): Promise<FileFixture> {
	const raw = Buffer.from(paint(70, 40, (x) => STRIPE_COLOURS[Math.floor(x / 10)]));
	const buffer = await sharp(raw, { raw: { width: 70, height: 40, channels: 4 } })
		.png({ palette: true, colours: 8, dither: 0 })
		.toBuffer();
	return { name: 'indexed.png', mimeType: 'image/png', buffer };
}

/** Two frames: red then blue; only the red first frame may reach the notebook. */
export async function animated(format: 'gif' | 'webp'): Promise<FileFixture> {
	const raw = Buffer.from(
		paint(32, 48, (x, y) =>
			y < 24 ? (x < 16 ? [220, 30, 30, 255] : [240, 220, 40, 255]) : [30, 30, 220, 255]
		)
	);
	const image = sharp(raw, { raw: { width: 32, height: 48, channels: 4, pageHeight: 24 } });
	const buffer = await (
		format === 'gif'
			? image.gif({ loop: 0, delay: [200, 200] })
			: image.webp({ loop: 0, delay: [200, 200], lossless: true })
	).toBuffer();
	return { name: `moving.${format}`, mimeType: `image/${format}`, buffer };
}

export async function cmykJpeg(): Promise<FileFixture> {
	const raw = Buffer.from(paint(64, 48, (x) => STRIPE_COLOURS[Math.floor((x * 7) / 64)]));
	const buffer = await sharp(raw, { raw: { width: 64, height: 48, channels: 4 } })
		.removeAlpha()
		.toColourspace('cmyk')
		.jpeg({ quality: 92 })
		.toBuffer();
	return { name: 'print.jpg', mimeType: 'image/jpeg', buffer };
}

/** Stored 60 wide and 20 high with EXIF orientation 6: shown upright it is 20 wide and 60 high. */
export async function rotatedJpeg(): Promise<FileFixture> {
	const raw = Buffer.from(paint(60, 20, (x) => (x < 30 ? [220, 40, 40, 255] : [40, 40, 220, 255])));
	const buffer = await sharp(raw, { raw: { width: 60, height: 20, channels: 4 } })
		.removeAlpha()
		.jpeg()
		.withMetadata({ orientation: 6 })
		.toBuffer();
	return { name: 'phone.jpg', mimeType: 'image/jpeg', buffer };
}

export const svg = (): FileFixture => ({
	name: 'drawing.svg',
	mimeType: 'image/svg+xml',
	buffer: Buffer.from(
		'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="15" fill="red"/></svg>'
	)
});

export const brokenVideo = (): FileFixture => ({
	name: 'broken.webm',
	mimeType: 'video/webm',
	buffer: Buffer.from(paint(64, 64, (x, y) => [x, y, x ^ y, 7]))
});

/** A 8660×5774 (50-megapixel) PNG in a temporary folder: big blocks of colour, so the file stays small but the decode is real work. */
export async function fiftyMegapixelPng(): Promise<string> {
	const [w, h] = [8660, 5774];
	const small = Buffer.from(
		paint(433, 289, (x, y) => [(x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256, 255])
	);
	const file = join(mkdtempSync(join(tmpdir(), 'stills-')), 'huge.png');
	const buffer = await sharp(small, { raw: { width: 433, height: 289, channels: 4 } })
		.resize(w, h, { kernel: 'nearest' })
		.removeAlpha()
		.png({ compressionLevel: 6 })
		.toBuffer();
	writeFileSync(file, buffer);
	return file;
}
