// What a lesson may write in a ```widget rgb-mixer block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['red', 'green', 'blue'];
export const usesStill = false;
