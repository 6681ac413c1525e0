// The still's numbers quoted in prose, and the default still's shape the build writes before the page knows the still.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { DEFAULT_STILL_SHAPE, stillFacts } from '../../../src/lib/stills/facts';
import { catalogue, defaultStillId, findSample } from '../../../src/lib/stills/catalogue';

describe('still facts', () => {
	it('the default shape is the default still’s real size and title', () => {
		const sample = findSample(defaultStillId)!;
		const png = decode(readFileSync(`static/samples/${sample.file}`));
		expect(DEFAULT_STILL_SHAPE).toEqual({
			title: sample.title,
			width: png.width,
			height: png.height
		});
	});

	it('computes each fact from the still’s size', () => {
		const still = { title: 'Stripes', width: 70, height: 40 };
		expect(stillFacts.numbers(still)).toBe('8\u2009400');
		expect(stillFacts['row-5-2'](still)).toBe('145');
		expect(stillFacts.pixels(DEFAULT_STILL_SHAPE)).toBe('76\u2009800');
	});

	it('every bundled still has a thumbnail file and a group', () => {
		for (const sample of catalogue) {
			expect(readFileSync(`static/samples/${sample.thumb}`).length, sample.id).toBeLessThan(8_000);
			expect(['movie', 'photo', 'scene']).toContain(sample.group);
		}
	});
});
