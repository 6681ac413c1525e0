// The RGB-against-OKLab cell's Code fold: k-means in each space, both scored on both measures.
import { loadStill, type CellCode, type CodeContext } from '$lib/notebook/code';
import { oklabPython, scorePython } from '../method-compare/python-parts';

export function code(context: CodeContext): CellCode {
	const { k, seed } = context;
	const python =
		loadStill(context) +
		`from sklearn.cluster import KMeans\n\n` +
		oklabPython +
		'\n' +
		scorePython +
		'\n' +
		`def oklab_to_rgb(lab):   # back out of OKLab: undo each step in reverse\n` +
		`    lms = np.linalg.solve(np.array([[0.2104542553, 0.7936177850, -0.0040720468], [1.9779984951, -2.4285922050, 0.4505937099], [0.0259040371, 0.7827717662, -0.8086757660]]), lab.T).T ** 3\n` +
		`    linear = np.linalg.solve(np.array([[0.4122214708, 0.5363325363, 0.0514459929], [0.2119034982, 0.6806995451, 0.1073969566], [0.0883024619, 0.2817188376, 0.6299787005]]), lms.T).T\n` +
		`    c = np.clip(linear, 0, 1)\n` +
		`    return 255 * np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)\n\n` +
		`in_rgb = KMeans(n_clusters=${k}, n_init=1, random_state=${seed}).fit(colours, sample_weight=counts)\n` +
		`in_lab = KMeans(n_clusters=${k}, n_init=1, random_state=${seed}).fit(oklab(colours), sample_weight=counts)\n` +
		`print("RGB   MSE %.1f  PSNR %.2f dB  mean ΔE %.4f" % score(in_rgb.cluster_centers_, "rgb"))\n` +
		`print("OKLab MSE %.1f  PSNR %.2f dB  mean ΔE %.4f" % score(oklab_to_rgb(in_lab.cluster_centers_), "oklab"))\n`;
	const options = `k: ${k}, seed: ${seed}, init: '${context.init}', order: 'lightness'`;
	const engine =
		`const rgb = analyseImage(image, pixels, { space: 'rgb', ${options} });\n` +
		`const lab = analyseImage(image, pixels, { space: 'oklab', ${options} });\n` +
		`rgb.metrics, lab.metrics   // { mse, psnr, meanDeltaE }`;
	return { python, engine };
}
