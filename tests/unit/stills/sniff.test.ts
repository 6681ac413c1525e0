// What the first and last bytes of a file say: format, cut-off files, and the notes a learner should read.
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/lib/stills/sniff';
import * as fixtures from '../../helpers/image-fixtures';

const bytes = (fixture: fixtures.FileFixture) => new Uint8Array(fixture.buffer);

describe('sniff', () => {
	it('reads a plain PNG as a PNG with nothing to say', () => {
		expect(sniff(bytes(fixtures.stripesPng()))).toEqual({
			format: 'png',
			problem: null,
			notes: []
		});
	});

	it('refuses empty files, text and truncated PNGs, each with its own reason', () => {
		expect(sniff(new Uint8Array(0)).problem).toBe('the file is empty (0 bytes).');
		expect(sniff(bytes(fixtures.notAnImage())).problem).toBe(
			'it is not an image (it holds text): it does not start like a PNG, JPEG, GIF, WebP, AVIF or BMP file.'
		);
		expect(sniff(bytes(fixtures.truncatedPng())).problem).toMatch(/^the file ends early/);
		expect(sniff(bytes(fixtures.svg()))).toMatchObject({
			format: 'svg',
			problem: expect.stringMatching(/^it is an SVG/)
		});
	});

	it('notes 16-bit, greyscale and palette PNGs', () => {
		expect(sniff(bytes(fixtures.sixteenBit())).notes).toEqual([
			'16 bits per channel, read at 8 bits (0–255) like every still here'
		]);
		expect(sniff(bytes(fixtures.greyscale())).notes).toEqual([
			'greyscale: R, G and B are equal in every pixel'
		]);
	});

	it('notes palette PNGs, animated GIF and WebP, CMYK and rotated JPEGs', async () => {
		expect(sniff(bytes(await fixtures.palettePng())).notes).toEqual([
			'a palette PNG: each pixel’s index is replaced by its colour'
		]);
		expect(sniff(bytes(await fixtures.animated('gif')))).toEqual({
			format: 'gif',
			problem: null,
			notes: ['animated (GIF): only its first frame is used']
		});
		expect(sniff(bytes(await fixtures.animated('webp')))).toEqual({
			format: 'webp',
			problem: null,
			notes: ['animated (WebP): only its first frame is used']
		});
		expect(sniff(bytes(await fixtures.cmykJpeg())).notes).toEqual([
			'a CMYK JPEG: the browser converted its inks to RGB, so colours may differ a little from print'
		]);
		expect(sniff(bytes(await fixtures.rotatedJpeg())).notes).toEqual([
			'turned upright, as its EXIF orientation asks'
		]);
	});

	it('calls a JPEG cut before its end marker truncated', async () => {
		const whole = bytes(await fixtures.rotatedJpeg());
		expect(sniff(whole).problem).toBeNull();
		expect(sniff(whole.subarray(0, whole.length - 40)).problem).toMatch(/^the file ends early/);
	});
});
