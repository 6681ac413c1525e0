// The course's lessons, read from content/lessons/NN-slug.md at build time.
import { renderLesson, type RenderedLesson } from './markdown';
import { widgetSpecs } from '$lib/widgets/names';

const sources = import.meta.glob<string>('/content/lessons/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

export interface Lesson extends RenderedLesson {
	slug: string;
	number: number;
}

function slugOf(path: string): { slug: string; number: number } {
	const file = path.split('/').pop() ?? path;
	const match = /^(\d+)-(.+)\.md$/.exec(file);
	if (!match) throw new Error(`${path}: lesson files are named NN-slug.md`);
	return { number: Number(match[1]), slug: match[2] };
}

let cache: Lesson[] | null = null;

/** Every lesson in course order, rendered once per build. */
export function lessons(): Lesson[] {
	cache ??= Object.entries(sources)
		.map(([path, source]) => ({
			...slugOf(path),
			...renderLesson(source, path.slice(1), widgetSpecs)
		}))
		.sort((a, b) => a.number - b.number);
	return cache;
}
