// An SVG swatch card: one band per colour, sized by share, with its hex code and share in legible ink.
import type { PaletteEntry } from '../engine';
import { inkOn } from './ink';

const escapeXml = (text: string) =>
	text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
	);

/** Colours side by side as equal cards (the share printed on each), with a title line above. */
export function toSvgCard(palette: readonly PaletteEntry[], title: string): string {
	const cell = 120,
		top = 36,
		height = 160;
	const width = Math.max(1, palette.length) * cell;
	const cards = palette.map((entry, i) => {
		const ink = inkOn(entry.rgb);
		const x = i * cell;
		return [
			`<rect x="${x}" y="${top}" width="${cell}" height="${height}" fill="${entry.hex}"/>`,
			`<text x="${x + 10}" y="${top + height - 30}" fill="${ink}" font-size="16" font-weight="700">${entry.hex}</text>`,
			`<text x="${x + 10}" y="${top + height - 10}" fill="${ink}" font-size="14">${(entry.proportion * 100).toFixed(1)}%</text>`
		].join('');
	});
	return (
		[
			`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + height}" viewBox="0 0 ${width} ${top + height}" font-family="ui-monospace, monospace">`,
			`<title>${escapeXml(title)}</title>`,
			`<rect width="${width}" height="${top + height}" fill="#ffffff"/>`,
			`<text x="10" y="24" fill="#1d2230" font-size="16">${escapeXml(title)}</text>`,
			...cards,
			'</svg>'
		].join('\n') + '\n'
	);
}
