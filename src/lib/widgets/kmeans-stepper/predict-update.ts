// "Where will this centroid move?": the learner's ghost before an update, and how far it was from where the update put the centroid.
import type { Snapshot } from '$lib/engine';

export type Rgb = [number, number, number];

export interface UpdateGuess {
	/** The centroid asked about (0-based). */
	centroid: number;
	/** Where it stood when the question was asked. */
	from: Rgb;
	/** The ghost: where the learner thinks it will move (fractional while dragging). */
	ghost: Rgb;
	/** The snapshot index the question was asked at (an assign; the update that answers it comes next). */
	askedAt: number;
}

export interface UpdateAnswer {
	/** Where the update put the centroid. */
	truth: Rgb;
	/** The guess as a colour (whole channels), and its straight-line RGB distance to the truth. */
	guess: Rgb;
	off: number;
	/** How far the centroid really moved: the miss of a guess that it stays put. */
	moved: number;
}

const triple = (flat: ArrayLike<number>, j: number): Rgb => [
	flat[j * 3],
	flat[j * 3 + 1],
	flat[j * 3 + 2]
];

/** The ghost as a colour: each channel rounded to a whole byte. */
export const ghostColour = (ghost: readonly number[]): Rgb => [
	Math.round(ghost[0]),
	Math.round(ghost[1]),
	Math.round(ghost[2])
];

/** Ask about centroid j of the snapshot on screen; the ghost starts on the centroid. */
export function askUpdate(snapshot: Snapshot, centroid: number): UpdateGuess {
	const from = triple(snapshot.centroids, centroid);
	return { centroid, from, ghost: [...from], askedAt: snapshot.index };
}

/** The reveal, given the update that followed the question. */
export function answerUpdate(guess: UpdateGuess, update: Snapshot): UpdateAnswer {
	const truth = triple(update.centroids, guess.centroid);
	const colour = ghostColour(guess.ghost);
	return {
		truth,
		guess: colour,
		off: Math.hypot(colour[0] - truth[0], colour[1] - truth[1], colour[2] - truth[2]),
		moved: Math.hypot(truth[0] - guess.from[0], truth[1] - guess.from[1], truth[2] - guess.from[2])
	};
}

/** The answer once the learner has stepped to the update right after the question; null before (or anywhere else). */
export function answerFor(guess: UpdateGuess, snapshot: Snapshot | null): UpdateAnswer | null {
	return snapshot && snapshot.index === guess.askedAt + 1 && snapshot.phase === 'update'
		? answerUpdate(guess, snapshot)
		: null;
}

export const rgbText = (rgb: readonly number[]): string => `(${ghostColour(rgb).join(', ')})`;

/** What the cube draws for the guess: the ghost, movable until the answer, then with a line to the truth. */
export function ghostMarker(
	guess: UpdateGuess,
	snapshot: Snapshot | null,
	move: (ghost: Rgb) => void
): {
	rgb: Rgb;
	paint: Rgb;
	number: number;
	label: string;
	onmove?: (ghost: Rgb) => void;
	truth?: Rgb;
} {
	const answer = answerFor(guess, snapshot);
	const number = guess.centroid + 1;
	return {
		rgb: guess.ghost,
		paint: guess.from,
		number,
		label: `Your guess for centroid ${number}, at RGB ${rgbText(guess.ghost)}${answer ? '' : '. Drag it, or use the arrow keys, to move it'}`,
		onmove: answer ? undefined : move,
		truth: answer?.truth
	};
}
