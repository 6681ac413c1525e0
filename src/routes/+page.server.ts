// The home page lists every lesson in order.
import { lessons } from '$lib/server/lessons';

export function load() {
	return {
		lessons: lessons().map(({ slug, number, title, summary }) => ({ slug, number, title, summary }))
	};
}
