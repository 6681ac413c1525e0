// The three lights as data colours: a channel's value shown as its own light mixed into white, with text that reads on it.
import { textOn } from './contrast';

/** Full red, green and blue stripes as data colours (the --red, --green, --blue tokens are their UI cousins). */
export const CHANNEL_LIGHTS: readonly (readonly [number, number, number])[] = [
	[214, 40, 34],
	[22, 140, 60],
	[47, 91, 211]
];

/** A cell's background for a channel value 0..255: the channel's light over white, up to `strength` at 255, and its text colour. */
export function channelCell(
	channel: number,
	value: number,
	strength = 0.78
): { background: string; color: string } {
	const alpha = (strength * Math.min(255, Math.max(0, value))) / 255;
	const rgb = CHANNEL_LIGHTS[channel].map((c) => Math.round(alpha * c + (1 - alpha) * 255));
	return { background: `rgb(${rgb.join(' ')})`, color: textOn(rgb) };
}
