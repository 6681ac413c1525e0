// The error map's colour scale: ΔE (OKLab) 0 … HEAT_MAX from black through purple and orange to pale yellow.
import { scaleLinear } from 'd3-scale';
import { interpolateRgb } from 'd3-interpolate';

/** The top of the scale: a ΔE this large (OKLab) is an obvious change of colour; larger values are drawn alike. */
export const HEAT_MAX = 0.2;

export const heatScale = scaleLinear<string>()
	.domain([0, HEAT_MAX / 3, (2 * HEAT_MAX) / 3, HEAT_MAX])
	.range(['#000004', '#781c6d', '#ed6925', '#fcffa4'])
	.interpolate(interpolateRgb)
	.clamp(true);

/** 256 RGB steps of the scale, so painting a map is one lookup per pixel. */
const table = Uint8Array.from({ length: 256 * 3 }, (_, i) => {
	// d3's RGB interpolator answers "rgb(r, g, b)".
	const channels = heatScale((Math.floor(i / 3) / 255) * HEAT_MAX).match(/\d+/g) ?? [];
	return Number(channels[i % 3] ?? 0);
});

/** A ΔE map as RGBA bytes; NaN (transparent pixels) stays transparent. */
export function paintHeat(map: Float32Array): Uint8ClampedArray {
	const out = new Uint8ClampedArray(map.length * 4);
	for (let p = 0; p < map.length; p++) {
		const value = map[p];
		if (Number.isNaN(value)) continue;
		const step = 3 * Math.min(255, Math.max(0, Math.round((value / HEAT_MAX) * 255)));
		out[4 * p] = table[step];
		out[4 * p + 1] = table[step + 1];
		out[4 * p + 2] = table[step + 2];
		out[4 * p + 3] = 255;
	}
	return out;
}
