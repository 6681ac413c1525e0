// The cube's corners, edges and axis ends in screen space for the SVG overlay (pure maths on top of projection.ts).
import { project, type View } from '../projection';

export interface CubeEdge {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** 0, 1, 2 for the red, green, blue axis leaving the black corner; -1 for the other nine edges. */
	axis: number;
	/** Touches the corner farthest from the viewer, so it runs behind the points. */
	hidden: boolean;
}

export interface CubeCorner {
	x: number;
	y: number;
	rgb: [number, number, number];
}

/** Corner i has red = bit 0, green = bit 1, blue = bit 2. */
const cornerRgb = (i: number): [number, number, number] => [
	i & 1 ? 255 : 0,
	i & 2 ? 255 : 0,
	i & 4 ? 255 : 0
];

export function cubeGeometry(view: View): {
	corners: CubeCorner[];
	edges: CubeEdge[];
	labels: { x: number; y: number; text: string }[];
} {
	const projected = Array.from({ length: 8 }, (_, i) => project(cornerRgb(i), view));
	let farthest = 0;
	for (let i = 1; i < 8; i++) if (projected[i][2] < projected[farthest][2]) farthest = i;
	const edges: CubeEdge[] = [];
	for (let a = 0; a < 8; a++) {
		for (let bit = 0; bit < 3; bit++) {
			const b = a | (1 << bit);
			if (b === a) continue;
			edges.push({
				x1: projected[a][0],
				y1: projected[a][1],
				x2: projected[b][0],
				y2: projected[b][1],
				axis: a === 0 ? bit : -1,
				hidden: a === farthest || b === farthest
			});
		}
	}
	const corners = projected.map(([x, y], i) => ({ x, y, rgb: cornerRgb(i) }));
	// Axis letters sit just past each axis's 255 end, pushed away from the cube's centre.
	const labels = ['R', 'G', 'B'].map((text, bit) => {
		const [x, y] = projected[1 << bit];
		const dx = x - view.cx,
			dy = y - view.cy;
		const length = Math.hypot(dx, dy) || 1;
		return { x: x + (dx / length) * 14, y: y + (dy / length) * 14, text };
	});
	return { corners, edges, labels };
}
