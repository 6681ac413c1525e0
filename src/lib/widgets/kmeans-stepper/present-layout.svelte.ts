// The stepper's presented layout: the cube takes the height the screen has left, and the still beside it gives up what its column's caption and chart need.
import { untrack } from 'svelte';

/** Room the still leaves for its caption and the inertia chart in the column beside the cube (one caption line). */
const SIDE_BELOW_STILL = 205;

export class PresentedLayout {
	readonly #presented: () => boolean;
	viewport = $state({ width: 1280, height: 720 });
	/** Top of the cube on the screen, measured while presented. */
	cubeTop = $state(0);
	/** Heights of the rows above the cube: when the narration or a prediction grows, the cube makes room. */
	above = $state({ formulas: 0, said: 0 });
	/** Height of the column beside the cube, as drawn. */
	side = $state(0);
	/** How much shorter the still is drawn so that column is no taller than the cube (a wrapped caption). */
	#trim = $state(0);

	readonly cubeSize = $derived.by(() =>
		this.#presented()
			? Math.max(
					200,
					Math.min(this.viewport.height - this.cubeTop - 16, this.viewport.width - 660, 560)
				)
			: 480
	);
	readonly stillHeight = $derived.by(() =>
		this.#presented() ? `${Math.max(60, this.cubeSize - SIDE_BELOW_STILL - this.#trim)}px` : 'none'
	);

	constructor(presented: () => boolean) {
		this.#presented = presented;
	}

	/** Re-measure after the window or a row above the cube changed; call from an effect. */
	measure(cube: HTMLElement | undefined): void {
		void [this.viewport.width, this.viewport.height, this.above.formulas, this.above.said];
		if (this.#presented() && cube) this.cubeTop = cube.getBoundingClientRect().top;
	}

	/** Fit the still to the column beside the cube; call from an effect (it settles in a step or two). */
	fitSide(): void {
		if (!this.#presented() || this.side === 0) return;
		const over = this.side - this.cubeSize;
		untrack(() => {
			const trim = Math.max(0, this.#trim + over);
			if (Math.abs(trim - this.#trim) >= 1) this.#trim = trim;
		});
	}
}
