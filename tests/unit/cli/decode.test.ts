import { readFileSync } from 'node:fs';
import { encode } from 'fast-png';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes, decodeImageFile, DecodeError } from '../../../src/cli/decode';
import { samplePath } from '../../helpers/still';

const pixelsOf = async (bytes: Uint8Array) => Array.from((await decodeImageBytes(bytes)).data);

/** Four flat colours, 8×8 pixels each, side by side: 32×8 RGBA. */
const BLOCKS = [
	[200, 30, 40, 255],
	[20, 160, 60, 255],
	[30, 40, 220, 255],
	[250, 240, 10, 255]
];
function blocks(): Buffer {
	const data = Buffer.alloc(32 * 8 * 4);
	for (let p = 0; p < 32 * 8; p++) data.set(BLOCKS[Math.floor((p % 32) / 8)], 4 * p);
	return data;
}
const raw = (width = 32, height = 8) => ({ raw: { width, height, channels: 4 as const } });

/** The colour at the centre of each block, to compare lossy formats by. */
async function blockCentres(bytes: Uint8Array): Promise<number[][]> {
	const image = await decodeImageBytes(bytes);
	expect([image.width, image.height]).toEqual([32, 8]);
	return BLOCKS.map((_, b) =>
		Array.from(image.data.subarray(4 * (4 * 32 + 8 * b + 4), 4 * (4 * 32 + 8 * b + 4) + 4))
	);
}

/** A JPEG with its APP2 ICC_PROFILE segments cut out, every other byte as it was. */
function withoutIccProfile(jpeg: Uint8Array): Uint8Array {
	const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
	let at = 2;
	while (jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
		const end = at + 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
		const icc = Buffer.from(jpeg.subarray(at + 4, at + 15)).toString('latin1') === 'ICC_PROFILE';
		if (!(jpeg[at + 1] === 0xe2 && icc)) kept.push(jpeg.subarray(at, end));
		at = end;
	}
	kept.push(jpeg.subarray(at));
	return Buffer.concat(kept);
}

