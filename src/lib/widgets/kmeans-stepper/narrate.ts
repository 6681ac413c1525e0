// The stepper's narration: what the half-step on screen did, in words, for the live region and the status line.
import type { Snapshot } from '$lib/engine';

const count = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** How J changed from one snapshot to the next, as a learner would say it. */
export function inertiaChange(before: number, after: number): string {
	if (!(before > 0) || after === before) return 'J unchanged';
	const percent = (100 * Math.abs(before - after)) / before;
	const shown = percent >= 10 ? percent.toFixed(0) : percent >= 0.1 ? percent.toFixed(1) : '< 0.1';
	return `J ${after < before ? 'fell' : 'rose'} ${shown} %`;
}

/** The centroid that moved farthest in an update, or null when none moved. */
export function farthestMove(
	moved: ArrayLike<number>
): { centroid: number; distance: number } | null {
	let best = -1;
	for (let j = 0; j < moved.length; j++)
		if (moved[j] > 0 && (best < 0 || moved[j] > moved[best])) best = j;
	return best < 0 ? null : { centroid: best, distance: moved[best] };
}

/** One sentence for the snapshot on screen, given the one before it (null at the start of a run). */
export function narrate(snapshot: Snapshot, previous: Snapshot | null): string {
	const change = previous ? `; ${inertiaChange(previous.inertia, snapshot.inertia)}` : '';
	const reseeded = snapshot.reseeded.length
		? `; ${snapshot.reseeded.length === 1 ? 'centroid' : 'centroids'} ${snapshot.reseeded.map((j) => j + 1).join(', ')} had no pixels and moved to the farthest pixel`
		: '';
	let sentence: string;
	if (snapshot.phase === 'init')
		sentence = `Start: ${count(snapshot.centroids.length / 3, 'centroid')} in place`;
	else if (snapshot.phase === 'assign')
		sentence = `Assign: ${count(snapshot.changed, 'pixel')} changed cluster${change}`;
	else {
		const far = farthestMove(snapshot.moved);
		const moved = far
			? `centroid ${far.centroid + 1} moved ${far.distance.toFixed(1)}`
			: 'no centroid moved';
		sentence = `Update: ${moved}${change}`;
	}
	sentence += reseeded;
	if (snapshot.converged) sentence += `. Converged after ${count(snapshot.iteration, 'iteration')}`;
	return `${sentence}.`;
}
