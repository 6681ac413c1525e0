// One colour channel of a still as its own image: the plane's numbers shown as grey levels or as that lamp's light alone.

export type PlaneLook = 'tinted' | 'grey';

/** RGBA bytes for channel `channel` (0 red, 1 green, 2 blue) of an RGBA image. */
export function planeImage(
	rgba: ArrayLike<number>,
	pixelCount: number,
	channel: number,
	look: PlaneLook
): Uint8ClampedArray {
	const out = new Uint8ClampedArray(pixelCount * 4);
	for (let p = 0; p < pixelCount; p++) {
		const value = rgba[p * 4 + channel];
		const o = p * 4;
		if (look === 'grey') {
			out[o] = out[o + 1] = out[o + 2] = value;
		} else {
			out[o + channel] = value;
		}
		out[o + 3] = 255;
	}
	return out;
}

/** The values of one channel in a (2·reach+1)² window around (x, y); null outside the image. */
export function neighbourhood(
	rgba: ArrayLike<number>,
	width: number,
	height: number,
	x: number,
	y: number,
	channel: number,
	reach: number
): (number | null)[][] {
	const rows: (number | null)[][] = [];
	for (let dy = -reach; dy <= reach; dy++) {
		const row: (number | null)[] = [];
		for (let dx = -reach; dx <= reach; dx++) {
			const px = x + dx,
				py = y + dy;
			row.push(
				px < 0 || py < 0 || px >= width || py >= height
					? null
					: rgba[(py * width + px) * 4 + channel]
			);
		}
		rows.push(row);
	}
	return rows;
}
