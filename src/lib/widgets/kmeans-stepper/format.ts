// Stepper readouts as the learner reads them; the end-to-end tests format the engine's own numbers through these too.
import { rgbToHex } from '$lib/engine';

/** Inertia J as a whole number with thousands separators (J sums squared distances over every pixel). */
export function formatInertia(inertia: number): string {
	return Math.round(inertia).toLocaleString('en-US');
}

/** Mean squared distance per pixel, the same J divided by the number of pixels. */
export function formatMeanInertia(inertia: number, pixels: number): string {
	return pixels > 0 ? (inertia / pixels).toFixed(1) : '0';
}

/** Each centroid (r,g,b triples, 0..255, fractional) as the hex code of its nearest displayable colour. */
export function centroidHexes(centroids: ArrayLike<number>): string[] {
	const hexes: string[] = [];
	for (let i = 0; i + 2 < centroids.length; i += 3) {
		hexes.push(
			rgbToHex(channel(centroids[i]), channel(centroids[i + 1]), channel(centroids[i + 2]))
		);
	}
	return hexes;
}

function channel(value: number): number {
	return Math.min(255, Math.max(0, Math.round(value)));
}
