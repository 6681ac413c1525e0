// Opening a recipe in the Lab: its still (when bundled), settings, column, pins and mask.
import { parseRecipe } from '$lib/export/recipe';
import { findSample } from '$lib/stills/catalogue';
import type { Lab } from './lab.svelte';

/** Applies the recipe; resolves to a sentence for the status line, or throws one for the error line. */
export async function openRecipe(lab: Lab, text: string): Promise<string> {
	const recipe = parseRecipe(text);
	if (!findSample(recipe.still))
		throw new Error(
			`This recipe was made on an image of your own (${recipe.title}); open that image first.`
		);
	if (lab.notebook.stillId !== recipe.still || !lab.notebook.still)
		await lab.notebook.choose(recipe.still);
	lab.settings = { ...recipe.settings };
	lab.method = recipe.method;
	lab.pins = recipe.pins.map((p) => [p[0], p[1], p[2]]);
	lab.mask = recipe.mask;
	return `Reopened: ${recipe.title}, k = ${recipe.settings.k}.`;
}
