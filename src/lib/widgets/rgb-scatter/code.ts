// The RGB scatter's Code fold: a seeded sample of pixels as points in the RGB cube (Matplotlib draws the cube).
import { withStill, type CellCode, type CodeContext } from '$lib/notebook/code';

export function code(context: CodeContext, sampleSize: number): CellCode {
	return {
		python: withStill(
			context,
			`import matplotlib.pyplot as plt\n\n` +
				`pixels = image.reshape(-1, 3)\n` +
				`print("distinct colours:", len(colours))\n` +
				`# NumPy's generator draws other pixels than the page's, from the same still: the cloud looks alike\n` +
				`rng = np.random.default_rng(${context.seed})\n` +
				`sample = pixels[rng.choice(len(pixels), min(${sampleSize}, len(pixels)), replace=False)]\n` +
				`print("sample shape:", sample.shape)\n` +
				`ax = plt.figure().add_subplot(projection="3d")\n` +
				`ax.scatter(*sample.T, c=sample / 255, s=2)\n` +
				`ax.set_xlabel("R"); ax.set_ylabel("G"); ax.set_zlabel("B")\n` +
				`plt.show()\n`
		),
		engine: `const where = samplePixels(image, ${sampleSize}, ${context.seed}); // pixel positions y*w + x`
	};
}
