// Adobe Swatch Exchange (.ase): the palette as named RGB swatches, readable by Photoshop, Illustrator and friends.
import type { PaletteEntry } from '../engine';

/**
 * Layout: "ASEF", version 1.0, a block count; per colour a block 0x0001 with its length, a UTF-16BE
 * name ending in a null, the model "RGB ", three big-endian float32 channels 0..1 and a type (2: normal).
 */
export function toAse(palette: readonly PaletteEntry[]): Uint8Array {
	const blocks = palette.map((entry) => {
		const name = `${entry.hex} ${(entry.proportion * 100).toFixed(1)}%`;
		const nameUnits = name.length + 1;
		const length = 2 + nameUnits * 2 + 4 + 12 + 2;
		const block = new DataView(new ArrayBuffer(6 + length));
		let o = 0;
		block.setUint16(o, 0x0001);
		o += 2;
		block.setUint32(o, length);
		o += 4;
		block.setUint16(o, nameUnits);
		o += 2;
		for (let i = 0; i < name.length; i++, o += 2) block.setUint16(o, name.charCodeAt(i));
		o += 2;
		for (const ch of 'RGB ') block.setUint8(o++, ch.charCodeAt(0));
		for (const v of entry.rgb) {
			block.setFloat32(o, v / 255);
			o += 4;
		}
		block.setUint16(o, 2);
		return new Uint8Array(block.buffer);
	});
	const header = new DataView(new ArrayBuffer(12));
	'ASEF'.split('').forEach((ch, i) => header.setUint8(i, ch.charCodeAt(0)));
	header.setUint16(4, 1);
	header.setUint16(6, 0);
	header.setUint32(8, blocks.length);
	const out = new Uint8Array(12 + blocks.reduce((sum, b) => sum + b.length, 0));
	out.set(new Uint8Array(header.buffer), 0);
	let offset = 12;
	for (const block of blocks) {
		out.set(block, offset);
		offset += block.length;
	}
	return out;
}
