// The pixel matrix's Code fold: the still unrolled to one row per pixel, and which row a pixel lands on.
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export interface MatrixValues {
	x: number;
	y: number;
	rgb: readonly number[];
}

export function code(context: CodeContext, { x, y, rgb }: MatrixValues): CellCode {
	const rows = context.width * context.height;
	const row = y * context.width + x;
	return {
		python: withStill(
			context,
			`X = image.reshape(-1, 3)  # one row per pixel\n` +
				`print("X shape:", X.shape)  # (${rows}, 3)\n` +
				`i = ${y} * ${context.width} + ${x}  # y * w + x\n` +
				`print("row:", i, X[i])  # ${row} [${rgb.join(' ')}]\n`
		),
		engine:
			`const i = ${y} * image.width + ${x}; // ${row}\n` +
			`image.data.subarray(i * 4, i * 4 + 3) // [${rgb.join(', ')}] (4 bytes a pixel: alpha is skipped)`
	};
}
