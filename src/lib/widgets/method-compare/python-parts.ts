// Python pieces several Code folds of lessons 9–11 share: HSL hue, OKLab, and repainting with a palette and scoring it.

/** HSL hue in degrees for an n×3 array, 0 for greys (as the engine's hueOf). */
export const huePython =
	`def hue(rgb):\n` +
	`    r, g, b = rgb.T\n` +
	`    high, chroma = rgb.max(axis=1), rgb.max(axis=1) - rgb.min(axis=1)\n` +
	`    c = np.where(chroma == 0, 1, chroma)\n` +
	`    h = np.where(high == r, ((g - b) / c) % 6, np.where(high == g, (b - r) / c + 2, (r - g) / c + 4))\n` +
	`    return np.where(chroma == 0, 0, 60 * h)\n`;

/** OKLab for an n×3 array of bytes: linearise, a 3×3 matrix, cube roots, a 3×3 matrix. */
export const oklabPython =
	`def oklab(rgb):\n` +
	`    c = rgb / 255\n` +
	`    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)\n` +
	`    lms = linear @ np.array([[0.4122214708, 0.5363325363, 0.0514459929],\n` +
	`                             [0.2119034982, 0.6806995451, 0.1073969566],\n` +
	`                             [0.0883024619, 0.2817188376, 0.6299787005]]).T\n` +
	`    return np.cbrt(lms) @ np.array([[0.2104542553, 0.7936177850, -0.0040720468],\n` +
	`                                    [1.9779984951, -2.4285922050, 0.4505937099],\n` +
	`                                    [0.0259040371, 0.7827717662, -0.8086757660]]).T\n`;

/** Repaint every pixel with its nearest palette colour (in RGB, or in OKLab) and measure MSE, PSNR and mean ΔE. */
export const scorePython =
	`pixels = image.reshape(-1, 3).astype(float)\n\n` +
	`def score(palette, space="rgb"):\n` +
	`    palette = np.clip(np.round(palette), 0, 255)\n` +
	`    a, b = (colours, palette) if space == "rgb" else (oklab(colours), oklab(palette))\n` +
	`    nearest = ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)  # per distinct colour\n` +
	`    repainted = palette[nearest]\n` +
	`    mse = np.average(((colours - repainted) ** 2).mean(axis=1), weights=counts)\n` +
	`    delta_e = np.average(np.linalg.norm(oklab(colours) - oklab(repainted), axis=1), weights=counts)\n` +
	`    return mse, 10 * np.log10(255 ** 2 / mse), delta_e\n`;
