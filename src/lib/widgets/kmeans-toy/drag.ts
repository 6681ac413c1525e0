// One d3-drag behaviour for the whole toy plot: it picks the nearest handle under the pointer (mouse or touch) and reports moves.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';

export interface DragHandle {
	/** What is being dragged, e.g. "point" with its index. */
	kind: 'point' | 'centroid' | 'ghost';
	index: number;
	/** Where the handle sits now, in the plot's SVG units. */
	x: number;
	y: number;
}

export interface DragHandlers {
	/** The handle nearest to (x, y) in SVG units, or null to let the gesture through (e.g. page scroll). */
	pick(x: number, y: number): DragHandle | null;
	move(handle: DragHandle, x: number, y: number): void;
	start?(handle: DragHandle): void;
	end?(handle: DragHandle): void;
}

/** Attach drag to an SVG; D3 owns only the listeners, Svelte keeps drawing. Returns its own clean-up. */
export function dragHandles(handlers: DragHandlers): Attachment<SVGSVGElement> {
	return (svg) => {
		type Event = D3DragEvent<SVGSVGElement, unknown, DragHandle | null>;
		// A null subject tells d3-drag there is nothing to drag here, so the gesture is left alone.
		const behaviour = drag<SVGSVGElement, unknown, DragHandle | null>()
			// Pointer positions in the SVG's own viewBox units, however large the plot is drawn.
			.container(() => svg)
			.subject((event: Event) => handlers.pick(event.x, event.y))
			.on('start', (event: Event) => event.subject && handlers.start?.(event.subject))
			.on('drag', (event: Event) => event.subject && handlers.move(event.subject, event.x, event.y))
			.on('end', (event: Event) => event.subject && handlers.end?.(event.subject));
		const selection = select(svg).call(behaviour);
		return () => {
			selection.on('.drag', null);
		};
	};
}
