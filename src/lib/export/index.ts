// Export: a palette (and the quantized still) as files, written the same way by the site and the command line.
export {
	toHexList,
	toCss,
	toGpl,
	toJson,
	toJsonSwatches,
	stringifyCompact,
	type JsonSwatch
} from './text';
export { toAse } from './ase';
export { toSvgCard } from './svg-card';
export { toPngCard, swatchCardPixels, CARD_CELL } from './png-card';
export { inkOn, contrastRatio, relativeLuminance } from './ink';
export { toRecipe, parseRecipe, RECIPE_FORMAT, type Recipe } from './recipe';
