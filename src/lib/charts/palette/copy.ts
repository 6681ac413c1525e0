// Copy a hex code: the clipboard API where the page may use it, otherwise select the text so the learner can copy it by hand.

/** Resolves to true when the text reached the clipboard; never rejects, so a refused permission is not a console error. */
export async function copyText(text: string, fallbackNode: Node | null): Promise<boolean> {
	try {
		if (globalThis.navigator?.clipboard && globalThis.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Permission refused or no focus: fall through to selecting the text.
	}
	if (fallbackNode) {
		const range = document.createRange();
		range.selectNodeContents(fallbackNode);
		const selection = globalThis.getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
	}
	return false;
}
