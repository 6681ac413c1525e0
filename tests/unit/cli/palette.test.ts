import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { samplePath } from '../../helpers/still';
import { palette } from './run';

const scratch = mkdtempSync(join(tmpdir(), 'palette-cli-'));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
};
const kodim = samplePath('coffee.png');

describe('palette command', () => {
	it('prints one JSON object with the documented fields', async () => {
		const { code, stdout, stderr } = await palette(
			kodim,
			'--k',
			'6',
			'--max-size',
			'128',
			'--format',
			'json'
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({
			width: 128,
			height: 85,
			pixels: 128 * 85,
			k: 6,
			method: 'kmeans',
			converged: true
		});
		expect(report.distinctColors).toBeGreaterThan(1000);
		expect(report.iterations).toBeGreaterThan(1);
		expect(report.inertia).toBeGreaterThan(0);
		expect(report.mse).toBeGreaterThan(0);
		expect(report.psnr).toBeCloseTo(10 * Math.log10((255 * 255) / report.mse), 9);
		expect(report.palette).toHaveLength(6);
		for (const entry of report.palette)
			expect(Object.keys(entry).sort()).toEqual(['count', 'hex', 'oklch', 'proportion', 'rgb']);
		expect(report.palette.reduce((sum: number, e: { count: number }) => sum + e.count, 0)).toBe(
			128 * 85
		);
		expect(Object.keys(report.timings).sort()).toEqual(['cluster', 'decode', 'distinct', 'total']);
	});

	it('prints hex lines by default and agrees with itself for the same seed', async () => {
		const [a, b] = await Promise.all([
			palette(kodim, '--max-size', '96'),
			palette(kodim, '--max-size', '96', '--seed', '1')
		]);
		const lines = a.stdout.trim().split('\n');
		expect(lines).toHaveLength(8);
		for (const line of lines) expect(line).toMatch(/^#[0-9a-f]{6}$/);
		expect(b.stdout).toBe(a.stdout);
	});

	it('writes CSS and GIMP palettes, hue sort, and starts from a centroid file', async () => {
		const init = file('start.json', '[[255, 0, 0], [0, 128, 0], [0, 0, 255]]');
		const [css, gpl, hue] = await Promise.all([
			palette(kodim, '--max-size', '64', '--format', 'css', '--init', init),
			palette(
				kodim,
				'--max-size',
				'64',
				'--format',
				'gpl',
				'--k',
				'4',
				'--space',
				'oklab',
				'--init',
				'partition'
			),
			palette(kodim, '--max-size', '64', '--format', 'json', '--method', 'huesort', '--k', '5')
		]);
		expect(css.stdout).toMatch(
			/^:root \{\n(\t--palette-\d: #[0-9a-f]{6}; \/\* [\d.]+% \*\/\n){3}\}\n$/
		);
		expect(gpl.stdout.split('\n').slice(0, 4)).toEqual([
			'GIMP Palette',
			'Name: coffee.png',
			'Columns: 4',
			'#'
		]);
		expect(JSON.parse(hue.stdout)).toMatchObject({ method: 'huesort', k: 5, iterations: 0 });
	});

	it('writes a decodable indexed PNG with --quantize', async () => {
		const out = join(scratch, 'quantized.png');
		const { code } = await palette(kodim, '--k', '5', '--max-size', '100', '--quantize', out);
		expect(code).toBe(0);
		const png = decode(readFileSync(out));
		expect([png.width, png.height, png.depth, png.palette?.length]).toEqual([100, 67, 4, 5]);
	});

	it('fails with exit code 1 and exactly one line on stderr, never a stack trace', async () => {
		const transparent = file(
			'clear.png',
			encode({ width: 2, height: 2, data: new Uint8Array(16), channels: 4, depth: 8 })
		);
		const truncated = file('truncated.png', readFileSync(kodim).subarray(0, 2000));
		const cases: [string[], RegExp][] = [
			[[join(scratch, 'missing.png')], /file not found/],
			[[file('text.png', 'just text')], /not a PNG, JPEG, WebP, AVIF, GIF or TIFF image/],
			[[truncated], /corrupt/],
			[[file('bad.jpg', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3))], /corrupt/],
			[[kodim, '--k', '0'], /--k must be a whole number ≥ 1/],
			[[kodim, '--k', 'eight'], /--k must be a whole number/],
			[[kodim, '--colours', '3'], /unknown option --colours/],
			[
				[kodim, '--format', 'pdf'],
				/--format must be one of json, hex, css, gpl, ase, svg, png-card /
			],
			[[transparent], /every pixel is transparent/],
			[[kodim, '--init', file('short.json', '[[1, 2], [3, 4, 5]]')], /must hold a k×3 array/],
			[[kodim, '--init', file('broken.json', '[[1, 2, 3]')], /not valid JSON/],
			[[], /no image given/]
		];
		for (let i = 0; i < cases.length; i += 4) {
			const outcomes = await Promise.all(cases.slice(i, i + 4).map(([args]) => palette(...args)));
			outcomes.forEach(({ code, stdout, stderr }, j) => {
				const [args, pattern] = cases[i + j];
				const context = `palette ${args.join(' ')}`;
				expect(code, context).toBe(1);
				expect(stdout, context).toBe('');
				expect(stderr.split('\n'), context).toEqual([expect.stringMatching(pattern), '']);
				expect(stderr, context).not.toMatch(/\n\s+at |Error:/);
			});
		}
	});
});
