// The learner's own still: from a file, a drop, a paste, a URL or a video frame; decoded off the main thread, kept in IndexedDB.
import { inspectStill } from '$lib/stills/inspect';
import { sniff } from '$lib/stills/sniff';
import { WORKING_SIDE, type DecodeProgress, type DecodedStill } from '$lib/stills/decode-image';
import { JobCancelled, type EngineClient, type Job } from '$lib/worker/client';
import {
	loadOwnStill,
	removeOwnStill,
	saveOwnStill,
	type StoredStill
} from '$lib/stills/own-store';
import type { RgbaImage } from '$lib/engine';

export const OWN_STILL_ID = 'own';

/** What the own still needs from the notebook: the current k, the page's engine worker, and a way to make a still current or to refuse one. */
export interface StillHost {
	readonly k: number;
	readonly engine: EngineClient;
	adopt(still: {
		id: string;
		title: string;
		image: RgbaImage;
		notes: string[];
		sourceWidth: number;
		sourceHeight: number;
	}): void;
	refuse(message: string): void;
}

export class OwnStill {
	/** Set while a still is being decoded (the picker shows a progress bar and Cancel). */
	progress = $state<DecodeProgress | null>(null);
	/** The title of the stored own still, if there is one (it can be chosen again or removed). */
	stored = $state<string | null>(null);
	private job: Job<'decode'> | null = null;

	constructor(private readonly host: StillHost) {}

	/** An image file from the file button, a drop or a paste. */
	async openFile(file: Blob, name: string): Promise<void> {
		if (file.type.startsWith('video/')) {
			return this.host.refuse(
				`“${name}” is a video: use “Frame from a video” to pick one of its frames. The previous still is kept.`
			);
		}
		const sniffed = sniff(new Uint8Array(await file.arrayBuffer()));
		if (sniffed.problem) return this.refuse(name, sniffed.problem);
		await this.decode(file, name, sniffed.notes);
	}

	/** Fetched by the browser straight from that address; nothing passes through any server of ours. */
	async openUrl(text: string): Promise<void> {
		let url: URL;
		try {
			url = new URL(text.trim(), globalThis.location?.href);
		} catch {
			return this.refuse(text, 'that is not a web address.');
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:')
			return this.refuse(text, 'only http and https addresses can be opened.');
		const name = decodeURIComponent(url.pathname.split('/').pop() || url.host);
		let response: Response;
		try {
			response = await fetch(url, { mode: 'cors', credentials: 'omit' });
		} catch {
			return this.refuse(
				name,
				`the site ${url.host} did not allow this page to read the image (it sends no CORS permission), or it could not be reached. Save the image to your computer and open the file instead.`
			);
		}
		if (!response.ok)
			return this.refuse(
				name,
				`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: there is no image at that address.`
			);
		await this.openFile(await response.blob(), name);
	}

	/** A frame grabbed from a video (its pixels are read in the worker like any image). */
	openFrame(frame: ImageBitmap, title: string): Promise<void> {
		return this.decode(frame, title, []);
	}

	cancel(): void {
		this.job?.cancel();
	}

	/** Bring back the stored own still (after a reload, or after trying a bundled one); false if there is none. */
	async restore(): Promise<boolean> {
		const saved = await loadOwnStill().catch(() => undefined);
		this.stored = saved?.title ?? null;
		if (!saved) return false;
		const { title, width, height, data, notes, sourceWidth, sourceHeight } = saved;
		this.host.adopt({
			id: OWN_STILL_ID,
			title,
			image: { width, height, data },
			notes,
			sourceWidth,
			sourceHeight
		});
		return true;
	}

	/** Learn whether an own still is stored, without making it current. */
	async peek(): Promise<void> {
		this.stored = (await loadOwnStill().catch(() => undefined))?.title ?? null;
	}

	async remove(): Promise<void> {
		await removeOwnStill();
		this.stored = null;
	}

	private refuse(name: string, problem: string): void {
		this.host.refuse(`Could not use “${name}”: ${problem} The previous still is kept.`);
	}

	private async decode(source: Blob | ImageBitmap, title: string, notes: string[]): Promise<void> {
		this.job?.cancel();
		this.progress = { stage: 'Starting', fraction: 0 };
		const job = this.host.engine.run(
			'decode',
			{ source, maxSide: WORKING_SIDE },
			(progress) => (this.progress = progress)
		);
		this.job = job;
		let decoded: DecodedStill;
		try {
			decoded = await job.result;
		} catch (error) {
			if (this.job === job) this.progress = null;
			if (error instanceof JobCancelled)
				return this.host.refuse(`Opening “${title}” was cancelled. The previous still is kept.`);
			return this.refuse(title, (error as Error).message);
		}
		if (this.job !== job) return;
		this.job = null;
		this.progress = null;
		const { image, sourceWidth, sourceHeight } = decoded;
		const inspection = inspectStill(image, this.host.k);
		if (inspection.problem) return this.refuse(title, inspection.problem);
		const all = [...notes, ...inspection.notes];
		this.host.adopt({ id: OWN_STILL_ID, title, image, notes: all, sourceWidth, sourceHeight });
		const stored: StoredStill = {
			title,
			width: image.width,
			height: image.height,
			data: image.data as Uint8ClampedArray,
			sourceWidth,
			sourceHeight,
			notes: all
		};
		this.stored = title;
		await saveOwnStill(stored).catch(() =>
			this.host.refuse('This browser would not store the image, so it will be gone after a reload.')
		);
	}
}
