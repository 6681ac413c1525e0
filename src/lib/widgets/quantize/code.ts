// The quantize cell's Code fold: repaint with k colours, save an indexed PNG, compare file sizes.
import { loadStill, sklearnInit, type CellCode, type CodeContext } from '$lib/notebook/code';

export function code(context: CodeContext, dither: boolean): CellCode {
	const { k, seed, init } = context;
	const start = sklearnInit(init, k, seed);
	const stem = context.file.replace(/\.\w+$/, '');
	const python =
		loadStill(context) +
		`import io\nfrom sklearn.cluster import KMeans\n\n` +
		start.setup +
		`km = KMeans(n_clusters=${k}, init=${start.argument}, n_init=1, random_state=${seed}).fit(colours, sample_weight=counts)\n` +
		`palette = np.clip(np.round(km.cluster_centers_), 0, 255).astype(np.uint8)\n` +
		`pal_image = Image.new("P", (1, 1))\n` +
		`pal_image.putpalette(palette.flatten().tolist())\n` +
		`quantized = Image.fromarray(image).quantize(palette=pal_image, dither=Image.Dither.${dither ? 'FLOYDSTEINBERG' : 'NONE'})\n` +
		`quantized.save("${stem}-k${k}.png", optimize=True)\n\n` +
		`def png_bytes(im):\n    buffer = io.BytesIO()\n    im.save(buffer, format="PNG", optimize=True)\n    return buffer.tell()\n\n` +
		`original, indexed = png_bytes(Image.fromarray(image)), png_bytes(quantized)\n` +
		`print(original, indexed, "%.1f× smaller" % (original / indexed), "%.2f bits per pixel" % (8 * indexed / image[..., 0].size))\n`;
	const engine =
		`const result = await notebook.engine.run('analyse', { k: ${k}, seed: ${seed}, init: '${init}', image: true, png: true${dither ? ', dither: true' : ''} }).result;\n` +
		`result.png.indexed          // the PNG file's bytes (what Download saves)\n` +
		`result.png.truecolour       // bytes of the original as a truecolour PNG\n` +
		`result.metrics.psnr, result.metrics.meanDeltaE`;
	return { python, engine };
}
