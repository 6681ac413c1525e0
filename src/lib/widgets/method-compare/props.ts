// What a lesson may write in a ```widget method-compare block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['example', 'exampleK'];
export const usesStill = true;
