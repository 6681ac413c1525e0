// d3-drag confined to one attachment: dragging (mouse or touch) turns the cube; returns its own clean-up.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';

/** Radians of turn per pixel dragged. */
const TURN_PER_PIXEL = 0.01;

export function rotateOnDrag(
	turn: (dYaw: number, dPitch: number) => void,
	onDragging: (dragging: boolean) => void
): Attachment<HTMLElement> {
	return (node) => {
		const behaviour = drag<HTMLElement, unknown>()
			.on('start', () => onDragging(true))
			.on('drag', (event: D3DragEvent<HTMLElement, unknown, unknown>) =>
				turn(event.dx * TURN_PER_PIXEL, event.dy * TURN_PER_PIXEL)
			)
			.on('end', () => onDragging(false));
		const selection = select(node).call(behaviour);
		return () => {
			selection.on('.drag', null);
		};
	};
}