describe('decoding images in Node', () => {
	it('reads 8-bit grey, grey + alpha, RGB and RGBA PNG', async () => {
		expect(
			await pixelsOf(
				encode({ width: 2, height: 1, data: Uint8Array.of(0, 200), channels: 1, depth: 8 })
			)
		).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
		expect(
			await pixelsOf(
				encode({ width: 1, height: 1, data: Uint8Array.of(90, 30), channels: 2, depth: 8 })
			)
		).toEqual([90, 90, 90, 30]);
		expect(
			await pixelsOf(
				encode({ width: 1, height: 1, data: Uint8Array.of(1, 2, 3), channels: 3, depth: 8 })
			)
		).toEqual([1, 2, 3, 255]);
		expect(
			await pixelsOf(
				encode({ width: 1, height: 1, data: Uint8Array.of(1, 2, 3, 4), channels: 4, depth: 8 })
			)
		).toEqual([1, 2, 3, 4]);
	});

	it('keeps the high byte of 16-bit samples, as libpng does for browsers', async () => {
		const data = Uint16Array.of(65535, 257 * 100 + 128, 257 * 100 + 129, 0, 255, 256, 25727, 65535);
		expect(await pixelsOf(encode({ width: 2, height: 1, data, channels: 4, depth: 16 }))).toEqual([
			255, 100, 100, 0, 0, 1, 100, 255
		]);
	});

	it('stretches 1-, 2- and 4-bit grey to 0..255', async () => {
		const reds = async (png: Uint8Array) => (await pixelsOf(png)).filter((_, i) => i % 4 === 0);
		expect(
			await reds(
				encode({ width: 3, height: 1, data: Uint8Array.of(0b10100000), channels: 1, depth: 1 })
			)
		).toEqual([255, 0, 255]);
		expect(
			await reds(
				encode({ width: 2, height: 1, data: Uint8Array.of(0b01110000), channels: 1, depth: 2 })
			)
		).toEqual([85, 255]);
		expect(
			await reds(
				encode({ width: 2, height: 2, data: Uint8Array.of(0xf0, 0x70), channels: 1, depth: 4 })
			)
		).toEqual([255, 0, 119, 0]);
	});

	it('expands palette PNGs with their transparency', async () => {
		const palette = [
			[255, 0, 0, 0],
			[0, 255, 0, 255],
			[0, 0, 255, 255]
		];
		const image = encode({
			width: 3,
			height: 1,
			data: Uint8Array.of(0b00011000),
			channels: 1,
			depth: 2,
			palette
		});
		expect(await pixelsOf(image)).toEqual([255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 255, 255]);
		const eight = encode({
			width: 2,
			height: 1,
			data: Uint8Array.of(2, 1),
			channels: 1,
			depth: 8,
			palette: [
				[9, 9, 9],
				[1, 2, 3],
				[4, 5, 6]
			]
		});
		expect(await pixelsOf(eight)).toEqual([4, 5, 6, 255, 1, 2, 3, 255]);
	});

	it('reads lossless WebP and TIFF exactly; JPEG, AVIF and GIF (whose encoder picks its own palette) closely', async () => {
		for (const bytes of [
			await sharp(blocks(), raw()).webp({ lossless: true }).toBuffer(),
			await sharp(blocks(), raw()).tiff({ compression: 'lzw' }).toBuffer()
		]) {
			expect(await blockCentres(bytes)).toEqual(BLOCKS);
		}
		const lossy = [
			sharp(blocks(), raw()).jpeg({ quality: 95 }),
			sharp(blocks(), raw()).avif({ quality: 90 }),
			sharp(blocks(), raw()).gif()
		];
		for (const bytes of await Promise.all(lossy.map((s) => s.toBuffer()))) {
			const centres = await blockCentres(bytes);
			centres.forEach((c, b) =>
				c.forEach((v, ch) => expect(Math.abs(v - BLOCKS[b][ch])).toBeLessThanOrEqual(6))
			);
		}
	});

	it('turns a JPEG upright by its EXIF orientation', async () => {
		// Orientation 6: the stored image is to be turned 90° clockwise, so 32×8 shows as 8×32 with the first block on top.
		const rotated = await sharp(blocks(), raw())
			.jpeg({ quality: 95 })
			.withMetadata({ orientation: 6 })
			.toBuffer();
		const image = await decodeImageBytes(rotated);
		expect([image.width, image.height]).toEqual([8, 32]);
		const top = Array.from(image.data.subarray(4 * (4 * 8 + 4), 4 * (4 * 8 + 4) + 3));
		top.forEach((v, ch) => expect(Math.abs(v - BLOCKS[0][ch])).toBeLessThanOrEqual(6));
	});

	it('takes the first frame of an animated GIF and says so', async () => {
		const frames = Buffer.concat([blocks(), Buffer.alloc(32 * 8 * 4, 255)]);
		const gif = await sharp(frames, { raw: { width: 32, height: 16, channels: 4, pageHeight: 8 } })
			.gif()
			.toBuffer();
		const notices: string[] = [];
		const image = await decodeImageBytes(gif, 'spin.gif', (message) => notices.push(message));
		expect([image.width, image.height]).toEqual([32, 8]);
		expect(notices).toEqual(['spin.gif is an animated GIF with 2 frames: using the first']);
	});

	it('reads a bundled JPEG', async () => {
		const image = await decodeImageFile(samplePath('rocket.jpg'));
		expect([image.width, image.height, image.data.length]).toEqual([640, 427, 640 * 427 * 4]);
	});

	it("reads the numbers stored in a JPEG, ignoring its ICC profile as the site's decoder does", async () => {
		const tagged = readFileSync(samplePath('rocket.jpg'));
		const bare = withoutIccProfile(tagged);
		expect(tagged.length - bare.length).toBe(578);
		const [a, b] = await Promise.all([decodeImageBytes(tagged), decodeImageBytes(bare)]);
		const differing = a.data.filter((value, i) => value !== b.data[i]).length;
		expect([a.data.length, differing]).toEqual([640 * 427 * 4, 0]);
	});

	it('tells in one line what is wrong with a bad file', async () => {
		await expect(decodeImageBytes(Uint8Array.of(1, 2, 3), 'x.png')).rejects.toThrow(
			new DecodeError('x.png is not a PNG, JPEG, WebP, AVIF, GIF or TIFF image')
		);
		const cut = readFileSync(samplePath('coffee.png')).subarray(0, 2000);
		await expect(decodeImageBytes(cut, 'cut.png')).rejects.toThrow(
			/^cut.png is a corrupt or unsupported PNG \([^\n]+\)$/
		);
		await expect(decodeImageFile('/nowhere/at/all.png')).rejects.toThrow(
			'file not found: /nowhere/at/all.png'
		);
	});
});
