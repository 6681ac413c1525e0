// A lesson page: its rendered blocks and its place in the course, prerendered for every lesson file.
import { error } from '@sveltejs/kit';
import { lessons } from '$lib/server/lessons';

export function entries() {
	return lessons().map(({ slug }) => ({ slug }));
}

export function load({ params }) {
	const all = lessons();
	const index = all.findIndex((lesson) => lesson.slug === params.slug);
	if (index < 0) error(404, `There is no lesson called "${params.slug}"`);
	const link = (i: number) =>
		all[i] ? { slug: all[i].slug, title: all[i].title, number: all[i].number } : null;
	return {
		lesson: all[index],
		count: all.length,
		previous: link(index - 1),
		next: link(index + 1)
	};
}
