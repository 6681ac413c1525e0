// The Lab's export files for the chosen column: name, type and contents of each, written by src/lib/export.
import {
	toAse,
	toCss,
	toGpl,
	toHexList,
	toJson,
	toPngCard,
	toRecipe,
	toSvgCard
} from '$lib/export';
import type { LabMethodResult } from '$lib/worker/protocol';
import { methodTitles, type LabSettings } from './methods';
import type { LabMask } from './mask';

export interface LabFile {
	id: string;
	label: string;
	name: string;
	type: string;
	content: () => string | Uint8Array;
}

export interface FileSource {
	still: { id: string; title: string };
	settings: LabSettings;
	pins: [number, number, number][];
	mask: LabMask | null;
	result: LabMethodResult;
}

export function labFiles({ still, settings, pins, mask, result }: FileSource): LabFile[] {
	const base = `${still.id}-k${settings.k}-${result.method}`;
	const title = `${still.title}, ${methodTitles[result.method]}, k = ${settings.k}`;
	const { palette } = result;
	const files: LabFile[] = [
		{
			id: 'hex',
			label: 'Hex list',
			name: `${base}.txt`,
			type: 'text/plain',
			content: () => toHexList(palette)
		},
		{
			id: 'css',
			label: 'CSS variables',
			name: `${base}.css`,
			type: 'text/css',
			content: () => toCss(palette)
		},
		{
			id: 'json',
			label: 'JSON',
			name: `${base}.json`,
			type: 'application/json',
			content: () => toJson(palette)
		},
		{
			id: 'gpl',
			label: 'GIMP .gpl',
			name: `${base}.gpl`,
			type: 'text/plain',
			content: () => toGpl(palette, title)
		},
		{
			id: 'ase',
			label: 'Adobe .ase',
			name: `${base}.ase`,
			type: 'application/octet-stream',
			content: () => toAse(palette)
		},
		{
			id: 'svg',
			label: 'SVG swatch card',
			name: `${base}-card.svg`,
			type: 'image/svg+xml',
			content: () => toSvgCard(palette, title)
		},
		{
			id: 'card',
			label: 'PNG swatch card',
			name: `${base}-card.png`,
			type: 'image/png',
			content: () => toPngCard(palette)
		}
	];
	if (result.png) {
		const png = result.png.indexed;
		files.push({
			id: 'png',
			label: `Recoloured still, indexed PNG (${(png.length / 1024).toFixed(1)} KiB)`,
			name: `${base}.png`,
			type: 'image/png',
			content: () => png
		});
	}
	files.push({
		id: 'recipe',
		label: 'Recipe (reopens this run)',
		name: `${base}.recipe.json`,
		type: 'application/json',
		content: () =>
			toRecipe({
				still: still.id,
				title: still.title,
				settings,
				method: result.method,
				pins,
				mask,
				palette: palette.map((e) => e.hex)
			})
	});
	return files;
}
