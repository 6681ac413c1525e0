// The scatter's point renderer: projects n RGB points, sorts them far to near in O(n), and stamps discs into an ImageData buffer.
import { CUBE_CENTRE, rotation, type View } from '../projection';
import { stampFor, STAMP_STEPS } from './stamps';

const DEPTH_BUCKETS = 256;
const DEPTH_RANGE = Math.sqrt(3);

export interface PointInput {
	positions: ArrayLike<number>;
	colors: ArrayLike<number>;
	sizes?: ArrayLike<number>;
	/** Disc radius in CSS pixels for a size-1 point at middle depth. */
	radius: number;
}

/** Owns every buffer the hot loop needs, so a frame allocates nothing once the point count stops growing. */
export class PointRenderer {
	count = 0;
	/** Screen position (CSS pixels), depth and drawn radius of each point after the last draw. */
	screenX = new Float32Array(0);
	screenY = new Float32Array(0);
	depth = new Float32Array(0);
	radius = new Float32Array(0);
	private order = new Uint32Array(0);
	private bucketStart = new Uint32Array(DEPTH_BUCKETS + 1);
	private image: ImageData | null = null;
	private pixels = new Uint32Array(0);

	private ensure(n: number): void {
		if (this.screenX.length >= n) return;
		this.screenX = new Float32Array(n);
		this.screenY = new Float32Array(n);
		this.depth = new Float32Array(n);
		this.radius = new Float32Array(n);
		this.order = new Uint32Array(n);
	}

	/** Draw the points; `view` is in CSS pixels and `ratio` is device pixels per CSS pixel. Returns milliseconds spent. */
	draw(context: CanvasRenderingContext2D, input: PointInput, view: View, ratio: number): number {
		const started = performance.now();
		const { positions, colors, sizes } = input;
		const n = Math.min(Math.floor(positions.length / 3), Math.floor(colors.length / 3));
		this.ensure(n);
		this.count = n;
		const { width, height } = context.canvas;
		if (!this.image || this.image.width !== width || this.image.height !== height) {
			this.image = context.createImageData(width, height);
			this.pixels = new Uint32Array(this.image.data.buffer);
		}
		this.project(positions, sizes, view, input.radius, n);
		this.sortByDepth(n);
		this.pixels.fill(0);
		this.stamp(colors, ratio, width, height, n);
		context.putImageData(this.image, 0, 0);
		return performance.now() - started;
	}

	private project(
		positions: ArrayLike<number>,
		sizes: ArrayLike<number> | undefined,
		view: View,
		radius: number,
		n: number
	): void {
		const { cosYaw, sinYaw, cosPitch, sinPitch } = rotation(view.yaw, view.pitch);
		const { screenX, screenY, depth } = this;
		const k = view.scale / CUBE_CENTRE;
		for (let i = 0; i < n; i++) {
			const x = positions[i * 3] - CUBE_CENTRE;
			const y = positions[i * 3 + 1] - CUBE_CENTRE;
			const z = positions[i * 3 + 2] - CUBE_CENTRE;
			const x1 = x * cosYaw + z * sinYaw;
			const z1 = -x * sinYaw + z * cosYaw;
			screenX[i] = view.cx + x1 * k;
			screenY[i] = view.cy - (y * cosPitch - z1 * sinPitch) * k;
			const d = (y * sinPitch + z1 * cosPitch) / CUBE_CENTRE;
			depth[i] = d;
			// Nearer points are drawn larger: a depth cue that survives any colour.
			this.radius[i] = radius * (0.8 + 0.2 * (d / DEPTH_RANGE)) * (sizes ? sizes[i] : 1);
		}
	}

	/** A counting sort on quantised depth: far points first, so near ones paint over them. */
	private sortByDepth(n: number): void {
		const { bucketStart, depth, order } = this;
		bucketStart.fill(0);
		for (let i = 0; i < n; i++) bucketStart[bucketOf(depth[i]) + 1]++;
		for (let b = 1; b <= DEPTH_BUCKETS; b++) bucketStart[b] += bucketStart[b - 1];
		for (let i = 0; i < n; i++) order[bucketStart[bucketOf(depth[i])]++] = i;
	}

	private stamp(
		colors: ArrayLike<number>,
		ratio: number,
		width: number,
		height: number,
		n: number
	): void {
		const { pixels, order, screenX, screenY, depth } = this;
		for (let o = 0; o < n; o++) {
			const i = order[o];
			const step = Math.min(STAMP_STEPS, Math.round(this.radius[i] * ratio * 2));
			if (step <= 0) continue;
			const offsets = stampFor(step);
			const px = Math.round(screenX[i] * ratio);
			const py = Math.round(screenY[i] * ratio);
			// Farther points are fainter, down to 55 % opacity at the back corner.
			const alpha = Math.round(255 * (0.775 + 0.225 * (depth[i] / DEPTH_RANGE)));
			const r = colors[i * 3],
				g = colors[i * 3 + 1],
				b = colors[i * 3 + 2];
			const fill = ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
			// A darker rim keeps white points visible on a light ground and separates neighbours.
			const rim =
				((alpha << 24) | (((b * 0.62) | 0) << 16) | (((g * 0.62) | 0) << 8) | ((r * 0.62) | 0)) >>>
				0;
			for (let s = 0; s < offsets.length; s += 3) {
				const x = px + offsets[s];
				const y = py + offsets[s + 1];
				if (x < 0 || y < 0 || x >= width || y >= height) continue;
				pixels[y * width + x] = offsets[s + 2] === 1 ? rim : fill;
			}
		}
	}

	/** The front-most point whose disc (plus some slack for fingers) covers (x, y) in CSS pixels, or -1. */
	pick(x: number, y: number, slack: number): number {
		let best = -1;
		for (let i = 0; i < this.count; i++) {
			if (this.radius[i] <= 0) continue;
			const dx = this.screenX[i] - x;
			const dy = this.screenY[i] - y;
			const reach = this.radius[i] + slack;
			if (dx * dx + dy * dy <= reach * reach && (best < 0 || this.depth[i] > this.depth[best]))
				best = i;
		}
		return best;
	}
}

function bucketOf(depth: number): number {
	const t = (depth + DEPTH_RANGE) / (2 * DEPTH_RANGE);
	return Math.max(0, Math.min(DEPTH_BUCKETS - 1, Math.floor(t * DEPTH_BUCKETS)));
}
