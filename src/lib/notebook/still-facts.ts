// Fills the still's numbers quoted in lesson prose ([data-still-fact] spans, written at build time for the default still).
import type { Attachment } from 'svelte/attachments';
import { stillFacts } from '$lib/stills/facts';
import type { Notebook } from './notebook.svelte';

/** `html` is the prose the node holds: a new lesson's prose gets its numbers filled in too. */
export function fillStillFacts(notebook: Notebook, html: string): Attachment<HTMLElement> {
	return (node) => {
		const still = notebook.still;
		if (!still || !html.includes('data-still-fact')) return;
		const shape = { title: still.title, width: still.image.width, height: still.image.height };
		for (const span of node.querySelectorAll<HTMLElement>('[data-still-fact]')) {
			const fact = stillFacts[span.dataset.stillFact ?? ''];
			if (fact) span.textContent = fact(shape);
		}
	};
}
