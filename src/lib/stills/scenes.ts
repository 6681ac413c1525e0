// Teaching scenes drawn by our own code: flat inks with soft edges and a little noise, so the right k is known.
import type { RgbaImage } from '../engine/pixels';
import { createRandom } from '../engine/random';

type Rgb = readonly [number, number, number];

/** A scene is a stack of shapes: the last shape that covers a point wins. */
interface Layer {
	ink: Rgb;
	covers: (x: number, y: number) => boolean;
}

export interface Scene {
	id: string;
	width: number;
	height: number;
	inks: Rgb[];
	layers: Layer[];
}

const SUPERSAMPLE = 4;
const NOISE = 6;

/** Render a scene: each pixel averages SUPERSAMPLE² sub-samples (soft edges), then seeded noise. */
export function renderScene(scene: Scene, seed = 7): RgbaImage {
	const { width, height, layers } = scene;
	const data = new Uint8Array(width * height * 4);
	const random = createRandom(seed);
	const step = 1 / SUPERSAMPLE;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let r = 0,
				g = 0,
				b = 0;
			for (let sy = 0; sy < SUPERSAMPLE; sy++) {
				for (let sx = 0; sx < SUPERSAMPLE; sx++) {
					const px = x + (sx + 0.5) * step,
						py = y + (sy + 0.5) * step;
					let ink = layers[0].ink;
					for (const layer of layers) if (layer.covers(px, py)) ink = layer.ink;
					r += ink[0];
					g += ink[1];
					b += ink[2];
				}
			}
			const n = SUPERSAMPLE * SUPERSAMPLE;
			const o = (y * width + x) * 4;
			const grain = (random() * 2 - 1) * NOISE;
			data[o] = clamp(r / n + grain);
			data[o + 1] = clamp(g / n + grain);
			data[o + 2] = clamp(b / n + grain);
			data[o + 3] = 255;
		}
	}
	return { width, height, data };
}

function clamp(v: number): number {
	return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

const everywhere = () => true;
const disc = (cx: number, cy: number, r: number) => (x: number, y: number) =>
	(x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const below = (curve: (x: number) => number) => (x: number, y: number) => y >= curve(x);

/** A poster of five inks: sky, sun, far hills, near hills, a path. The right k is 5. */
export const posterScene: Scene = (() => {
	const sky: Rgb = [118, 182, 222];
	const sun: Rgb = [250, 196, 62];
	const farHills: Rgb = [52, 128, 120];
	const nearHills: Rgb = [38, 74, 52];
	const path: Rgb = [196, 120, 74];
	return {
		id: 'poster',
		width: 320,
		height: 240,
		inks: [sky, sun, farHills, nearHills, path],
		layers: [
			{ ink: sky, covers: everywhere },
			{ ink: sun, covers: disc(228, 78, 34) },
			{ ink: farHills, covers: below((x) => 128 + 22 * Math.sin(x / 38)) },
			{ ink: nearHills, covers: below((x) => 168 + 16 * Math.cos(x / 29 + 1)) },
			{
				ink: path,
				covers: (x, y) => y > 176 && Math.abs(x - 150 - (y - 176) * 1.3) < (y - 168) * 0.9
			}
		]
	};
})();

/** Signal flags on a grey wall: four inks in very unequal areas, where grey dominates. The right k is 4. */
export const flagsScene: Scene = (() => {
	const wall: Rgb = [128, 128, 124];
	const red: Rgb = [200, 40, 48];
	const blue: Rgb = [36, 72, 168];
	const yellow: Rgb = [244, 208, 40];
	return {
		id: 'flags',
		width: 320,
		height: 240,
		inks: [wall, red, blue, yellow],
		layers: [
			{ ink: wall, covers: everywhere },
			{ ink: red, covers: (x, y) => x > 36 && x < 284 && y > 40 && y < 118 },
			{ ink: blue, covers: (x, y) => x > 48 && x < 116 && y > 140 && y < 208 },
			{ ink: yellow, covers: disc(226, 174, 24) }
		]
	};
})();

export const scenes: Scene[] = [posterScene, flagsScene];
