// Whether Code folds start open: one reader's preference for every page, remembered across visits.
const STORAGE_KEY = 'pixels-to-palette:code-open';

/**
 * A module-level rune rather than context: the preference belongs to the reader, not to one page's
 * notebook, and Cells outside a lesson (the Lab) follow it too. Only the browser ever changes it.
 */
class CodeFolds {
	open = $state(false);
	#restored = false;

	/** Read the remembered choice once, in the browser. */
	restore(): void {
		if (this.#restored) return;
		this.#restored = true;
		this.open = globalThis.localStorage?.getItem(STORAGE_KEY) === 'open';
	}

	set(open: boolean): void {
		this.open = open;
		globalThis.localStorage?.setItem(STORAGE_KEY, open ? 'open' : 'closed');
	}
}

export const codeFolds = new CodeFolds();
