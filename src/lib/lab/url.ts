// The Lab's settings in the address: read once on arrival, written back with replaceState so a link reopens the run.
import { hexToRgb, rgbToHex, type InitMethod, type Space } from '$lib/engine';
import { LAB_METHODS, defaultSettings, type LabMethod, type LabSettings } from './methods';

export interface LabUrlState {
	still: string | null;
	settings: LabSettings;
	method: LabMethod;
	pins: [number, number, number][];
}

const wholeIn = (text: string | null, low: number, high: number, fallback: number) => {
	const value = Number(text);
	return text !== null && Number.isInteger(value) && value >= low && value <= high
		? value
		: fallback;
};

/** Anything missing or out of range falls back to the default, silently: a mistyped link still opens. */
export function readLabParams(params: URLSearchParams): LabUrlState {
	const init = params.get('init') as InitMethod | null;
	const space = params.get('space') as Space | null;
	const method = params.get('method') as LabMethod | null;
	const pins = (params.get('pins') ?? '')
		.split(',')
		.filter((hex) => /^[0-9a-f]{6}$/i.test(hex))
		.map((hex) => hexToRgb(`#${hex}`) as [number, number, number]);
	return {
		still: params.get('still'),
		settings: {
			k: wholeIn(params.get('k'), 2, 64, defaultSettings.k),
			seed: wholeIn(params.get('seed'), 0, 2 ** 31 - 1, defaultSettings.seed),
			restarts: wholeIn(params.get('restarts'), 1, 20, defaultSettings.restarts),
			init:
				init && ['kmeans++', 'random', 'partition'].includes(init) ? init : defaultSettings.init,
			space: space === 'oklab' || space === 'rgb' ? space : defaultSettings.space
		},
		method: method && LAB_METHODS.includes(method) ? method : 'kmeans-rgb',
		pins: pins.slice(0, 8)
	};
}

/** The query string for a state; an own image (still null) is left out, since a link cannot carry it. */
export function labQuery(state: LabUrlState): string {
	const { settings: s } = state;
	const params = new URLSearchParams();
	if (state.still) params.set('still', state.still);
	params.set('k', String(s.k));
	params.set('seed', String(s.seed));
	params.set('init', s.init);
	params.set('space', s.space);
	params.set('restarts', String(s.restarts));
	params.set('method', state.method);
	if (state.pins.length)
		params.set('pins', state.pins.map((p) => rgbToHex(...p).slice(1)).join(','));
	return params.toString();
}
