// The settings a link carries (still, k, seed, init, space, step): read from the URL first, then the learner's saved settings, then defaults; written back with replaceState.
import { replaceState } from '$app/navigation';
import type { InitMethod, Space } from '$lib/engine';

export interface LinkSettings {
	still: string;
	k: number;
	seed: number;
	init: InitMethod;
	space: Space;
}

/** Where k, seed, init and space are saved between visits (the still is saved by the notebook on its own). */
export const SETTINGS_KEY = 'pixels-to-palette:settings';

const INITS: readonly InitMethod[] = ['kmeans++', 'random', 'partition'];
const SPACES: readonly Space[] = ['rgb', 'oklab'];
export const K_RANGE = { min: 2, max: 64 } as const;
export const SEED_MAX = 999_999;

type Lookup = (name: string) => unknown;

/** The valid settings among what a lookup (URL parameters or a saved record) holds; anything malformed is left out. */
export function parseSettings(
	lookup: Lookup,
	isStill: (id: string) => boolean
): Partial<LinkSettings> {
	const found: Partial<LinkSettings> = {};
	const still = lookup('still');
	if (typeof still === 'string' && isStill(still)) found.still = still;
	const k = wholeNumber(lookup('k'));
	if (k !== null && k >= K_RANGE.min && k <= K_RANGE.max) found.k = k;
	const seed = wholeNumber(lookup('seed'));
	if (seed !== null && seed >= 0 && seed <= SEED_MAX) found.seed = seed;
	// A hand-typed "kmeans++" arrives as "kmeans  " (a plus in a query is a space).
	const init =
		typeof lookup('init') === 'string' ? String(lookup('init')).replace(/ /g, '+') : null;
	if (INITS.includes(init as InitMethod)) found.init = init as InitMethod;
	const space = lookup('space');
	if (SPACES.includes(space as Space)) found.space = space as Space;
	return found;
}

/** The URL wins, then what was saved, then the defaults: setting by setting. */
export function resolveSettings(
	search: URLSearchParams,
	saved: string | null,
	defaults: LinkSettings,
	isStill: (id: string) => boolean
): LinkSettings {
	let record: Record<string, unknown> = {};
	try {
		const parsed: unknown = saved ? JSON.parse(saved) : null;
		if (parsed && typeof parsed === 'object') record = parsed as Record<string, unknown>;
	} catch {
		// A damaged saved record is ignored: the defaults stand in.
	}
	return {
		...defaults,
		...parseSettings((name) => record[name], isStill),
		...parseSettings((name) => search.get(name), isStill)
	};
}

/** The half-step a link asks the stepper to open at, or null. */
export function readStep(search: URLSearchParams): number | null {
	const step = wholeNumber(search.get('step'));
	return step !== null && step >= 0 && step <= 10_000 ? step : null;
}

/** A link to this moment: the page's address with every setting (and the stepper's half-step when given). */
export function linkTo(page: URL, settings: Partial<LinkSettings> & { step?: number }): string {
	const url = new URL(page.href);
	url.search = '';
	url.hash = '';
	for (const name of ['still', 'k', 'seed', 'init', 'space', 'step'] as const) {
		const value = settings[name];
		if (value !== undefined) url.searchParams.set(name, String(value));
	}
	return url.href;
}

/** The current address's parameters (empty while prerendering). */
export function currentParams(): URLSearchParams {
	return new URLSearchParams(globalThis.location?.search ?? '');
}

/** Write settings into the address bar without a new history entry; null removes a parameter. Parameters not named are kept. */
export function writeParams(changes: Record<string, string | number | null>): void {
	if (!globalThis.location) return;
	const url = new URL(globalThis.location.href);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) url.searchParams.delete(name);
		else url.searchParams.set(name, String(value));
	}
	if (url.href === globalThis.location.href) return;
	try {
		replaceState(url, {});
	} catch {
		// Before the router has started there is nothing to replace yet; the next change writes again.
	}
}

function wholeNumber(value: unknown): number | null {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d{1,7}$/.test(value)
				? Number(value)
				: NaN;
	return Number.isInteger(number) ? number : null;
}
