// Arrow keys as pixel moves, shared by the cells that let the learner walk across a still.

/** The step an arrow key asks for (Shift moves ten pixels), or null for any other key. */
export function arrowStep(event: KeyboardEvent): [number, number] | null {
	const size = event.shiftKey ? 10 : 1;
	switch (event.key) {
		case 'ArrowLeft':
			return [-size, 0];
		case 'ArrowRight':
			return [size, 0];
		case 'ArrowUp':
			return [0, -size];
		case 'ArrowDown':
			return [0, size];
		default:
			return null;
	}
}

/** Keep a pixel coordinate inside 0 … size − 1. */
export function clampIndex(value: number, size: number): number {
	return Math.min(Math.max(Math.round(value), 0), size - 1);
}

/** Where a pointer is inside an element, as fractions of its width and height (0 … 1). */
export function pointerFraction(event: PointerEvent, element: Element): [number, number] {
	const box = element.getBoundingClientRect();
	return [(event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height];
}
