// The image-shape cell's Code fold: h × w × 3 numbers, and with a vignette as a fourth (alpha) channel, h × w × 4.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export interface ShapeValues {
	alpha: boolean;
	x: number;
	y: number;
	/** The probed pixel: 3 numbers, or 4 with alpha. */
	picked: readonly number[];
}

/** The vignette of ./vignette.ts in NumPy: alpha 255 in the middle, fading to 0 towards the corners. */
const vignette =
	`h, w = image.shape[:2]\n` +
	`v = (np.arange(h) + 0.5) / h * 2 - 1  # -1 at the top edge, 1 at the bottom\n` +
	`u = (np.arange(w) + 0.5) / w * 2 - 1\n` +
	`t = np.clip((np.hypot(u[None, :], v[:, None]) - 0.55) / (1.3 - 0.55), 0, 1)\n` +
	`alpha = np.floor(255 * (1 - t * t * (3 - 2 * t)) + 0.5).astype(np.uint8)  # smoothstep, rounded half up\n` +
	`rgba = np.dstack([image, alpha])\n`;

export function code(context: CodeContext, { alpha, x, y, picked }: ShapeValues): CellCode {
	const { height, width } = context;
	const depth = alpha ? 4 : 3;
	const name = alpha ? 'rgba' : 'image';
	return {
		python: withStill(
			context,
			(alpha ? vignette : '') +
				`print("shape:", ${name}.shape)  # (${height}, ${width}, ${depth})\n` +
				`print("numbers:", ${name}.size)  # ${height * width * depth}\n` +
				`print("pixel:", ${name}[${y}, ${x}])  # [${picked.join(' ')}]\n`
		),
		engine:
			`// image.data keeps 4 bytes per pixel, alpha included\n` +
			`[image.height, image.width, ${depth}] // [${height}, ${width}, ${depth}]`
	};
}
