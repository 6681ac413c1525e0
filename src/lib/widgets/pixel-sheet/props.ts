// What a lesson may write in a ```widget pixel-sheet block, and whether the cell reads the notebook's still (checked at build time).
export const props: readonly string[] = ['start', 'columns', 'rows'];
export const usesStill = true;
