// Keyboard rules shared by the page and its cells: when a key belongs to a field rather than to a shortcut.

/** Fields that use letters, digits, arrows or space themselves: a text, number or slider input, a select or a text area. */
export function keyBelongsToField(target: EventTarget | null): boolean {
	if (!(target instanceof Element)) return false;
	if (target.closest('textarea, select, [contenteditable="true"]')) return true;
	const input = target.closest('input');
	return input !== null && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(input.type);
}

/** A shortcut key with no Ctrl, Alt or Meta held (Shift is allowed: "?" needs it). */
export function plainKey(event: KeyboardEvent): boolean {
	return !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey;
}
