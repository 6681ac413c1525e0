// Numbers about the current still that lesson prose may quote ({still:width} in markdown): the build writes the default still's, the page the chosen one's.
export interface StillShape {
	title: string;
	width: number;
	height: number;
}

/** The default still (the five-ink poster): what a prerendered page says before the learner's still is known. */
export const DEFAULT_STILL_SHAPE: StillShape = {
	title: 'Five-ink poster',
	width: 320,
	height: 240
};

const grouped = (n: number) => n.toLocaleString('en-GB').replace(/,/g, '\u2009');

export const stillFacts: Record<string, (still: StillShape) => string> = {
	title: (still) => still.title,
	width: (still) => String(still.width),
	height: (still) => String(still.height),
	pixels: (still) => grouped(still.width * still.height),
	/** How many numbers the still is: three per pixel. */
	numbers: (still) => grouped(3 * still.width * still.height),
	/** The matrix row of the pixel at x = 5, y = 2 (lesson 3's question). */
	'row-5-2': (still) => grouped(2 * still.width + 5)
};
