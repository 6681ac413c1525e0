// The command line's median cut, its swatch cards (the Lab's own SVG and PNG) and the OKLCH in its JSON report.
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { analyseImage, pixelSetFromRgba } from '../../../src/lib/engine';
import { toJsonSwatches, toPngCard, toSvgCard } from '../../../src/lib/export';
import { loadSample, samplePath } from '../../helpers/still';
import { palette } from './run';

const coffee = samplePath('coffee.png');
const args = [coffee, '--k', '5', '--max-size', '64', '--method', 'mediancut'];

/** The palette analyse gives in this process for the same still and options. */
async function expectedPalette() {
	const image = await loadSample('coffee.png', 64);
	return analyseImage(image, pixelSetFromRgba(image), { method: 'mediancut', k: 5, order: 'hue' })
		.palette;
}

describe('palette command: median cut and swatch cards', () => {
	it('runs median cut as analyse does, with OKLCH beside each colour', async () => {
		const [{ code, stdout, stderr }, expected] = await Promise.all([
			palette(...args, '--format', 'json'),
			expectedPalette()
		]);
		expect([code, stderr]).toEqual([0, '']);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ method: 'mediancut', k: 5, init: null, seed: null });
		expect(report.palette.map((e: { hex: string }) => e.hex)).toEqual(expected.map((e) => e.hex));
		expect(report.palette.map((e: { oklch: number[] }) => e.oklch)).toEqual(
			toJsonSwatches(expected).map((e) => e.oklch)
		);
		expect(report.palette.reduce((sum: number, e: { count: number }) => sum + e.count, 0)).toBe(
			64 * 43
		);
	});

	it('writes the SVG card the Lab writes, holding every hex code', async () => {
		const [{ code, stdout }, hex, expected] = await Promise.all([
			palette(...args, '--format', 'svg'),
			palette(...args, '--format', 'hex'),
			expectedPalette()
		]);
		expect(code).toBe(0);
		expect(stdout).toBe(toSvgCard(expected, 'coffee.png, Median cut, k = 5'));
		const hexes = hex.stdout.trim().split('\n');
		expect(hexes).toHaveLength(5);
		for (const h of hexes) {
			expect(stdout).toContain(`fill="${h}"`);
			expect(stdout).toContain(`>${h}</text>`);
		}
		expect(stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="196"/);
	});

	it('titles a k-means card by its space', async () => {
		const { stdout } = await palette(
			coffee,
			'--k',
			'3',
			'--max-size',
			'32',
			'--space',
			'oklab',
			'--format',
			'svg'
		);
		expect(stdout).toContain('<title>coffee.png, k-means in OKLab, k = 3</title>');
	});

	it('writes the PNG card as bytes on stdout, one 120 × 160 cell per colour', async () => {
		const [{ code, bytes, stderr }, expected] = await Promise.all([
			palette(...args, '--format', 'png-card'),
			expectedPalette()
		]);
		expect([code, stderr]).toEqual([0, '']);
		expect(bytes).toEqual(toPngCard(expected));
		const png = decode(bytes);
		expect([png.width, png.height, png.channels, png.depth]).toEqual([600, 160, 3, 8]);
		expected.forEach((entry, i) => {
			const at = 3 * (5 * 600 + i * 120 + 5);
			expect(Array.from(png.data.subarray(at, at + 3)), entry.hex).toEqual(entry.rgb);
		});
	});
});
