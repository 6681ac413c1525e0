// The pixel sheet's Code fold: a block of the still sliced out as rows × columns × 3 numbers.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export interface SheetValues {
	left: number;
	top: number;
	columns: number;
	rows: number;
	/** The block's top-left pixel. */
	first: readonly number[];
}

export function code(
	context: CodeContext,
	{ left, top, columns, rows, first }: SheetValues
): CellCode {
	return {
		python: withStill(
			context,
			`block = image[${top}:${top + rows}, ${left}:${left + columns}]  # rows y, then columns x\n` +
				`print("block shape:", block.shape)  # (${rows}, ${columns}, 3)\n` +
				`print("top-left:", block[0, 0])  # [${first.join(' ')}]\n` +
				`print("block:", block.reshape(-1, 3).tolist())  # every pixel, row after row\n`
		),
		engine:
			`// pixel (x, y) starts at byte 4 * (y * width + x): R, G, B, then alpha\n` +
			`for (let y = ${top}; y < ${top + rows}; y++)\n` +
			`  for (let x = ${left}; x < ${left + columns}; x++) {\n` +
			`    const i = 4 * (y * ${context.width} + x);\n` +
			`    const [r, g, b] = still.image.data.subarray(i, i + 3);\n` +
			`  }`
	};
}
