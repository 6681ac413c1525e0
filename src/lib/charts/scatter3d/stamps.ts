// Precomputed disc stamps (pixel offsets, with a rim flag) for every radius in half-pixel steps, built once.

/** Largest stamp, in half device pixels of radius (radius 16 px). */
export const STAMP_STEPS = 32;

const stamps: Int8Array[] = [];

function buildStamp(radius: number): Int8Array {
	const cells: number[] = [];
	const reach = Math.ceil(radius);
	// Discs of radius 1.5 px or less are too small to spare pixels for a rim.
	const rimFrom = radius > 1.5 ? (radius - 1) * (radius - 1) : Infinity;
	for (let dy = -reach; dy <= reach; dy++) {
		for (let dx = -reach; dx <= reach; dx++) {
			const d2 = dx * dx + dy * dy;
			if (d2 > radius * radius + 0.25) continue;
			cells.push(dx, dy, d2 > rimFrom ? 1 : 0);
		}
	}
	return Int8Array.from(cells);
}

/** The stamp for a radius of step/2 device pixels (step 1..STAMP_STEPS): triples of dx, dy, isRim. */
export function stampFor(step: number): Int8Array {
	if (stamps.length === 0)
		for (let s = 0; s <= STAMP_STEPS; s++) stamps.push(buildStamp(Math.max(0.5, s / 2)));
	return stamps[step];
}
