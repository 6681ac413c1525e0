// Engine: the public surface of the palette engine (pure TypeScript, no DOM, runs in Node, browser and workers).
export {
	EngineError,
	pixelSetFromRgba,
	samplePixels,
	downscale,
	DEFAULT_ALPHA_THRESHOLD,
	type RgbaImage,
	type PixelSet
} from './pixels';
export { createRandom } from './random';
export {
	rgbToHsl,
	hslToRgb,
	rgbToHsv,
	hsvToRgb,
	hueOf,
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
export { MAX_K } from './kmeans-run';
export { lloyd, type LloydOptions, type LloydResult } from './lloyd';
export { hueSort, type HueSortResult } from './huesort';
export {
	buildPalette,
	nearestRealColors,
	GREY_CHROMA,
	type PaletteOrder,
	type PaletteEntry
} from './palette';
export {
	quantize,
	quantizeFromLabels,
	quantizePixelSet,
	qualityMetrics,
	pngSizes,
	encodeIndexedPng,
	type Quantized,
	type QualityMetrics,
	type PngSizes
} from './quantize';
export { encodeTruecolourPng } from './png';
export {
	analyse,
	analyseImage,
	paletteOf,
	paletteBytes,
	nearestPaletteLabels,
	quantizeWith,
	type Method,
	type AnalyseOptions,
	type Analysis,
	type Report
} from './analyse';
export { ditherFloydSteinberg } from './dither';
