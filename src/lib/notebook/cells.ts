// Every live cell's code as a downloaded notebook starts it: the cell's props and defaults, the still, the shared settings.
import type { RgbaImage } from '$lib/engine';
import { rgbToHex } from '$lib/engine';
import type { CellCode, CodeContext } from './code';
import { code as zoom } from '$lib/widgets/pixel-zoom/code';
import { code as sheet } from '$lib/widgets/pixel-sheet/code';
import { clampStart } from '$lib/widgets/pixel-sheet/region';
import { code as mixer } from '$lib/widgets/rgb-mixer/code';
import { code as planes } from '$lib/widgets/channel-planes/code';
import { code as shape } from '$lib/widgets/image-shape/code';
import { withVignette } from '$lib/widgets/image-shape/vignette';
import { code as matrix } from '$lib/widgets/pixel-matrix/code';
import { code as scatter } from '$lib/widgets/rgb-scatter/code';
import { code as toy } from '$lib/widgets/kmeans-toy/code';
import { startingCentroids, startingPoints } from '$lib/widgets/kmeans-toy/toy';
import { code as stepper } from '$lib/widgets/kmeans-stepper/code';
import { code as palette } from '$lib/widgets/palette/code';
import { code as elbow } from '$lib/widgets/elbow/code';
import { code as byK } from '$lib/widgets/palettes-by-k/code';
import { code as hueStrip } from '$lib/widgets/hue-strip/code';
import { code as methodCompare } from '$lib/widgets/method-compare/code';
import { code as quantize } from '$lib/widgets/quantize/code';
import { code as resizeFirst } from '$lib/widgets/resize-first/code';
import { code as colourPairs } from '$lib/widgets/colour-pairs/code';
import { pairsAt } from '$lib/widgets/colour-pairs/pairs';
import { code as spaceCompare } from '$lib/widgets/space-compare/code';

type Props = Record<string, unknown>;
type CellCodeOf = (props: Props, context: CodeContext, image: RgbaImage) => CellCode;

const num = (props: Props, key: string, fallback: number) =>
	typeof props[key] === 'number' ? (props[key] as number) : fallback;
const pair = (props: Props, key: string): [number, number] => {
	const value = props[key];
	return Array.isArray(value) && value.length === 2
		? [Number(value[0]), Number(value[1])]
		: [0.5, 0.5];
};
const rgbAt = (image: RgbaImage, x: number, y: number) =>
	Array.from(image.data.subarray(4 * (y * image.width + x), 4 * (y * image.width + x) + 3));
const middle = (image: RgbaImage) => ({
	x: Math.floor(image.width / 2),
	y: Math.floor(image.height / 2)
});

/** Each cell with the values it shows before the learner touches it (the same defaults as its component). */
const cells: Record<string, CellCodeOf> = {
	'pixel-zoom': (props, context, image) => {
		const [fx, fy] = pair(props, 'start');
		const x = Math.floor(fx * image.width),
			y = Math.floor(fy * image.height);
		const rgb = rgbAt(image, x, y);
		return zoom(context, { x, y, rgb, hex: rgbToHex(rgb[0], rgb[1], rgb[2]) });
	},
	'pixel-sheet': (props, context, image) => {
		const [fx, fy] = pair(props, 'start');
		const columns = num(props, 'columns', 6),
			rows = num(props, 'rows', 4);
		const left = clampStart(fx * image.width - Math.floor(columns / 2), columns, image.width);
		const top = clampStart(fy * image.height - Math.floor(rows / 2), rows, image.height);
		return sheet(context, { left, top, columns, rows, first: rgbAt(image, left, top) });
	},
	'rgb-mixer': (props) => {
		const channels = [num(props, 'red', 255), num(props, 'green', 128), num(props, 'blue', 0)];
		return mixer(channels, rgbToHex(channels[0], channels[1], channels[2]));
	},
	'channel-planes': (_, context, image) =>
		planes(context, { ...middle(image), rgb: rgbAt(image, middle(image).x, middle(image).y) }),
	'image-shape': (_, context, image) =>
		shape(context, {
			alpha: true,
			x: 0,
			y: 0,
			picked: Array.from(withVignette(image.data, image.width, image.height).subarray(0, 4))
		}),
	'pixel-matrix': (_, context, image) =>
		matrix(context, { ...middle(image), rgb: rgbAt(image, middle(image).x, middle(image).y) }),
	'rgb-scatter': (props, context) => scatter(context, num(props, 'count', 5000)),
	'kmeans-toy': (props) =>
		toy(startingPoints, startingCentroids.slice(0, num(props, 'k', 3) === 2 ? 2 : 3)),
	'kmeans-stepper': (_, context) =>
		stepper(context, { init: context.init, iteration: 300, index: 0 }),
	palette: (_, context) => palette(context, 'hue', false),
	elbow: (props, context) => elbow(context, num(props, 'maxK', 16)),
	'palettes-by-k': (props, context) =>
		byK(context, Array.isArray(props.ks) ? props.ks.map(Number).slice(0, 3) : [3, 6, 12]),
	'hue-strip': (_, context) => hueStrip(context),
	'method-compare': (_, context) => methodCompare(context),
	quantize: (_, context) => quantize(context, false),
	'resize-first': (_, context) => resizeFirst(context, 200),
	'colour-pairs': () => colourPairs(pairsAt(40)),
	'space-compare': (_, context) => spaceCompare(context)
};

/** A cell's code for the notebook, or null for a cell that has no Python (a name this list does not know yet). */
export function notebookCellCode(
	name: string,
	props: Props,
	context: CodeContext,
	image: RgbaImage
): CellCode | null {
	return cells[name]?.(props, context, image) ?? null;
}
