// d3-drag confined to one attachment: a drag (mouse or touch) reports its moves in pixels; it turns the cube or moves a ghost. Returns its own clean-up.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';

/** Radians of turn per pixel dragged. */
const TURN_PER_PIXEL = 0.01;

/** Each move of a drag on the node as (dx, dy) screen pixels. d3-drag stops the press there, so a drag on a child does not also drag its parent. */
export function dragDeltas<E extends Element>(
	move: (dx: number, dy: number) => void,
	onDragging?: (dragging: boolean) => void
): Attachment<E> {
	return (node) => {
		const behaviour = drag<E, unknown>()
			.on('start', () => onDragging?.(true))
			.on('drag', (event: D3DragEvent<E, unknown, unknown>) => move(event.dx, event.dy))
			.on('end', () => onDragging?.(false));
		const selection = select(node).call(behaviour);
		return () => {
			selection.on('.drag', null);
		};
	};
}

export function rotateOnDrag(
	turn: (dYaw: number, dPitch: number) => void,
	onDragging: (dragging: boolean) => void
): Attachment<HTMLElement> {
	return dragDeltas<HTMLElement>(
		(dx, dy) => turn(dx * TURN_PER_PIXEL, dy * TURN_PER_PIXEL),
		onDragging
	);
}
