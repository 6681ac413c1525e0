// The inertia chart's geometry: scales, the line through J at every half-step, and tick marks (D3 computes, Svelte draws).
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Phase } from '$lib/engine';

export interface ChartBox {
	width: number;
	height: number;
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartPoint {
	index: number;
	phase: Phase;
	x: number;
	y: number;
}

export interface Tick {
	value: number;
	at: number;
	label: string;
}

export interface InertiaLayout {
	path: string;
	points: ChartPoint[];
	xTicks: Tick[];
	yTicks: Tick[];
}

/** Lay out J against the half-step number; the y axis spans the values seen (not 0), so late small drops stay visible. */
export function inertiaLayout(
	values: ArrayLike<number>,
	phases: ArrayLike<Phase>,
	box: ChartBox
): InertiaLayout {
	const all = Array.from(values);
	const [low = 0, high = 1] = extent(all);
	const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : 0;
	const x = scaleLinear()
		.domain([0, Math.max(all.length - 1, 6)])
		.range([box.left, box.width - box.right]);
	const y = scaleLinear()
		.domain([low - pad, high + pad])
		.nice(4)
		.range([box.height - box.bottom, box.top]);
	const points = all.map((value, index) => ({
		index,
		phase: phases[index],
		x: x(index),
		y: y(value)
	}));
	const path =
		line<ChartPoint>()
			.x((point) => point.x)
			.y((point) => point.y)(points) ?? '';
	const yFormat = y.tickFormat(4, '~s');
	const xTicks = x
		.ticks(Math.min(8, Math.max(2, Math.floor((box.width - box.left - box.right) / 60))))
		.filter(Number.isInteger)
		.map((value) => ({ value, at: x(value), label: String(value) }));
	const yTicks = y
		.ticks(4)
		.map((value) => ({ value, at: y(value), label: value === 0 ? '0' : yFormat(value) }));
	return { path, points, xTicks, yTicks };
}
