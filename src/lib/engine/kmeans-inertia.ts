// Cluster inertia kept up to date by small changes, without letting rounding pile up.

/**
 * Below this share of the work that went into it, a running total may be mostly rounding (think
 * of a cluster shrinking onto one colour: a large inertia minus almost the same amount). Then the
 * totals are recounted from the points.
 */
const RECOUNT_BELOW = 1e-6;

/**
 * Per cluster: a running sum of squared distances, with Neumaier's compensation so that long runs
 * of additions and subtractions stay exact to a few units in the last place, and the total size
 * of everything added since the last recount, to tell when cancellation has eaten the digits.
 */
export class ClusterInertia {
	private readonly sum: Float64Array;
	private readonly compensation: Float64Array;
	private readonly activity: Float64Array;

	constructor(readonly k: number) {
		this.sum = new Float64Array(k);
		this.compensation = new Float64Array(k);
		this.activity = new Float64Array(k);
	}

	add(j: number, value: number): void {
		const s = this.sum[j],
			t = s + value;
		this.compensation[j] += Math.abs(s) >= Math.abs(value) ? s - t + value : value - t + s;
		this.sum[j] = t;
		this.activity[j] += Math.abs(value);
	}

	/** Starts again from exactly counted totals. */
	reset(totals: Float64Array): void {
		this.sum.set(totals);
		this.compensation.fill(0);
		for (let j = 0; j < this.k; j++) this.activity[j] = Math.abs(totals[j]);
	}

	/** True when some cluster's total may have lost its precision to cancellation. */
	needsRecount(): boolean {
		for (let j = 0; j < this.k; j++) {
			if (this.sum[j] + this.compensation[j] < RECOUNT_BELOW * this.activity[j]) return true;
		}
		return false;
	}

	total(): number {
		let total = 0;
		for (let j = 0; j < this.k; j++) total += this.sum[j] + this.compensation[j];
		return Math.max(0, total);
	}
}
