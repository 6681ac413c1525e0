// The notebook's shared state: the current still and the k-means settings every cell reads (a rune class in context).
import { getContext, setContext } from 'svelte';
import {
	pixelSetFromRgba,
	type InitMethod,
	type PixelSet,
	type RgbaImage,
	type Space
} from '$lib/engine';
import { EngineClient } from '$lib/worker/client';
import { catalogue, defaultStillId, findSample } from '$lib/stills/catalogue';
import { decodeUrl } from '$lib/stills/decode';
import { OWN_STILL_ID, OwnStill, type StillHost } from './own-still.svelte';
import {
	currentParams,
	resolveSettings,
	SETTINGS_KEY,
	writeParams,
	type LinkSettings
} from './url-state';

const STORAGE_KEY = 'pixels-to-palette:still';
const KEY = Symbol('notebook');

export interface Still {
	id: string;
	title: string;
	image: RgbaImage;
	/** What is unusual about the still (transparent pixels, first frame only…), said next to the picker. */
	notes?: string[];
	/** The published size, when the still was shrunk to the working size. */
	sourceWidth?: number;
	sourceHeight?: number;
}

export class Notebook implements StillHost {
	/** Where static files live (the site's base path). */
	readonly base: string;
	stillId = $state(defaultStillId);
	still = $state.raw<Still | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	k = $state(6);
	seed = $state(1);
	init = $state<InitMethod>('kmeans++');
	/** Where k-means measures distances (lesson 11, the Lab). */
	space = $state<Space>('rgb');
	/** The page's one engine worker; it is handed the current still whenever a job needs it. */
	readonly engine = new EngineClient(() => this.still?.image ?? null);

	/** The still's distinct colours with their counts: what k-means runs on. */
	pixels: PixelSet | null = $derived(this.still ? pixelSetFromRgba(this.still.image) : null);

	/** The learner's own image: file, drop, paste, URL or video frame (kept in this browser only). */
	readonly own = new OwnStill(this);

	constructor(base: string) {
		this.base = base;
	}

	/** Restore the learner's still and settings: from the address the page arrived at, else from the last visit, else the defaults. */
	async restore(arrival: URLSearchParams = currentParams()): Promise<void> {
		const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
		const known = saved && (findSample(saved) || saved === OWN_STILL_ID) ? saved : defaultStillId;
		const still = this.applyLink(known, arrival);
		if (still === OWN_STILL_ID && (await this.own.restore())) return;
		void this.own.peek();
		return this.choose(findSample(still) ? still : defaultStillId);
	}

	/** k, seed, init and space from the link, else as saved, else as they are; returns the still to open (the link's, else `fallback`). */
	applyLink(fallback: string, arrival: URLSearchParams): string {
		const saved = globalThis.localStorage?.getItem(SETTINGS_KEY) ?? null;
		const defaults = { ...this.linkSettings, still: fallback };
		const settings = resolveSettings(
			arrival,
			saved,
			defaults,
			(id) => findSample(id) !== undefined
		);
		({ k: this.k, seed: this.seed, init: this.init, space: this.space } = settings);
		return settings.still;
	}

	/** What a link to this page carries; an own image cannot travel in a link, so its still is left out. */
	get linkSettings(): Partial<LinkSettings> & Omit<LinkSettings, 'still'> {
		return {
			still: findSample(this.stillId) ? this.stillId : undefined,
			k: this.k,
			seed: this.seed,
			init: this.init,
			space: this.space
		};
	}

	/** From now on, write every change of the settings into the address bar and the saved settings; returns the clean-up. */
	syncLink(): () => void {
		let last: string | null = null;
		return $effect.root(() => {
			$effect(() => {
				const settings = this.linkSettings;
				const now = JSON.stringify(settings);
				// What the page opened with (once its first still is in) is no change: the address stays as it came.
				if (!this.still) return;
				if (last === null || now === last) {
					last = now;
					return;
				}
				last = now;
				const { still, k, seed, init, space } = settings;
				globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify({ k, seed, init, space }));
				writeParams({ still: still ?? null, k, seed, init, space });
			});
		});
	}

	/** Make a decoded still the current one (the own still goes through here). */
	adopt(still: Still): void {
		this.still = still;
		this.stillId = still.id;
		this.error = null;
		globalThis.localStorage?.setItem(STORAGE_KEY, still.id);
	}

	/** Say why an input was not used; the current still, k and seed stay as they are. */
	refuse(message: string): void {
		this.error = message;
	}

	/** Load a bundled still; on failure keep the current one and say why. */
	async choose(id: string): Promise<void> {
		const sample = findSample(id);
		if (!sample) {
			this.error = `There is no still called "${id}".`;
			return;
		}
		this.own.cancel();
		this.loading = true;
		try {
			const image = await decodeUrl(`${this.base}/samples/${sample.file}`);
			this.still = { id, title: sample.title, image };
			this.stillId = id;
			this.error = null;
			globalThis.localStorage?.setItem(STORAGE_KEY, id);
		} catch (error) {
			this.error = `Could not open "${sample.title}": ${(error as Error).message}. The previous still is kept.`;
		} finally {
			this.loading = false;
		}
	}

	get samples() {
		return catalogue;
	}
}

export function provideNotebook(notebook: Notebook): Notebook {
	return setContext(KEY, notebook);
}

export function useNotebook(): Notebook {
	const notebook = getContext<Notebook | undefined>(KEY);
	if (!notebook) throw new Error('A live cell must sit inside a notebook page');
	return notebook;
}
