// What a lesson may write in a ```widget pixel-matrix block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['matrix', 'index'];
export const usesStill = true;
