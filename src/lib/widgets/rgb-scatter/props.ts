// What a lesson may write in a ```widget rgb-scatter block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['count'];
export const usesStill = true;
