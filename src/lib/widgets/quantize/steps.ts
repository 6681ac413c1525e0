// The values of k the quantize cells step through, and a download of bytes as a file.

export const K_STEPS = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64] as const;

/** The step nearest to k (the notebook's k may be anything from another lesson). */
export function nearestStep(k: number): number {
	let best = 0;
	K_STEPS.forEach((step, i) => {
		if (Math.abs(step - k) < Math.abs(K_STEPS[best] - k)) best = i;
	});
	return best;
}

/** Save bytes under a file name through a temporary link. */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
