// The Lab's state: settings, the chosen column, pins and mask, and the live job that runs every method.
import { getContext, setContext } from 'svelte';
import type { Notebook } from '$lib/notebook/notebook.svelte';
import { LiveJob } from '$lib/worker/live.svelte';
import type { LabMethodResult } from '$lib/worker/protocol';
import { LAB_METHODS, defaultSettings, type LabMethod, type LabSettings } from './methods';
import type { LabMask } from './mask';

/** Stills are clustered at most this large (longer side); the full still is repainted and measured. */
export const LAB_WORKING_SIZE = 400;
const KEY = Symbol('lab');

export class Lab {
	settings = $state<LabSettings>({ ...defaultSettings });
	method = $state<LabMethod>('kmeans-rgb');
	pins = $state<[number, number, number][]>([]);
	mask = $state.raw<LabMask | null>(null);
	readonly job: LiveJob<'lab'>;

	constructor(readonly notebook: Notebook) {
		this.job = new LiveJob(notebook.engine, 'lab', () =>
			notebook.still
				? {
						settings: { ...this.settings },
						pins: this.pins.map((p) => [p[0], p[1], p[2]]),
						mask: this.mask,
						workingSize: LAB_WORKING_SIZE
					}
				: null
		);
	}

	/** One entry per method: this run's when it has come in, else the last run's (marked stale). */
	results: { result: LabMethodResult; fresh: boolean }[] = $derived.by(() => {
		const fresh = new Map(this.job.progress.map((r) => [r.method, r]));
		const last = new Map((this.job.result?.methods ?? []).map((r) => [r.method, r]));
		const list: { result: LabMethodResult; fresh: boolean }[] = [];
		for (const method of LAB_METHODS) {
			const result =
				fresh.get(method) ??
				(this.job.running ? last.get(method) : (last.get(method) ?? fresh.get(method)));
			if (result) list.push({ result, fresh: fresh.has(method) || !this.job.running });
		}
		return list;
	});

	selected: LabMethodResult | null = $derived(
		this.results.find((r) => r.result.method === this.method)?.result ?? null
	);

	pin(rgb: [number, number, number]): void {
		if (this.pins.length >= this.settings.k) return;
		if (!this.pins.some((p) => p[0] === rgb[0] && p[1] === rgb[1] && p[2] === rgb[2]))
			this.pins = [...this.pins, rgb];
	}

	unpin(index: number): void {
		this.pins = this.pins.filter((_, i) => i !== index);
	}
}

export const provideLab = (lab: Lab) => setContext(KEY, lab);

export function useLab(): Lab {
	const lab = getContext<Lab | undefined>(KEY);
	if (!lab) throw new Error('Lab pieces sit inside the Lab page');
	return lab;
}
