// The Lab's worker jobs driven in Node: one progress per method equal to analyse on the same still; a clip's frames.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import {
	analyse,
	paletteBytes,
	paletteOf,
	pixelSetFromRgba,
	qualityMetrics,
	quantizeWith,
	type RgbaImage
} from '../../../src/lib/engine';
import { createEngineHandler } from '../../../src/lib/worker/handler';
import type {
	ClipFrame,
	ClipResult,
	FromWorker,
	LabMethodResult,
	LabResult
} from '../../../src/lib/worker/protocol';
import { LAB_METHODS, methodOptions, defaultSettings } from '../../../src/lib/lab/methods';

const png = decode(readFileSync('static/samples/flags.png'));
const image: RgbaImage = { width: png.width, height: png.height, data: png.data as Uint8Array };

async function runJob(
	message: Extract<Parameters<ReturnType<typeof createEngineHandler>>[0], { type: 'job' }>
) {
	const replies: FromWorker[] = [];
	const handle = createEngineHandler((reply) => replies.push(reply));
	handle({ type: 'still', version: 1, image });
	handle(message);
	for (let i = 0; i < 2000 && !replies.some((r) => r.type !== 'progress'); i++)
		await new Promise((r) => setTimeout(r, 2));
	return replies;
}

describe('the lab job', () => {
	it('reports every method in order, each equal to analyse and a repaint of the same still', async () => {
		const settings = { ...defaultSettings, k: 4, seed: 2 };
		const replies = await runJob({
			type: 'job',
			id: 1,
			kind: 'lab',
			still: 1,
			request: { settings, pins: [], mask: null, workingSize: null }
		});
		const progress = replies
			.filter((r) => r.type === 'progress')
			.map((r) => r.value as LabMethodResult);
		expect(progress.map((p) => p.method)).toEqual([...LAB_METHODS]);
		const pixels = pixelSetFromRgba(image);
		for (const result of progress) {
			const analysis = analyse(pixels, methodOptions(result.method, settings));
			const palette = paletteOf(analysis);
			expect(result.palette.map((e) => e.hex)).toEqual(palette.map((e) => e.hex));
			const quantized = quantizeWith(pixels, paletteBytes(palette), analysis.space);
			expect(result.metrics).toEqual(qualityMetrics(image, quantized.image));
			expect(result.iterations).toBe(analysis.iterations);
		}
		const end = replies.find((r) => r.type === 'result');
		expect((end?.value as LabResult).methods).toHaveLength(4);
	});

	it('keeps a pin in both k-means palettes', async () => {
		const request = {
			settings: { ...defaultSettings, k: 4 },
			pins: [[10, 20, 30]] as [number, number, number][],
			mask: null,
			workingSize: null,
			methods: ['kmeans-rgb', 'kmeans-oklab'] as const
		};
		const replies = await runJob({ type: 'job', id: 2, kind: 'lab', still: 1, request });
		const progress = replies
			.filter((r) => r.type === 'progress')
			.map((r) => r.value as LabMethodResult);
		expect(progress.map((p) => p.palette.some((e) => e.hex === '#0a141e'))).toEqual([true, true]);
	});
});

describe('the clip job', () => {
	it('gives one frame event per frame, largest share first, then one shared palette', async () => {
		const frame = (rgb: number[]): RgbaImage => ({
			width: 4,
			height: 2,
			data: Uint8Array.from({ length: 32 }, (_, i) => (i % 4 === 3 ? 255 : i < 24 ? rgb[i % 4] : 0))
		});
		const frames = [frame([255, 0, 0]), frame([0, 0, 255]), frame([0, 255, 0])];
		const replies = await runJob({
			type: 'job',
			id: 3,
			kind: 'clip',
			still: 1,
			request: { frames, k: 2, seed: 1, space: 'rgb' }
		});
		const events = replies.filter((r) => r.type === 'progress').map((r) => r.value as ClipFrame);
		expect(events.map((e) => e.index)).toEqual([0, 1, 2]);
		expect(events[1].palette).toEqual([
			{ hex: '#0000ff', proportion: 0.75 },
			{ hex: '#000000', proportion: 0.25 }
		]);
		expect(events[0].average).toBe('#bf0000');
		const result = replies.find((r) => r.type === 'result')?.value as ClipResult;
		expect(result.frames).toBe(3);
		expect(result.palette).toHaveLength(2);
	});
});
