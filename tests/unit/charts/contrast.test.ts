// Text on a data colour: black or white by WCAG contrast, as tokens, and the chosen ink always reaches at least 4.5:1.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { darkTextOn, textOn, textOnHex } from '../../../src/lib/charts/contrast';
import { contrastRatio } from '../../../src/lib/export/ink';

describe('text on a data colour', () => {
	it('picks black on light colours and white on dark ones', () => {
		expect(textOn([255, 241, 194])).toBe('var(--on-bright)');
		expect(textOn([29, 34, 48])).toBe('var(--on-dim)');
		expect(textOnHex('#2f5bd3')).toBe('var(--on-dim)');
		// Pure red: black gives 5.25:1, white 4.0:1, so black.
		expect(darkTextOn([255, 0, 0])).toBe(true);
		expect(textOnHex('#f2c245')).toBe('var(--on-bright)');
		// Grey flips at #767676: black 4.62:1 beats white 4.54:1 there, while on #757575 white wins (4.61 against 4.56).
		expect(darkTextOn([0x76, 0x76, 0x76])).toBe(true);
		expect(darkTextOn([0x75, 0x75, 0x75])).toBe(false);
	});

	it('always reaches at least 4.5:1 with the ink it picks', () => {
		const byte = fc.integer({ min: 0, max: 255 });
		fc.assert(
			fc.property(byte, byte, byte, (r, g, b) => {
				const ink = darkTextOn([r, g, b]) ? [0, 0, 0] : [255, 255, 255];
				expect(contrastRatio([r, g, b], ink)).toBeGreaterThanOrEqual(4.58);
			})
		);
	});
});
