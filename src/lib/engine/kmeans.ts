// K-means: a steppable Lloyd's run over distinct colours weighted by pixel count, with its full history.
import { Run } from './kmeans-run';
import type { KMeansOptions, KMeansRun } from './kmeans-types';
import type { PixelSet } from './pixels';

export { nearestDistancesSquared, type Space } from './kmeans-space';
export type { InitMethod, KMeansOptions, KMeansRun, Phase, Snapshot } from './kmeans-types';

/**
 * Starts a run and computes its init snapshot. Clustering the distinct colours weighted by their
 * pixel counts gives exactly what Lloyd's algorithm gives on every pixel, in far fewer distances.
 */
export function createKMeans(pixels: PixelSet, options: KMeansOptions): KMeansRun {
	return new Run(pixels, options);
}
