// What a lesson may write in a ```widget kmeans-toy block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['k'];
export const usesStill = false;
