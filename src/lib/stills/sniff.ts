// Reads an image file's first and last bytes: what format it is, whether it is cut off, and what is unusual about it.
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif' | 'svg';

export interface Sniffed {
	format: ImageFormat | null;
	/** Why the file cannot be used, in a sentence; null when it may be decoded. */
	problem: string | null;
	/** Things the learner should know about a usable file (16-bit, animated, rotated…). */
	notes: string[];
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
	String.fromCharCode(...bytes.subarray(from, from + length));
const u32 = (b: Uint8Array, o: number) =>
	((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
const TRUNCATED =
	'the file ends early: it looks cut off, so part of the picture is missing. Save or download it again.';

export function sniff(bytes: Uint8Array): Sniffed {
	if (bytes.length === 0)
		return { format: null, problem: 'the file is empty (0 bytes).', notes: [] };
	if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return sniffPng(bytes);
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return sniffJpeg(bytes);
	if (ascii(bytes, 0, 4) === 'GIF8') return sniffGif(bytes);
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return sniffWebp(bytes);
	if (ascii(bytes, 0, 2) === 'BM') return { format: 'bmp', problem: null, notes: [] };
	if (ascii(bytes, 4, 4) === 'ftyp' && /avi[fs]/.test(ascii(bytes, 8, 4)))
		return { format: 'avif', problem: null, notes: [] };
	const head = new TextDecoder().decode(bytes.subarray(0, 1024));
	if (/<svg[\s>]/i.test(head)) {
		return {
			format: 'svg',
			problem:
				'it is an SVG, a drawing described by shapes rather than pixels. Export it as a PNG and open that.',
			notes: []
		};
	}
	const text = !bytes.subarray(0, 512).includes(0);
	return {
		format: null,
		problem: `it is not an image${text ? ' (it holds text)' : ''}: it does not start like a PNG, JPEG, GIF, WebP, AVIF or BMP file.`,
		notes: []
	};
}

function sniffPng(bytes: Uint8Array): Sniffed {
	const notes: string[] = [];
	const depth = bytes[24];
	const colourType = bytes[25];
	if (depth === 16) notes.push('16 bits per channel, read at 8 bits (0–255) like every still here');
	if (colourType === 0 || colourType === 4)
		notes.push('greyscale: R, G and B are equal in every pixel');
	if (colourType === 3) notes.push('a palette PNG: each pixel’s index is replaced by its colour');
	for (let o = 8; o + 8 <= bytes.length;) {
		const type = ascii(bytes, o + 4, 4);
		if (type === 'acTL') notes.push('animated (APNG): only its first frame is used');
		if (type === 'IDAT' || type === 'IEND') break;
		o += 12 + u32(bytes, o);
	}
	const ends = bytes.length >= 12 && ascii(bytes, bytes.length - 8, 4) === 'IEND';
	return { format: 'png', problem: ends ? null : TRUNCATED, notes };
}

function sniffJpeg(bytes: Uint8Array): Sniffed {
	const notes: string[] = [];
	let o = 2;
	while (o + 4 <= bytes.length && bytes[o] === 0xff) {
		const marker = bytes[o + 1];
		const length = (bytes[o + 2] << 8) | bytes[o + 3];
		if (marker === 0xe1 && ascii(bytes, o + 4, 4) === 'Exif') {
			const orientation = exifOrientation(bytes, o + 10);
			if (orientation > 1) notes.push('turned upright, as its EXIF orientation asks');
		}
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
			if (bytes[o + 9] === 4)
				notes.push(
					'a CMYK JPEG: the browser converted its inks to RGB, so colours may differ a little from print'
				);
			break;
		}
		o += 2 + length;
	}
	let end = bytes.length - 1;
	while (end > 0 && bytes[end] === 0) end--;
	const ends = bytes[end - 1] === 0xff && bytes[end] === 0xd9;
	return { format: 'jpeg', problem: ends ? null : TRUNCATED, notes };
}

/** The orientation tag (0x0112) of the TIFF header at `tiff`, or 1 when there is none. */
function exifOrientation(bytes: Uint8Array, tiff: number): number {
	const little = ascii(bytes, tiff, 2) === 'II';
	const u16 = (o: number) =>
		little ? bytes[o] | (bytes[o + 1] << 8) : (bytes[o] << 8) | bytes[o + 1];
	const u32le = (o: number) =>
		little ? (u16(o) | (u16(o + 2) << 16)) >>> 0 : ((u16(o) << 16) | u16(o + 2)) >>> 0;
	const ifd = tiff + u32le(tiff + 4);
	const entries = u16(ifd);
	for (let i = 0; i < entries && ifd + 2 + i * 12 + 12 <= bytes.length; i++) {
		const entry = ifd + 2 + i * 12;
		if (u16(entry) === 0x0112) return u16(entry + 8);
	}
	return 1;
}

function sniffGif(bytes: Uint8Array): Sniffed {
	const animated = ascii(bytes, 0, Math.min(bytes.length, 4096)).includes('NETSCAPE2.0');
	const ends = bytes[bytes.length - 1] === 0x3b;
	return {
		format: 'gif',
		problem: ends ? null : TRUNCATED,
		notes: animated ? ['animated (GIF): only its first frame is used'] : []
	};
}

function sniffWebp(bytes: Uint8Array): Sniffed {
	const animated = ascii(bytes, 12, 4) === 'VP8X' && (bytes[20] & 0x02) !== 0;
	const ends =
		bytes.length >= 8 + (bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24));
	return {
		format: 'webp',
		problem: ends ? null : TRUNCATED,
		notes: animated ? ['animated (WebP): only its first frame is used'] : []
	};
}
