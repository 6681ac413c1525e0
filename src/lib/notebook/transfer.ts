// Finds the file in a drop or a paste (DataTransfer), whatever the browser put around it.
export function hasFiles(transfer: DataTransfer | null): boolean {
	return !!transfer && Array.from(transfer.types).includes('Files');
}

export function firstFile(transfer: DataTransfer | null): File | null {
	return transfer?.files?.[0] ?? null;
}

/** A pasted image: a copied file, or image data copied from another page or program. */
export function pastedFile(clipboard: DataTransfer | null): File | null {
	if (!clipboard) return null;
	if (clipboard.files.length > 0) return clipboard.files[0];
	for (const item of Array.from(clipboard.items)) {
		if (item.kind === 'file') return item.getAsFile();
	}
	return null;
}
