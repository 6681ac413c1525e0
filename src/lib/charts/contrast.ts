// Text on a data colour in the page: the one WCAG rule (src/lib/export/ink.ts, shared with exported files), given as app.css tokens.
import { inkOn } from '$lib/export/ink';

/** Whether black text reads better than white on this colour (by WCAG contrast; ties go to black). */
export function darkTextOn(rgb: ArrayLike<number>): boolean {
	return inkOn([rgb[0], rgb[1], rgb[2]]) === '#000000';
}

/** The CSS colour for text on this colour: the --on-bright (black) or --on-dim (white) token of app.css. */
export function textOn(rgb: ArrayLike<number>): string {
	return darkTextOn(rgb) ? 'var(--on-bright)' : 'var(--on-dim)';
}

/** The same choice from a "#rrggbb" code. */
export function textOnHex(hex: string): string {
	return textOn([
		parseInt(hex.slice(1, 3), 16),
		parseInt(hex.slice(3, 5), 16),
		parseInt(hex.slice(5, 7), 16)
	]);
}
