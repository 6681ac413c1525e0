// Presentation mode: one cell alone on the screen for a projector (?present, P, Esc), with a blank screen on B (a rune class in context).
import { getContext, setContext, untrack } from 'svelte';

const KEY = Symbol('presentation');

export class Presentation {
	/** Ids of the cells on this page that can be presented, in the order they appeared. */
	#cells = $state<string[]>([]);
	/** The cell asked for ('' = the page's first presentable cell), or null when not presenting. */
	requested = $state<string | null>(null);
	/** The screen is blanked (B), as a slide clicker's blank key does. */
	blank = $state(false);

	/** The cell on the screen now, or null. */
	readonly current: string | null = $derived.by(() => {
		if (this.requested === null) return null;
		return this.#cells.includes(this.requested) ? this.requested : (this.#cells[0] ?? null);
	});

	get active(): boolean {
		return this.current !== null;
	}

	get available(): boolean {
		return this.#cells.length > 0;
	}

	/** A cell says it can be presented; returns the clean-up that withdraws it. */
	register(id: string): () => void {
		// Called from a cell's effect: reading the list must not make that effect depend on it.
		untrack(() => (this.#cells = [...this.#cells, id]));
		return () => untrack(() => (this.#cells = this.#cells.filter((cell) => cell !== id)));
	}

	present(id = ''): void {
		this.requested = id;
	}

	leave(): void {
		this.requested = null;
		this.blank = false;
	}

	toggle(id = ''): void {
		if (this.active) this.leave();
		else this.present(id);
	}
}

export function providePresentation(presentation: Presentation): Presentation {
	return setContext(KEY, presentation);
}

/** The page's presentation, or null outside a page that offers one. */
export function usePresentation(): Presentation | null {
	return getContext<Presentation | undefined>(KEY) ?? null;
}
