// The stepper's half-step in the address: a link's `step` opens the run there, and every move is written back.
import { untrack } from 'svelte';
import { currentParams, readStep, writeParams } from '$lib/notebook/url-state';
import type { Stepper } from './stepper.svelte';

/** Call while a stepper component starts: ties `stepper.position` to the `step` parameter. */
export function followStepLink(stepper: Stepper): void {
	/** The half-step a link asked for, until the run it belongs to is there (the still loads after the page). */
	let linked: number | null = readStep(currentParams());

	$effect(() => {
		if (linked === null || !stepper.run) return;
		const target = linked;
		linked = null;
		untrack(() => stepper.seek(target));
	});

	$effect(() => {
		const position = stepper.position;
		if (linked === null && stepper.run) writeParams({ step: position > 0 ? position : null });
	});
}
