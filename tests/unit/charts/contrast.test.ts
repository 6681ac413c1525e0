// Text on a data colour: the WCAG numbers, and that the chosen ink always reaches at least 4.5:1.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastRatio, darkTextOn, relativeLuminance, textOn, textOnHex } from '../../../src/lib/charts/contrast';

describe('text on a data colour', () => {
	it('computes WCAG luminance and contrast', () => {
		expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 12);
		expect(relativeLuminance(0, 0, 0)).toBe(0);
		expect(relativeLuminance(255, 0, 0)).toBeCloseTo(0.2126, 12);
		expect(contrastRatio(1, 0)).toBeCloseTo(21, 12);
		// #777777 on white: the textbook 4.48:1.
		expect(contrastRatio(relativeLuminance(0x77, 0x77, 0x77), 1)).toBeCloseTo(4.48, 2);
	});

	it('picks black on light colours and white on dark ones', () => {
		expect(textOn([255, 241, 194])).toBe('var(--on-bright)');
		expect(textOn([29, 34, 48])).toBe('var(--on-dim)');
		expect(textOnHex('#2f5bd3')).toBe('var(--on-dim)');
		// Pure red: black gives 5.25:1, white 4.0:1, so black.
		expect(darkTextOn([255, 0, 0])).toBe(true);
		expect(textOnHex('#f2c245')).toBe('var(--on-bright)');
	});

	it('always reaches at least 4.5:1 with the ink it picks', () => {
		const byte = fc.integer({ min: 0, max: 255 });
		fc.assert(
			fc.property(byte, byte, byte, (r, g, b) => {
				const l = relativeLuminance(r, g, b);
				expect(contrastRatio(l, darkTextOn([r, g, b]) ? 0 : 1)).toBeGreaterThanOrEqual(4.58);
			})
		);
	});
});
