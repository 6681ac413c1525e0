// Loads the components of the cells this lesson shows, and only those, before the page renders.
import { loadWidgets } from '$lib/widgets/registry';

export async function load({ data }) {
	const names = data.lesson.blocks.flatMap((block) =>
		block.kind === 'widget' ? [block.name] : []
	);
	return { ...data, widgets: await loadWidgets(names) };
}
