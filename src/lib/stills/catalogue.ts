// The bundled stills: their files, titles and credits (static/samples/samples.json).
import samples from '../../../static/samples/samples.json';

export interface Sample {
	id: string;
	file: string;
	title: string;
	description: string;
	author: string;
	source: string;
	licence: string;
}

export const catalogue: readonly Sample[] = samples;

export const defaultStillId = 'poster';

export function findSample(id: string): Sample | undefined {
	return catalogue.find((sample) => sample.id === id);
}
