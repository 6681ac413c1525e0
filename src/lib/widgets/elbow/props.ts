// What a lesson may write in a ```widget elbow block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['maxK'];
export const usesStill = true;
