// What a lesson may write in a ```widget space-compare block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = [];
export const usesStill = true;
