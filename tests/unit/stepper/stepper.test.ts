// The stepper's state over a real engine run on the poster still: stepping, going back, k-means++ draws, placing, resets.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import {
	createKMeans,
	pixelSetFromRgba,
	type PixelSet,
	type RgbaImage
} from '../../../src/lib/engine';
import { Stepper } from '../../../src/lib/widgets/kmeans-stepper/stepper.svelte';
import { TestSource } from './source.svelte';

function loadPoster(): PixelSet {
	const png = decode(readFileSync('static/samples/poster.png'));
	const rgba = new Uint8ClampedArray(png.width * png.height * 4);
	for (let i = 0; i < png.width * png.height; i++) {
		for (let c = 0; c < 4; c++)
			rgba[i * 4 + c] = c < png.channels ? Number(png.data[i * png.channels + c]) : 255;
	}
	const image: RgbaImage = { width: png.width, height: png.height, data: rgba };
	return pixelSetFromRgba(image);
}

const poster = loadPoster();

function runAll(stepper: Stepper): number[] {
	const seen = [stepper.inertia ?? NaN];
	let guard = 0;
	while (stepper.step() && guard++ < 1000) seen.push(stepper.inertia ?? NaN);
	return seen;
}

describe('Stepper', () => {
	it('steps k-means++ draws one centroid at a time, then the half-steps, and J never rises', () => {
		const stepper = new Stepper(new TestSource(poster, 5, 'kmeans++', 7));
		expect(stepper.seedingSteps).toBe(4);
		expect(stepper.drawn).toBe(1);
		const choices = stepper.run!.initChoices!;
		stepper.step();
		expect(stepper.drawn).toBe(2);
		expect(Array.from(stepper.centroids).slice(3, 6)).toEqual(
			Array.from(poster.colors.slice(choices[1] * 3, choices[1] * 3 + 3))
		);
		const values = runAll(stepper);
		for (let i = 1; i < values.length; i++)
			expect(values[i]).toBeLessThanOrEqual(values[i - 1] * (1 + 1e-12));
		expect(stepper.finished).toBe(true);
		expect(stepper.snapshot?.converged).toBe(true);
	});

	it('ends where an independent engine run ends, with the same seed and init', () => {
		const stepper = new Stepper(new TestSource(poster, 6, 'random', 3));
		runAll(stepper);
		const reference = createKMeans(poster, { k: 6, seed: 3, init: 'random' }).runToEnd();
		expect(Array.from(stepper.snapshot!.centroids)).toEqual(Array.from(reference.centroids));
		expect(stepper.snapshot!.inertia).toBe(reference.inertia);
		expect(stepper.snapshot!.iteration).toBe(reference.iteration);
	});

	it("seeks to a half-step as a link names it: draws first, then the engine's snapshots; past the end it stops at the end", () => {
		const stepper = new Stepper(new TestSource(poster, 4, 'kmeans++', 9));
		stepper.seek(3 + 5);
		expect(stepper.position).toBe(8);
		const reference = createKMeans(poster, { k: 4, seed: 9, init: 'kmeans++' });
		const expected = reference.goTo(5);
		expect(stepper.snapshot?.index).toBe(5);
		expect(stepper.inertia).toBe(expected.inertia);
		stepper.seek(2);
		expect(stepper.drawn).toBe(3);
		stepper.seek(10_000);
		expect(stepper.finished).toBe(true);
		expect(stepper.snapshot?.inertia).toBe(reference.runToEnd().inertia);
	});

	it('goes back to exactly the previous snapshot, and forward again from history', () => {
		const stepper = new Stepper(new TestSource(poster, 4, 'random', 2));
		expect(stepper.labels).toBeNull();
		stepper.step();
		expect(stepper.snapshot?.phase).toBe('assign');
		expect(stepper.labels).not.toBeNull();
		const afterAssign = stepper.inertia;
		stepper.step();
		expect(stepper.snapshot?.phase).toBe('update');
		stepper.back();
		expect(stepper.inertia).toBe(afterAssign);
		expect(stepper.length).toBe(3);
		stepper.step();
		expect(stepper.position).toBe(2);
		stepper.goTo(0);
		expect(stepper.snapshot?.phase).toBe('init');
		expect(stepper.back()).toBe(false);
	});

	it('starts again when k changes or Reset is pressed', () => {
		const source = new TestSource(poster, 4, 'random', 2);
		const stepper = new Stepper(source);
		stepper.step();
		stepper.step();
		source.k = 7;
		expect(stepper.position).toBe(0);
		expect(stepper.run?.k).toBe(7);
		stepper.step();
		stepper.reset();
		expect(stepper.position).toBe(0);
		expect(stepper.length).toBe(1);
	});

	it('starts a random partition already assigned', () => {
		const stepper = new Stepper(new TestSource(poster, 3, 'partition', 5));
		expect(stepper.snapshot?.phase).toBe('init');
		expect(stepper.labels).not.toBeNull();
	});

	it('builds the run from placed centroids once k are placed, and ignores extra clicks', () => {
		const source = new TestSource(poster, 3, 'kmeans++');
		const stepper = new Stepper(source);
		stepper.init = 'place';
		expect(source.init).toBe('kmeans++');
		expect(stepper.run).toBeNull();
		stepper.place([10, 20, 30]);
		stepper.place([200, 100, 50]);
		expect(stepper.run).toBeNull();
		expect(Array.from(stepper.centroids)).toEqual([10, 20, 30, 200, 100, 50]);
		stepper.place([0, 0, 255]);
		stepper.place([1, 1, 1]);
		expect(Array.from(stepper.run!.history[0].centroids)).toEqual([
			10, 20, 30, 200, 100, 50, 0, 0, 255
		]);
		stepper.init = 'random';
		expect(source.init).toBe('random');
		expect(stepper.placing).toBe(false);
	});

	it('explains k above the number of distinct colours instead of failing', () => {
		const image: RgbaImage = {
			width: 3,
			height: 1,
			data: new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255])
		};
		const stepper = new Stepper(new TestSource(pixelSetFromRgba(image), 5, 'random'));
		expect(stepper.created.error).toBeNull();
		expect(stepper.run?.note).toBeTruthy();
		runAll(stepper);
		expect(stepper.finished).toBe(true);
	});
});
