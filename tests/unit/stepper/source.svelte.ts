// A reactive stand-in for the notebook in unit tests: the stepper reads pixels, k, seed, init and space from it.
import type { InitMethod, PixelSet, Space } from '../../../src/lib/engine';

export class TestSource {
	pixels = $state.raw<PixelSet | null>(null);
	k = $state(4);
	seed = $state(1);
	init = $state<InitMethod>('kmeans++');
	space = $state<Space>('rgb');

	constructor(pixels: PixelSet, k: number, init: InitMethod, seed = 1) {
		this.pixels = pixels;
		this.k = k;
		this.init = init;
		this.seed = seed;
	}
}
