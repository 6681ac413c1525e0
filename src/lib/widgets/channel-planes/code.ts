// The channel planes' Code fold: the still split into three h×w planes and one pixel read from each.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export interface PlanesValues {
	x: number;
	y: number;
	rgb: readonly number[];
}

export function code(context: CodeContext, { x, y, rgb }: PlanesValues): CellCode {
	return {
		python: withStill(
			context,
			`red, green, blue = image[:, :, 0], image[:, :, 1], image[:, :, 2]  # three h×w planes\n` +
				`print("plane shape:", red.shape)  # (${context.height}, ${context.width})\n` +
				`print("pixel:", red[${y}, ${x}], green[${y}, ${x}], blue[${y}, ${x}])  # ${rgb.join(' ')}\n` +
				`print("red around it:", red[max(${y} - 2, 0):${y} + 3, max(${x} - 2, 0):${x} + 3].tolist())\n`
		),
		engine:
			`const at = (${y} * ${context.width} + ${x}) * 4;\n` +
			`[image.data[at], image.data[at + 1], image.data[at + 2]] // [${rgb.join(', ')}]`
	};
}
