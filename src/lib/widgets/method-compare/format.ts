// How lessons 9–11 write their measurements: one place, so every cell rounds the same way.

export const formatPsnr = (psnr: number) =>
	Number.isFinite(psnr) ? `${psnr.toFixed(2)} dB` : 'identical';
export const formatMs = (ms: number) => (ms < 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`);
export const formatBytes = (bytes: number) =>
	bytes < 1024
		? `${bytes} B`
		: bytes < 1024 * 1024
			? `${(bytes / 1024).toFixed(1)} KB`
			: `${(bytes / 1024 / 1024).toFixed(2)} MB`;
