// Engine: the public surface of the palette engine (pure TypeScript, no DOM, runs in Node, browser and workers).
export {
	EngineError,
	pixelSetFromRgba,
	samplePixels,
	downscale,
	type RgbaImage,
	type PixelSet
} from './pixels';
export { createRandom } from './random';
export {
	rgbToHsl,
	hslToRgb,
	rgbToHsv,
	hsvToRgb,
	rgbToHex,
	hexToRgb,
	srgbToLinear,
	linearToSrgb,
	rgbToOklab,
	oklabToRgb,
	rgbToLab,
	deltaEOk,
	ciede2000,
	type Rgb
} from './colour';
export {
	createKMeans,
	nearestDistancesSquared,
	type InitMethod,
	type Space,
	type KMeansOptions,
	type Phase,
	type Snapshot,
	type KMeansRun
} from './kmeans';
export { hueSort, type HueSortResult } from './huesort';
export { buildPalette, nearestRealColors, type PaletteOrder, type PaletteEntry } from './palette';
export {
	quantize,
	quantizeFromLabels,
	qualityMetrics,
	pngSizes,
	type Quantized,
	type QualityMetrics,
	type PngSizes
} from './quantize';
