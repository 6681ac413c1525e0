// The pixel zoom's Code fold: the still's shape and the focused pixel's three numbers, in NumPy and in the engine.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export interface ZoomValues {
	x: number;
	y: number;
	rgb: readonly number[];
	hex: string;
}

export function code(context: CodeContext, { x, y, rgb, hex }: ZoomValues): CellCode {
	return {
		python: withStill(
			context,
			`print("shape:", image.shape)  # (${context.height}, ${context.width}, 3): rows, columns, then R, G, B\n` +
				`pixel = image[${y}, ${x}]  # row y first, then column x\n` +
				`print("pixel:", pixel)  # [${rgb.join(' ')}]\n` +
				`print("hex:", "#%02x%02x%02x" % tuple(pixel))  # ${hex}\n`
		),
		engine:
			`const i = 4 * (${y} * ${context.width} + ${x}); // RGBA bytes, row after row\n` +
			`still.image.data.slice(i, i + 3) // [${rgb.join(', ')}]\n` +
			`rgbToHex(${rgb.join(', ')}) // '${hex}'`
	};
}
