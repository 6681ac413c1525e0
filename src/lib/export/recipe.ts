// A recipe: the Lab's run as a small JSON file (still, settings, method, pins, mask) that reopens it exactly.
import type { InitMethod, Space } from '../engine';
import { LAB_METHODS, type LabMethod, type LabSettings } from '../lab/methods';
import type { LabMask } from '../lab/mask';

export const RECIPE_FORMAT = 'pixels-to-palette/recipe@1';

export interface Recipe {
	format: typeof RECIPE_FORMAT;
	/** A bundled still's id, or for an own image `sha256:<hex>` of its RGBA pixels. */
	still: string;
	title: string;
	settings: LabSettings;
	method: LabMethod;
	pins: [number, number, number][];
	mask: LabMask | null;
	/** The palette the run gave, so a reopened run can be checked against it. */
	palette: string[];
}

export function toRecipe(recipe: Omit<Recipe, 'format'>): string {
	return JSON.stringify({ format: RECIPE_FORMAT, ...recipe }, null, 2) + '\n';
}

const INITS: readonly InitMethod[] = ['kmeans++', 'random', 'partition'];
const SPACES: readonly Space[] = ['rgb', 'oklab'];
const isByte = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;

/** Reads a recipe file; throws an Error with one plain sentence when it is not one. */
export function parseRecipe(text: string): Recipe {
	let value: Partial<Recipe>;
	try {
		value = JSON.parse(text);
	} catch {
		throw new Error('This file is not JSON, so it is not a recipe.');
	}
	if (value?.format !== RECIPE_FORMAT)
		throw new Error('This JSON file is not a Pixels to Palette recipe.');
	const s = value.settings;
	const fine =
		typeof value.still === 'string' &&
		!!s &&
		Number.isInteger(s.k) &&
		s.k >= 2 &&
		s.k <= 64 &&
		Number.isInteger(s.seed) &&
		Number.isInteger(s.restarts) &&
		s.restarts >= 1 &&
		INITS.includes(s.init) &&
		SPACES.includes(s.space) &&
		LAB_METHODS.includes(value.method as LabMethod) &&
		Array.isArray(value.pins) &&
		value.pins.every((p) => Array.isArray(p) && p.length === 3 && p.every(isByte)) &&
		(value.mask === null ||
			(typeof value.mask?.cells === 'string' &&
				Number.isInteger(value.mask.cols) &&
				Number.isInteger(value.mask.rows)));
	if (!fine) throw new Error('This recipe is damaged: a setting is missing or out of range.');
	return value as Recipe;
}
