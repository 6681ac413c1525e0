// Decode: image files to 8-bit RGBA in Node with sharp (libvips, libjpeg-turbo), as browsers decode them.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { EngineError, type RgbaImage } from '../lib/engine';

/** A problem with the input file, reported to the user in one line. */
export class DecodeError extends EngineError {}

export type ImageKind = 'png' | 'jpeg' | 'webp' | 'avif' | 'gif' | 'tiff';

const KINDS: readonly ImageKind[] = ['png', 'jpeg', 'webp', 'avif', 'gif', 'tiff'];
const LIST = 'PNG, JPEG, WebP, AVIF, GIF or TIFF';

/** Where a decoder may say something the user should know (a GIF's later frames left out). */
export type Notice = (message: string) => void;
const toStderr: Notice = (message) => process.stderr.write(`${message}\n`);

/** Reads and decodes an image file; every failure becomes a DecodeError with a readable message. */
export async function decodeImageFile(path: string, notice: Notice = toStderr): Promise<RgbaImage> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new DecodeError(`file not found: ${path}`);
		if (code === 'EISDIR') throw new DecodeError(`not a file but a directory: ${path}`);
		throw new DecodeError(`cannot read ${path} (${code ?? 'unknown error'})`);
	}
	return decodeImageBytes(bytes, path, notice);
}

/**
 * Decodes PNG (8 or 16 bits: 16-bit samples become 8), JPEG, WebP, AVIF, GIF (its first frame)
 * and TIFF; turns the image upright by its EXIF orientation, as browsers do. An embedded ICC
 * profile is ignored, as the site's decoder ignores it (colorSpaceConversion 'none'), so both
 * read the numbers stored in the file: converting rocket.jpg's Adobe RGB to sRGB would move
 * nearly every pixel, by up to 55 in a channel. CMYK still becomes RGB (libvips' own profile).
 */
export async function decodeImageBytes(
	bytes: Uint8Array,
	name = 'input',
	notice: Notice = toStderr
): Promise<RgbaImage> {
	let kind: ImageKind;
	let pages: number;
	try {
		const metadata = await sharp(bytes).metadata();
		if (![...KINDS, 'heif'].includes(metadata.format ?? ''))
			throw new DecodeError(`${name} is not a ${LIST} image`);
		kind = metadata.format === 'heif' ? 'avif' : (metadata.format as ImageKind);
		pages = metadata.pages ?? 1;
	} catch (error) {
		if (error instanceof DecodeError) throw error;
		const claimed = kindBySignature(bytes);
		if (claimed)
			throw new DecodeError(
				`${name} is a corrupt or unsupported ${claimed.toUpperCase()} (its header cannot be read)`
			);
		throw new DecodeError(`${name} is not a ${LIST} image`);
	}
	try {
		const { data, info } = await sharp(bytes, { failOn: 'error', ignoreIcc: true })
			.rotate()
			.toColourspace('srgb')
			.ensureAlpha()
			.raw({ depth: 'uchar' })
			.toBuffer({ resolveWithObject: true });
		if (info.channels !== 4) throw new Error(`${info.channels} channels after decoding`);
		if (kind === 'gif' && pages > 1)
			notice(`${name} is an animated GIF with ${pages} frames: using the first`);
		return {
			width: info.width,
			height: info.height,
			data: new Uint8Array(data.buffer, data.byteOffset, data.length)
		};
	} catch (error) {
		const reason = (error instanceof Error ? error.message : String(error))
			.split('\n')[0]
			.replace(/[:\s]+$/, '');
		throw new DecodeError(`${name} is a corrupt or unsupported ${kind.toUpperCase()} (${reason})`);
	}
}

/** What the first bytes claim the file is, for a clearer message when the decoder gives up. */
function kindBySignature(bytes: Uint8Array): ImageKind | null {
	const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
	if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
	if (
		starts(0x52, 0x49, 0x46, 0x46) &&
		bytes[8] === 0x57 &&
		bytes[9] === 0x45 &&
		bytes[10] === 0x42 &&
		bytes[11] === 0x50
	)
		return 'webp';
	return null;
}
