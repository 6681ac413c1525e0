// The scatter's projection maths: known rotations land where they should, and unproject undoes project on the centre plane.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	axisPairViews,
	clampPitch,
	moveInScreenPlane,
	project,
	rotate,
	rotation,
	unproject,
	type View
} from '../../../src/lib/charts/projection';

const view = (yaw: number, pitch: number): View => ({ yaw, pitch, cx: 200, cy: 150, scale: 100 });

describe('rotate', () => {
	it('leaves points alone at yaw = pitch = 0', () => {
		expect(rotate(0.3, -0.2, 0.9, rotation(0, 0))).toEqual([0.3, -0.2, 0.9]);
	});

	it('turns the red axis away from the viewer after a quarter yaw', () => {
		const [x, y, z] = rotate(1, 0, 0, rotation(Math.PI / 2, 0));
		expect(x).toBeCloseTo(0, 12);
		expect(y).toBeCloseTo(0, 12);
		expect(z).toBeCloseTo(-1, 12);
	});

	it('keeps lengths (a rotation, not a stretch)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1, max: 1, noNaN: true }),
				fc.double({ min: -1, max: 1, noNaN: true }),
				fc.double({ min: -1, max: 1, noNaN: true }),
				fc.double({ min: -7, max: 7, noNaN: true }),
				fc.double({ min: -2, max: 2, noNaN: true }),
				(x, y, z, yaw, pitch) => {
					const [a, b, c] = rotate(x, y, z, rotation(yaw, pitch));
					expect(Math.hypot(a, b, c)).toBeCloseTo(Math.hypot(x, y, z), 9);
				}
			)
		);
	});
});

describe('project', () => {
	it('puts the cube centre at the screen centre at any angle', () => {
		const [sx, sy] = project([127.5, 127.5, 127.5], view(1.1, -0.4));
		expect(sx).toBeCloseTo(200, 9);
		expect(sy).toBeCloseTo(150, 9);
	});

	it('puts pure red at the right and pure green at the top when looking down the blue axis', () => {
		const red = project([255, 127.5, 127.5], view(axisPairViews.RG.yaw, axisPairViews.RG.pitch));
		expect(red[0]).toBeCloseTo(300, 9);
		expect(red[1]).toBeCloseTo(150, 9);
		const green = project([127.5, 255, 127.5], view(0, 0));
		expect(green[0]).toBeCloseTo(200, 9);
		expect(green[1]).toBeCloseTo(50, 9);
	});

	it('puts blue at the top in the R–B view and at the right in the G–B view', () => {
		const rb = axisPairViews.RB;
		const up = project([127.5, 127.5, 255], view(rb.yaw, rb.pitch));
		expect(up[0]).toBeCloseTo(200, 9);
		expect(up[1]).toBeCloseTo(50, 9);
		const gb = axisPairViews.GB;
		const right = project([127.5, 127.5, 255], view(gb.yaw, gb.pitch));
		expect(right[0]).toBeCloseTo(300, 9);
		expect(right[1]).toBeCloseTo(150, 9);
	});

	it('places the white corner after a known rotation (yaw 45°, pitch 30°)', () => {
		// (1,1,1) → yaw: (√2, 1, 0) → pitch 30°: y = cos30 = 0.866…, z = sin30 = 0.5.
		const [sx, sy, depth] = project([255, 255, 255], view(Math.PI / 4, Math.PI / 6));
		expect(sx).toBeCloseTo(200 + 100 * Math.SQRT2, 9);
		expect(sy).toBeCloseTo(150 - 100 * Math.cos(Math.PI / 6), 9);
		expect(depth).toBeCloseTo(0.5, 9);
	});
});

describe('unproject', () => {
	it('undoes project for any point on the centre plane facing the viewer', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
				fc.double({ min: -Math.PI / 2, max: Math.PI / 2, noNaN: true }),
				fc.double({ min: -0.55, max: 0.55, noNaN: true }),
				fc.double({ min: -0.55, max: 0.55, noNaN: true }),
				(yaw, pitch, u, v) => {
					const v3 = view(yaw, pitch);
					// Offsets under 0.55 half-cubes keep the point within the cube's inscribed sphere, so nothing is clamped.
					const rgb = unproject(v3.cx + u * v3.scale, v3.cy + v * v3.scale, v3);
					const [sx, sy, depth] = project(rgb, v3);
					expect(sx).toBeCloseTo(v3.cx + u * v3.scale, 6);
					expect(sy).toBeCloseTo(v3.cy + v * v3.scale, 6);
					expect(depth).toBeCloseTo(0, 9);
				}
			)
		);
	});

	it('clamps points outside the cube to 0..255', () => {
		const rgb = unproject(10_000, -10_000, view(0, 0));
		expect(rgb).toEqual([255, 255, 127.5]);
	});

	it('recovers the screen point under the cube centre as mid grey', () => {
		expect(unproject(200, 150, view(0.7, 0.3)).map((c) => Math.round(c * 10) / 10)).toEqual([
			127.5, 127.5, 127.5
		]);
	});
});

describe('clampPitch', () => {
	it('stops at straight up and straight down', () => {
		expect(clampPitch(3)).toBe(Math.PI / 2);
		expect(clampPitch(-3)).toBe(-Math.PI / 2);
		expect(clampPitch(0.2)).toBe(0.2);
	});
});

describe('moveInScreenPlane', () => {
	it('follows the pointer on screen and keeps the depth (the ghost drag)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 60, max: 190, noNaN: true }),
				fc.double({ min: 60, max: 190, noNaN: true }),
				fc.double({ min: 60, max: 190, noNaN: true }),
				fc.double({ min: -20, max: 20, noNaN: true }),
				fc.double({ min: -20, max: 20, noNaN: true }),
				fc.double({ min: -7, max: 7, noNaN: true }),
				fc.double({ min: -1.5, max: 1.5, noNaN: true }),
				(r, g, b, dx, dy, yaw, pitch) => {
					const at = view(yaw, pitch);
					const [sx, sy, depth] = project([r, g, b], at);
					const [mx, my, moved] = project(moveInScreenPlane([r, g, b], dx, dy, at), at);
					expect(mx).toBeCloseTo(sx + dx, 9);
					expect(my).toBeCloseTo(sy + dy, 9);
					expect(moved).toBeCloseTo(depth, 9);
				}
			)
		);
	});

	it('moves red and green straight in the red-green view, and stops at the cube', () => {
		const at = view(axisPairViews.RG.yaw, axisPairViews.RG.pitch);
		const [r, g, b] = moveInScreenPlane([100, 100, 40], 50, -20, at);
		expect(r).toBeCloseTo(163.75, 9);
		expect(g).toBeCloseTo(125.5, 9);
		expect(b).toBeCloseTo(40, 9);
		expect(moveInScreenPlane([250, 5, 40], 100, 100, at)).toEqual([255, 0, 40]);
	});
});
