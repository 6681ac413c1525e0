// Which pixel rows the matrix template shows: the first three, one that follows the probe, and the last.

/** Slot names used in the template's \htmlClass{m-r<slot>-c<col>} and \htmlClass{m-i<slot>} placeholders. */
export const SLOTS = ['0', '1', '2', 'p', 'l'] as const;
export type Slot = (typeof SLOTS)[number];

/** The matrix row each slot shows when the probe sits on row `probeRow` of a matrix with `rows` rows. */
export function slotRows(rows: number, probeRow: number): Record<Slot, number> {
	const last = rows - 1;
	return {
		'0': 0,
		'1': Math.min(1, last),
		'2': Math.min(2, last),
		// The middle slot follows the probe, but never repeats a row that already has its own slot.
		p: Math.max(Math.min(3, last), Math.min(probeRow, last - 1)),
		l: last
	};
}

/** The slot that shows the probe's row (so it can be highlighted). */
export function slotOf(rows: Record<Slot, number>, probeRow: number): Slot {
	return SLOTS.find((slot) => slot !== 'p' && rows[slot] === probeRow) ?? 'p';
}
