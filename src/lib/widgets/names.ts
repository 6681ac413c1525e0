// The names of the live cells, one per folder in src/lib/widgets (a lesson may only name these).
const folders = import.meta.glob('./*/index.ts');

export const widgetNames: readonly string[] = Object.keys(folders).map((path) => path.split('/')[1]);
