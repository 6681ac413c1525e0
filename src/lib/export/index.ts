// Export: a palette (and the quantized still) as files, written the same way by the site and the command line.
export { toHexList, toCss, toGpl, toJson, toJsonSwatches, stringifyCompact, type JsonSwatch } from './text';
export { toAse } from './ase';
