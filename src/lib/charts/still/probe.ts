// The pixel a learner has picked on a still, shared by every view of a cell.

/** One picked pixel, in image coordinates. */
export interface Probe {
	x: number;
	y: number;
}
