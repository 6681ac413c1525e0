// What a lesson may write in a ```widget palettes-by-k block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['ks', 'maxK'];
export const usesStill = true;
