// Per-pixel colour error between a still and its repainted copy: the OKLab distance an error map draws.
import { LINEAR_OF_BYTE, writeOklab } from '$lib/engine/colour';
import { DEFAULT_ALPHA_THRESHOLD, type RgbaImage } from '$lib/engine';

/**
 * ΔE (OKLab distance) per pixel, row by row; transparent pixels get NaN. Its mean over the opaque
 * pixels is qualityMetrics' meanDeltaE. Runs of the same pair of colours are measured once.
 */
export function deltaEMap(original: RgbaImage, repainted: RgbaImage): Float32Array {
	const a = original.data,
		b = repainted.data;
	const out = new Float32Array(original.width * original.height);
	const labA = new Float64Array(3),
		labB = new Float64Array(3);
	let lastA = -1,
		lastB = -1,
		last = 0;
	for (let p = 0; p < out.length; p++) {
		const o = 4 * p;
		if (a[o + 3] < DEFAULT_ALPHA_THRESHOLD) {
			out[p] = NaN;
			continue;
		}
		const keyA = (a[o] << 16) | (a[o + 1] << 8) | a[o + 2],
			keyB = (b[o] << 16) | (b[o + 1] << 8) | b[o + 2];
		if (keyA !== lastA || keyB !== lastB) {
			writeOklab(LINEAR_OF_BYTE[a[o]], LINEAR_OF_BYTE[a[o + 1]], LINEAR_OF_BYTE[a[o + 2]], labA, 0);
			writeOklab(LINEAR_OF_BYTE[b[o]], LINEAR_OF_BYTE[b[o + 1]], LINEAR_OF_BYTE[b[o + 2]], labB, 0);
			last = Math.hypot(labA[0] - labB[0], labA[1] - labB[1], labA[2] - labB[2]);
			[lastA, lastB] = [keyA, keyB];
		}
		out[p] = last;
	}
	return out;
}
