// The bundled stills and clips: their files, thumbnails, groups and credits (static/samples/*.json).
import samples from '../../../static/samples/samples.json';
import clipList from '../../../static/samples/clips.json';

export type SampleGroup = 'movie' | 'photo' | 'scene';

export interface Sample {
	id: string;
	file: string;
	/** A small picture made ahead of time (npm run stills): the picker never fetches a full still to show it. */
	thumb: string;
	title: string;
	description: string;
	author: string;
	source: string;
	group: SampleGroup;
	licence: string;
	licenceUrl: string | null;
	/** The attribution line the licence asks for. */
	attribution: string;
	/** What we changed ("scaled", "cropped and scaled"), or null when the file is as published. */
	changes: string | null;
}

export interface Clip {
	id: string;
	file: string;
	title: string;
	description: string;
	film: string;
	attribution: string;
	licence: string;
	licenceUrl: string;
	changes: string;
}

export const catalogue: readonly Sample[] = samples as Sample[];
export const clips: readonly Clip[] = clipList;

export const groups: readonly { id: SampleGroup; label: string }[] = [
	{ id: 'movie', label: 'Movie stills' },
	{ id: 'photo', label: 'Photographs' },
	{ id: 'scene', label: 'Teaching scenes' }
];

export const defaultStillId = 'poster';

export function findSample(id: string): Sample | undefined {
	return catalogue.find((sample) => sample.id === id);
}

export function samplesIn(group: SampleGroup): Sample[] {
	return catalogue.filter((sample) => sample.group === group);
}
