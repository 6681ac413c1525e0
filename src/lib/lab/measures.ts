// The measures each column shows, how they read, and which column is best at each.
import type { LabMethodResult } from '$lib/worker/protocol';

export interface Measure {
	key: 'mse' | 'psnr' | 'deltaE' | 'time' | 'iterations';
	label: string;
	value: (r: LabMethodResult) => number;
	format: (v: number) => string;
	/** Which way is better; null: not a contest (iterations mean different things per method). */
	better: 'lower' | 'higher' | null;
}

export const measures: Measure[] = [
	{
		key: 'mse',
		label: 'MSE',
		value: (r) => r.metrics.mse,
		format: (v) => v.toFixed(2),
		better: 'lower'
	},
	{
		key: 'psnr',
		label: 'PSNR',
		value: (r) => r.metrics.psnr,
		format: (v) => (Number.isFinite(v) ? `${v.toFixed(2)} dB` : '∞'),
		better: 'higher'
	},
	{
		key: 'deltaE',
		label: 'Mean ΔE (OKLab)',
		value: (r) => r.metrics.meanDeltaE,
		format: (v) => v.toFixed(4),
		better: 'lower'
	},
	{
		key: 'time',
		label: 'Time',
		value: (r) => r.timings.cluster,
		format: (v) => `${v.toFixed(0)} ms`,
		better: 'lower'
	},
	{
		key: 'iterations',
		label: 'Iterations',
		value: (r) => r.iterations,
		format: (v) => String(v),
		better: null
	}
];

/** Per measure, the methods holding the best value (ties share it); none while fewer than two columns are in. */
export function bestOf(results: readonly LabMethodResult[]): Map<Measure['key'], Set<string>> {
	const best = new Map<Measure['key'], Set<string>>();
	if (results.length < 2) return best;
	for (const measure of measures) {
		if (!measure.better) continue;
		const values = results.map(measure.value);
		const target = measure.better === 'lower' ? Math.min(...values) : Math.max(...values);
		best.set(
			measure.key,
			new Set(results.filter((_, i) => values[i] === target).map((r) => r.method))
		);
	}
	return best;
}
