// Centroid glide: eases the drawn centroid positions from where they are to where they should be (d3-interpolate + d3-timer).
import { interpolateNumberArray } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import { timer, type Timer } from 'd3-timer';

export class Glide {
	/** The positions to draw now, m*3 RGB. */
	current = $state.raw<Float64Array>(new Float64Array(0));
	/** True while a glide is under way. */
	moving = $state(false);
	private running: Timer | null = null;

	/** Move to `target`; a change in the number of centroids, or a zero duration, jumps instead of gliding. */
	to(target: ArrayLike<number>, duration: number): void {
		this.stop();
		const end = Float64Array.from(target);
		const start = this.current;
		if (duration <= 0 || start.length !== end.length || start.length === 0) {
			this.current = end;
			return;
		}
		const between = interpolateNumberArray(start, end);
		this.moving = true;
		this.running = timer((elapsed) => {
			const t = Math.min(1, elapsed / duration);
			this.current = Float64Array.from(between(easeCubicInOut(t)));
			if (t === 1) this.stop();
		});
	}

	stop(): void {
		this.running?.stop();
		this.running = null;
		this.moving = false;
	}
}
