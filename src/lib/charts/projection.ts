// Projection maths for the RGB cube: rotate, project to the screen, unproject a screen point, and the axis-pair views.

/** World axes: x = red (right), y = green (up), z = blue (towards the viewer at yaw = pitch = 0). */
export const CUBE_CENTRE = 127.5;

export interface View {
	/** Turn about the vertical (green) axis, radians. */
	yaw: number;
	/** Tilt about the screen's horizontal axis after the yaw, radians. */
	pitch: number;
	/** Screen position of the cube's centre, in pixels. */
	cx: number;
	cy: number;
	/** Pixels per unit of half-cube: a corner sits up to √3·scale from the centre. */
	scale: number;
}

export interface Rotation {
	cosYaw: number;
	sinYaw: number;
	cosPitch: number;
	sinPitch: number;
}

export type Vec3 = [number, number, number];

export type AxisPair = 'RG' | 'RB' | 'GB';

/** Yaw and pitch that look straight down the third axis, so the pair lies flat on the screen. */
export const axisPairViews: Record<AxisPair, { yaw: number; pitch: number }> = {
	RG: { yaw: 0, pitch: 0 }, // red right, green up, blue towards the viewer
	RB: { yaw: 0, pitch: -Math.PI / 2 }, // red right, blue up, green away
	GB: { yaw: Math.PI / 2, pitch: 0 } // blue right, green up, red away
};

/** The view a learner sees first: the black corner front-left-bottom, white at the back top. */
export const defaultView = { yaw: -0.62, pitch: -0.5 };

/** Precomputed sines and cosines, so a hot loop over thousands of points does no trigonometry. */
export function rotation(yaw: number, pitch: number): Rotation {
	return {
		cosYaw: Math.cos(yaw),
		sinYaw: Math.sin(yaw),
		cosPitch: Math.cos(pitch),
		sinPitch: Math.sin(pitch)
	};
}

/** Rotate a point given in centred units (-1..1 per axis); z grows towards the viewer. */
export function rotate(x: number, y: number, z: number, r: Rotation): Vec3 {
	const x1 = x * r.cosYaw + z * r.sinYaw;
	const z1 = -x * r.sinYaw + z * r.cosYaw;
	return [x1, y * r.cosPitch - z1 * r.sinPitch, y * r.sinPitch + z1 * r.cosPitch];
}

/** RGB 0..255 → centred units -1..1. */
export function centred(channel: number): number {
	return (channel - CUBE_CENTRE) / CUBE_CENTRE;
}

/** An RGB point → screen x, y (pixels, y down) and depth (-√3..√3, larger is nearer). Orthographic, so straight views are true 2-D projections. */
export function project(rgb: ArrayLike<number>, view: View): Vec3 {
	const [x, y, depth] = rotate(
		centred(rgb[0]),
		centred(rgb[1]),
		centred(rgb[2]),
		rotation(view.yaw, view.pitch)
	);
	return [view.cx + x * view.scale, view.cy - y * view.scale, depth];
}

/** Undo rotate(): a point in the rotated frame back to centred units. */
export function unrotate(x: number, y: number, z: number, r: Rotation): Vec3 {
	const y0 = y * r.cosPitch + z * r.sinPitch;
	const z1 = -y * r.sinPitch + z * r.cosPitch;
	return [x * r.cosYaw - z1 * r.sinYaw, y0, x * r.sinYaw + z1 * r.cosYaw];
}

const toChannel = (u: number) => Math.min(255, Math.max(0, CUBE_CENTRE + u * CUBE_CENTRE));

/** A screen point → the RGB point under it on the plane through the cube's centre that faces the viewer, clamped to 0..255. */
export function unproject(sx: number, sy: number, view: View): Vec3 {
	const [x, y, z] = unrotate(
		(sx - view.cx) / view.scale,
		-(sy - view.cy) / view.scale,
		0,
		rotation(view.yaw, view.pitch)
	);
	return [toChannel(x), toChannel(y), toChannel(z)];
}

/** Move an RGB point by (dx, dy) screen pixels in the plane through it that faces the viewer (its depth is kept), clamped to 0..255. */
export function moveInScreenPlane(
	rgb: ArrayLike<number>,
	dx: number,
	dy: number,
	view: View
): Vec3 {
	const [x, y, z] = unrotate(dx / view.scale, -dy / view.scale, 0, rotation(view.yaw, view.pitch));
	const shifted = (channel: number, u: number) =>
		Math.min(255, Math.max(0, channel + u * CUBE_CENTRE));
	return [shifted(rgb[0], x), shifted(rgb[1], y), shifted(rgb[2], z)];
}

/** Keep the tilt within straight-down and straight-up, so the cube never turns upside down. */
export function clampPitch(pitch: number): number {
	return Math.max(-Math.PI / 2, Math.min(Math.PI / 2, pitch));
}
