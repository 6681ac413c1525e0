// Every lesson's notebook source (prose and cells), keyed by slug, read from content/lessons at build time.
import type { NotebookSource } from '$lib/notebook/ipynb';
import { notebookParts } from './notebook-parts';

const files = import.meta.glob<string>('/content/lessons/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

let cache: Record<string, NotebookSource> | null = null;

export function notebookSources(): Record<string, NotebookSource> {
	cache ??= Object.fromEntries(
		Object.entries(files).map(([path, source]) => {
			const file = path.split('/').pop() ?? path;
			return [file.replace(/^\d+-/, '').replace(/\.md$/, ''), notebookParts(source, file)];
		})
	);
	return cache;
}
