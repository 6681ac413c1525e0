// What a lesson may write in a ```widget pixel-zoom block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['start', 'zoom'];
export const usesStill = true;
