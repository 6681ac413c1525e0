// URL state: the URL wins over saved settings, saved settings over defaults, and malformed values are ignored.
import { describe, expect, it } from 'vitest';
import {
	linkTo,
	parseSettings,
	readStep,
	resolveSettings,
	type LinkSettings
} from '../../../src/lib/notebook/url-state';

const defaults: LinkSettings = { still: 'poster', k: 6, seed: 1, init: 'kmeans++', space: 'rgb' };
const isStill = (id: string) => ['poster', 'coffee', 'flags'].includes(id);

describe('URL state', () => {
	it('takes each setting from the URL first, then the saved record, then the defaults', () => {
		const search = new URLSearchParams('still=coffee&k=4&init=random');
		const saved = JSON.stringify({ k: 9, seed: 42, space: 'oklab', init: 'partition' });
		expect(resolveSettings(search, saved, defaults, isStill)).toEqual({
			still: 'coffee',
			k: 4,
			seed: 42,
			init: 'random',
			space: 'oklab'
		});
	});

	it('ignores malformed values and a damaged saved record', () => {
		const search = new URLSearchParams('still=nowhere&k=1&seed=-3&init=magic&space=hsv');
		expect(resolveSettings(search, '{not json', defaults, isStill)).toEqual(defaults);
		expect(parseSettings((name) => ({ k: '65', seed: '2.5' })[name], isStill)).toEqual({});
		expect(parseSettings((name) => ({ k: 64, seed: 999999 })[name], isStill)).toEqual({
			k: 64,
			seed: 999999
		});
	});

	it('reads the step as a whole number of half-steps', () => {
		expect(readStep(new URLSearchParams('step=5'))).toBe(5);
		expect(
			resolveSettings(
				new URLSearchParams('init=kmeans++'),
				null,
				{ ...defaults, init: 'random' },
				isStill
			).init
		).toBe('kmeans++');
		expect(readStep(new URLSearchParams('step=0'))).toBe(0);
		expect(readStep(new URLSearchParams('step=x'))).toBeNull();
		expect(readStep(new URLSearchParams('k=3'))).toBeNull();
	});

	it('builds a link with every setting and drops the old query and hash', () => {
		const page = new URL('http://localhost/lessons/kmeans-steps/?present&k=2#stepper');
		expect(
			linkTo(page, { ...defaults, still: 'coffee', k: 4, seed: 9, init: 'random', step: 5 })
		).toBe(
			'http://localhost/lessons/kmeans-steps/?still=coffee&k=4&seed=9&init=random&space=rgb&step=5'
		);
		expect(linkTo(page, { k: 3 })).toBe('http://localhost/lessons/kmeans-steps/?k=3');
	});
});
