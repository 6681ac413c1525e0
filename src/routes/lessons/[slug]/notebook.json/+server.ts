// A lesson's prose and cells for its Jupyter download, prerendered beside the page and fetched only when asked for.
import { error, json } from '@sveltejs/kit';
import { notebookSources } from '$lib/server/notebook-sources';

export const prerender = true;

export function entries() {
	return Object.keys(notebookSources()).map((slug) => ({ slug }));
}

export function GET({ params }) {
	const source = notebookSources()[params.slug];
	if (!source) error(404, `There is no lesson called "${params.slug}"`);
	return json(source);
}
