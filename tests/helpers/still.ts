// Test helper: the bundled stills listed in static/samples/samples.json, decoded to RGBA in Node.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeImageFile } from '../../src/cli/decode';
import { downscale, type RgbaImage } from '../../src/lib/engine';

const SAMPLES = fileURLToPath(new URL('../../static/samples/', import.meta.url));

export interface SampleEntry {
	id: string;
	file: string;
	title: string;
}

/** Every still the site ships, in the order of samples.json. */
export function sampleEntries(): SampleEntry[] {
	return JSON.parse(readFileSync(`${SAMPLES}samples.json`, 'utf8')) as SampleEntry[];
}

/** The path of a bundled still, e.g. samplePath('poster.png'). */
export function samplePath(file: string): string {
	return `${SAMPLES}${file}`;
}

/** Decodes a bundled still the way the command line does, optionally shrunk so its longer side is at most maxSide. */
export async function loadSample(file: string, maxSide?: number): Promise<RgbaImage> {
	const image = await decodeImageFile(samplePath(file));
	return maxSide === undefined ? image : downscale(image, maxSide);
}
