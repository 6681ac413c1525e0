// The stepper's keys: → / Page Down step, ← / Page Up back, Space play or pause, E play to the end, R reset.
import { keyBelongsToField, plainKey } from '$lib/notebook/keys';
import type { Stepper } from './stepper.svelte';

/** Act on a key pressed inside the stepper (or anywhere, while it is presented); true when the key was the stepper's. */
export function stepperKey(stepper: Stepper, event: KeyboardEvent): boolean {
	const target = event.target;
	if (!plainKey(event) || keyBelongsToField(target)) return false;
	// On a focused button or summary, Space and Enter press it, as everywhere else.
	const onControl = target instanceof Element && target.closest('button, summary, a') !== null;
	// The scatter turns the cube with its arrows.
	const onScatter = target instanceof Element && target.closest('[role="application"]') !== null;
	switch (event.key) {
		case 'ArrowRight':
			if (onScatter) return false;
			stepper.step();
			return true;
		case 'PageDown':
			stepper.step();
			return true;
		case 'ArrowLeft':
			if (onScatter) return false;
			stepper.back();
			return true;
		case 'PageUp':
			stepper.back();
			return true;
		case ' ':
			if (onControl) return false;
			stepper.togglePlay();
			return true;
		case 'e':
		case 'E':
			stepper.playToEnd();
			return true;
		case 'r':
		case 'R':
			stepper.reset();
			return true;
		default:
			return false;
	}
}
