// The Lab's jobs: every method on the current still (one progress event per method), and palettes of a clip's frames.
import { analyse, paletteBytes, paletteOf, pixelSetFromRgba, type RgbaImage } from '$lib/engine';
import { LAB_METHODS, methodOptions } from '$lib/lab/methods';
import { isBrushed, maskWeights } from '$lib/lab/mask';
import type { JobContext } from './jobs';
import { repaint } from './repaint';
import type {
	ClipFrame,
	ClipRequest,
	ClipResult,
	LabMethodResult,
	LabRequest,
	LabResult
} from './protocol';

const now = () => performance.now();

export async function labJob(request: LabRequest, context: JobContext): Promise<LabResult> {
	const { settings, pins, mask, workingSize, methods = LAB_METHODS } = request;
	const clustered = context.still.scaled(workingSize);
	const weights = mask && isBrushed(mask) ? maskWeights(clustered.pixels, mask) : undefined;
	const results: LabMethodResult[] = [];
	for (const method of methods) {
		await context.checkpoint();
		const options = methodOptions(method, settings);
		const kmeans = options.method === 'kmeans';
		const started = now();
		const analysis = analyse(clustered.pixels, {
			...options,
			pins: kmeans && pins.length ? pins : undefined,
			weights: options.method === 'huesort' ? undefined : weights
		});
		const palette = paletteOf(analysis);
		const painted = repaint(context.still, paletteBytes(palette), {
			space: analysis.space,
			png: true
		});
		const result: LabMethodResult = {
			method,
			palette,
			metrics: painted.metrics,
			repainted: painted.repainted,
			png: painted.png,
			k: analysis.k,
			note: analysis.note,
			iterations: analysis.iterations,
			converged: analysis.converged,
			timings: { cluster: analysis.timings.cluster, total: now() - started }
		};
		results.push(result);
		context.progress(result);
	}
	return {
		methods: results,
		clustered: { width: clustered.image.width, height: clustered.image.height }
	};
}

/** Each frame's palette and mean colour as it is done, then one palette for all the frames together. */
export async function clipJob(request: ClipRequest, context: JobContext): Promise<ClipResult> {
	const { frames, k, seed, space } = request;
	for (let index = 0; index < frames.length; index++) {
		await context.checkpoint();
		const pixels = pixelSetFromRgba(frames[index]);
		const palette = paletteOf(analyse(pixels, { k, seed, space }), 'share');
		const frame: ClipFrame = {
			index,
			palette: palette.map(({ hex, proportion }) => ({ hex, proportion })),
			average: meanColour(frames[index])
		};
		context.progress(frame);
	}
	await context.checkpoint();
	const palette = frames.length
		? paletteOf(analyse(pixelSetFromRgba(stack(frames)), { k, seed, space }))
		: [];
	return { frames: frames.length, palette };
}

function meanColour(image: RgbaImage): string {
	const sums = [0, 0, 0];
	let n = 0;
	for (let o = 0; o < image.data.length; o += 4) {
		if (image.data[o + 3] < 128) continue;
		for (let c = 0; c < 3; c++) sums[c] += image.data[o + c];
		n++;
	}
	return (
		'#' +
		sums
			.map((s) =>
				Math.round(n ? s / n : 0)
					.toString(16)
					.padStart(2, '0')
			)
			.join('')
	);
}

/** Frames of one size, one under the other: a single image to cluster. */
function stack(frames: RgbaImage[]): RgbaImage {
	const { width } = frames[0];
	const height = frames.reduce((sum, f) => sum + f.height, 0);
	const data = new Uint8Array(width * height * 4);
	let offset = 0;
	for (const frame of frames) {
		data.set(frame.data.subarray(0, width * frame.height * 4), offset);
		offset += width * frame.height * 4;
	}
	return { width, height, data };
}
