// What a lesson may write in a ```widget kmeans-stepper block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['formulas', 'drawFormula', 'sample'];
export const usesStill = true;
