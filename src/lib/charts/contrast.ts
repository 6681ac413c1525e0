// Text on a data colour: black or white, whichever has the higher WCAG 2 contrast against it (the one rule every widget uses).

/** WCAG 2 relative luminance of an sRGB colour given as 0..255 channels. */
export function relativeLuminance(r: number, g: number, b: number): number {
	const linear = (c: number) => {
		const v = Math.min(255, Math.max(0, c)) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two luminances (1 to 21). */
export function contrastRatio(a: number, b: number): number {
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whether black text reads better than white on this colour (by WCAG contrast; ties go to black). */
export function darkTextOn(rgb: ArrayLike<number>): boolean {
	const luminance = relativeLuminance(rgb[0], rgb[1], rgb[2]);
	return contrastRatio(luminance, 0) >= contrastRatio(luminance, 1);
}

/** The CSS colour for text on this colour: the --on-bright (black) or --on-dim (white) token of app.css. */
export function textOn(rgb: ArrayLike<number>): string {
	return darkTextOn(rgb) ? 'var(--on-bright)' : 'var(--on-dim)';
}

/** The same choice from a "#rrggbb" code. */
export function textOnHex(hex: string): string {
	return textOn([parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)]);
}
