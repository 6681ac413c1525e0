// The worker's additions for lessons 9–11: the per-pixel ΔE map, dithered repaints and the size/PSNR series per k.
import { describe, expect, it } from 'vitest';
import {
	analyseImage,
	decodeIndexedPngForTest,
	pixelSetFromRgba,
	type RgbaImage
} from './worker-fixtures';
import {
	ditherFloydSteinberg,
	encodeIndexedPng,
	encodeTruecolourPng,
	paletteBytes,
	qualityMetrics
} from '../../../src/lib/engine';
import { createEngineHandler } from '../../../src/lib/worker/handler';
import { deltaEMap } from '../../../src/lib/worker/delta-map';
import type { AnalyseResult, FromWorker, SizesPoint } from '../../../src/lib/worker/protocol';

/** A smooth two-way gradient: many colours, so a small palette leaves error to see and dither. */
function gradient(): RgbaImage {
	const width = 20,
		height = 12;
	const data = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++)
			data.set([x * 12, y * 20, 90 + ((x * y) % 40), 255], 4 * (y * width + x));
	}
	return { width, height, data };
}

function worker() {
	const replies: FromWorker[] = [];
	const handle = createEngineHandler((message) => replies.push(message));
	const ended = async (id: number) => {
		for (let i = 0; i < 400; i++) {
			const end = replies.find((r) => r.id === id && r.type !== 'progress');
			if (end) return end;
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
		throw new Error(`job ${id} never ended`);
	};
	return { replies, handle, ended };
}

describe('worker jobs for lessons 9–11', () => {
	const image = gradient();
	const pixels = pixelSetFromRgba(image);

	it('returns a ΔE map whose mean is the metrics’ mean ΔE, for both methods', async () => {
		const { handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		for (const [id, method] of [
			[1, 'kmeans'],
			[2, 'huesort']
		] as const) {
			handle({
				type: 'job',
				id,
				kind: 'analyse',
				still: 1,
				request: { k: 4, method, image: true, errorMap: true }
			});
			const value = ((await ended(id)) as { value: AnalyseResult }).value;
			const direct = analyseImage(image, pixels, { k: 4, method });
			expect(value.metrics).toEqual(direct.metrics);
			const map = value.errorMap!;
			expect(map.length).toBe(240);
			expect(map.reduce((a, b) => a + b, 0) / map.length).toBeCloseTo(direct.metrics.meanDeltaE, 6);
		}
	});

	it('marks transparent pixels NaN in the ΔE map and measures the rest', () => {
		const a: RgbaImage = {
			width: 2,
			height: 1,
			data: new Uint8ClampedArray([255, 255, 255, 255, 9, 9, 9, 0])
		};
		const b: RgbaImage = {
			width: 2,
			height: 1,
			data: new Uint8ClampedArray([0, 0, 0, 255, 0, 0, 0, 0])
		};
		const map = deltaEMap(a, b);
		expect(map[0]).toBeCloseTo(1, 4); // white to black: the whole of OKLab L
		expect(Number.isNaN(map[1])).toBe(true);
	});

	it('dithers when asked: the repaint, metrics and PNG are Floyd–Steinberg’s with the same palette', async () => {
		const { handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({
			type: 'job',
			id: 3,
			kind: 'analyse',
			still: 1,
			request: { k: 4, image: true, png: true, dither: true }
		});
		const value = ((await ended(3)) as { value: AnalyseResult }).value;
		const expected = ditherFloydSteinberg(image, paletteBytes(value.palette));
		expect([...value.repainted!.indices]).toEqual([...expected.indices]);
		expect(value.metrics).toEqual(qualityMetrics(image, expected.image));
		expect(value.png!.indexed).toEqual(encodeIndexedPng(expected, paletteBytes(value.palette)));
		expect([...decodeIndexedPngForTest(value.png!.indexed)]).toEqual([...expected.image.data]);
		const plain = analyseImage(image, pixels, { k: 4 });
		expect(value.metrics.psnr).not.toBe(plain.metrics.psnr);
	});

	it('reports file size and PSNR for each k in order, equal to analyseImage with PNG sizes', async () => {
		const { replies, handle, ended } = worker();
		handle({ type: 'still', version: 1, image });
		handle({ type: 'job', id: 4, kind: 'sizes', still: 1, request: { ks: [2, 4, 8], seed: 3 } });
		expect((await ended(4)).type).toBe('result');
		const points = replies
			.filter((r) => r.id === 4 && r.type === 'progress')
			.map((r) => (r as { value: SizesPoint }).value);
		expect(points.map((p) => p.k)).toEqual([2, 4, 8]);
		for (const point of points) {
			const direct = analyseImage(image, pixels, { k: point.k, seed: 3, png: true });
			expect(point).toEqual({
				k: point.k,
				indexed: direct.sizes!.indexed,
				truecolour: encodeTruecolourPng(image).length,
				psnr: direct.metrics.psnr,
				meanDeltaE: direct.metrics.meanDeltaE
			});
		}
	});
});
