// The RGB mixer's Code fold: three channel values and the hex code they make (no still needed).
import type { CellCode } from '$lib/notebook/code';

export function code(channels: readonly number[], hex: string): CellCode {
	return {
		python:
			`import numpy as np\n\n` +
			`pixel = np.array([${channels.join(', ')}], dtype=np.uint8)  # red, green, blue light\n` +
			`print("hex:", "#" + "".join(f"{c:02x}" for c in pixel))  # ${hex}\n`,
		engine: `rgbToHex(${channels.join(', ')}) // '${hex}'`
	};
}
