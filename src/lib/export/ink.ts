// Text on a data colour: black or white, whichever has the higher WCAG contrast against it.
import { srgbToLinear } from '../engine';

/** WCAG 2 relative luminance of an sRGB byte colour. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
	return (
		0.2126 * srgbToLinear(r / 255) + 0.7152 * srgbToLinear(g / 255) + 0.0722 * srgbToLinear(b / 255)
	);
}

/** WCAG 2 contrast ratio of two colours, 1..21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
	const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (l1 + 0.05) / (l2 + 0.05);
}

export function inkOn(rgb: readonly number[]): '#000000' | '#ffffff' {
	return contrastRatio(rgb, [0, 0, 0]) >= contrastRatio(rgb, [255, 255, 255])
		? '#000000'
		: '#ffffff';
}
