// Saving a file from the page: a Blob behind a temporary link, clicked and let go.
export function download(name: string, content: string | Uint8Array, type: string): void {
	const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], {
		type
	});
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
