// Seeing the palette: colour-blind simulation, WCAG contrast of every pair, and near-duplicate colours.
import { deltaEOk, linearToSrgb, srgbToLinear, type Rgb } from '$lib/engine';
import { contrastRatio } from '$lib/export/ink';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Severity 1.0 matrices of Machado, Oliveira and Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009 (the authors' published table),
 * applied to linear RGB, as the model is defined.
 */
const MACHADO: Record<Deficiency, number[]> = {
	protanopia: [
		0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998
	],
	deuteranopia: [
		0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881
	],
	tritanopia: [
		1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039
	]
};

export const deficiencies = Object.keys(MACHADO) as Deficiency[];

const toByte = (v01: number) =>
	Math.min(255, Math.max(0, Math.round(linearToSrgb(Math.min(1, Math.max(0, v01))) * 255)));

/** One colour as a person with the deficiency would see it. */
export function simulate(rgb: readonly number[], deficiency: Deficiency): Rgb {
	const m = MACHADO[deficiency];
	const [r, g, b] = rgb.map((v) => srgbToLinear(v / 255));
	return [
		toByte(m[0] * r + m[1] * g + m[2] * b),
		toByte(m[3] * r + m[4] * g + m[5] * b),
		toByte(m[6] * r + m[7] * g + m[8] * b)
	];
}

/** An RGBA image simulated pixel by pixel (a table per distinct colour keeps photos quick). */
export function simulateImage(
	data: Uint8Array | Uint8ClampedArray,
	deficiency: Deficiency
): Uint8ClampedArray {
	const out = new Uint8ClampedArray(data.length);
	const seen = new Map<number, Rgb>();
	for (let o = 0; o < data.length; o += 4) {
		const key = (data[o] << 16) | (data[o + 1] << 8) | data[o + 2];
		let rgb = seen.get(key);
		if (!rgb) seen.set(key, (rgb = simulate([data[o], data[o + 1], data[o + 2]], deficiency)));
		out[o] = rgb[0];
		out[o + 1] = rgb[1];
		out[o + 2] = rgb[2];
		out[o + 3] = data[o + 3];
	}
	return out;
}

/** WCAG contrast ratio of every pair: row i, column j. */
export function contrastMatrix(colours: readonly (readonly number[])[]): number[][] {
	return colours.map((a) => colours.map((b) => contrastRatio(a, b)));
}

/** Pairs (i < j) closer than `threshold` in OKLab ΔE, closest first. */
export function nearDuplicates(
	colours: readonly Rgb[],
	threshold: number
): { i: number; j: number; deltaE: number }[] {
	const pairs: { i: number; j: number; deltaE: number }[] = [];
	for (let i = 0; i < colours.length; i++) {
		for (let j = i + 1; j < colours.length; j++) {
			const deltaE = deltaEOk(colours[i], colours[j]);
			if (deltaE < threshold) pairs.push({ i, j, deltaE });
		}
	}
	return pairs.sort((a, b) => a.deltaE - b.deltaE);
}
