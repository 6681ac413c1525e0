// Maps a widget name from a lesson's ```widget block to a loader of its component: a page fetches only the cells it shows.
import type { Component } from 'svelte';

export type WidgetComponent = Component<Record<string, unknown>>;
type WidgetModule = { default: WidgetComponent };

const loaders = import.meta.glob<WidgetModule>('./*/index.ts');

/** Load the components of the named widgets, each once. */
export async function loadWidgets(
	names: Iterable<string>
): Promise<Record<string, WidgetComponent>> {
	const unique = [...new Set(names)];
	const modules = await Promise.all(
		unique.map((name) => {
			const load = loaders[`./${name}/index.ts`];
			if (!load) throw new Error(`There is no widget called "${name}"`);
			return load();
		})
	);
	return Object.fromEntries(unique.map((name, i) => [name, modules[i].default]));
}
