// Command-line arguments: parsed and checked up front, so every mistake becomes one clear sentence.
import { readFileSync } from 'node:fs';
import type { InitMethod, Space } from '../lib/engine';
import { DecodeError } from './decode';

/** A mistake in how the command was called; reported as one line. */
export class UsageError extends DecodeError {}

export type Method = 'kmeans' | 'huesort' | 'mediancut';
export type Format = 'json' | 'hex' | 'css' | 'gpl' | 'ase' | 'svg' | 'png-card';

export interface CliOptions {
	image: string;
	k: number;
	method: Method;
	init: InitMethod | number[][];
	initName: string;
	seed: number;
	restarts: number;
	maxIterations: number;
	space: Space;
	maxSize: number | null;
	format: Format;
	quantize: string | null;
}

export const USAGE =
	'usage: npm run palette -- IMAGE [--k N] [--method kmeans|huesort|mediancut] [--init kmeans++|random|partition|FILE.json] ' +
	'[--seed N] [--restarts N] [--space rgb|oklab] [--max-size PX] [--max-iterations N] [--format json|hex|css|gpl|ase|svg|png-card] [--quantize OUT.png]';

const OPTIONS = [
	'k',
	'method',
	'init',
	'seed',
	'restarts',
	'space',
	'max-size',
	'max-iterations',
	'format',
	'quantize'
] as const;
type OptionName = (typeof OPTIONS)[number];

export function parseArgs(argv: string[]): CliOptions {
	const given = new Map<OptionName, string>();
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--') || arg === '--') {
			if (arg !== '--') positional.push(arg);
			continue;
		}
		const [name, inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
		if (!(OPTIONS as readonly string[]).includes(name))
			throw new UsageError(`unknown option --${name} (${USAGE})`);
		const value = inlineValue ?? argv[++i];
		if (value === undefined || (inlineValue === undefined && value.startsWith('--')))
			throw new UsageError(`--${name} needs a value`);
		if (given.has(name as OptionName)) throw new UsageError(`--${name} given twice`);
		given.set(name as OptionName, value);
	}
	if (positional.length === 0) throw new UsageError(`no image given (${USAGE})`);
	if (positional.length > 1)
		throw new UsageError(`one image at a time, got ${positional.length}: ${positional.join(' ')}`);
	const initText = given.get('init') ?? 'kmeans++';
	const init = ['kmeans++', 'random', 'partition'].includes(initText)
		? (initText as InitMethod)
		: readInitFile(initText);
	const kText = given.get('k');
	const k =
		kText === undefined ? (typeof init === 'string' ? 8 : init.length) : wholeNumber('k', kText, 1);
	if (typeof init !== 'string' && init.length !== k)
		throw new UsageError(`--k ${k} but ${initText} holds ${init.length} centroids`);
	const maxSize = given.get('max-size');
	return {
		image: positional[0],
		k,
		method: oneOf('method', given.get('method') ?? 'kmeans', [
			'kmeans',
			'huesort',
			'mediancut'
		] as const),
		init,
		initName: initText,
		seed: wholeNumber('seed', given.get('seed') ?? '1', -(2 ** 31)),
		restarts: wholeNumber('restarts', given.get('restarts') ?? '1', 1),
		maxIterations: wholeNumber('max-iterations', given.get('max-iterations') ?? '300', 0),
		space: oneOf('space', given.get('space') ?? 'rgb', ['rgb', 'oklab'] as const),
		maxSize: maxSize === undefined ? null : wholeNumber('max-size', maxSize, 1),
		format: oneOf('format', given.get('format') ?? 'hex', [
			'json',
			'hex',
			'css',
			'gpl',
			'ase',
			'svg',
			'png-card'
		] as const),
		quantize: given.get('quantize') ?? null
	};
}

function wholeNumber(name: string, text: string, min: number): number {
	const value = Number(text);
	if (text.trim() === '' || !Number.isInteger(value) || value < min || value > 2 ** 32) {
		throw new UsageError(
			`--${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ''} (got "${text}")`
		);
	}
	return value;
}

function oneOf<T extends string>(name: string, text: string, choices: readonly T[]): T {
	if (!(choices as readonly string[]).includes(text))
		throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${text}")`);
	return text as T;
}

/** Starting centroids from a JSON file: an array of k [r, g, b] triples, each 0..255. */
function readInitFile(path: string): number[][] {
	if (!path.toLowerCase().endsWith('.json'))
		throw new UsageError(
			`--init must be kmeans++, random, partition or a .json file (got "${path}")`
		);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new UsageError(`cannot read init file ${path}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new UsageError(`init file ${path} is not valid JSON`);
	}
	const valid =
		Array.isArray(data) &&
		data.length > 0 &&
		data.every(
			(c) =>
				Array.isArray(c) &&
				c.length === 3 &&
				c.every((v) => typeof v === 'number' && v >= 0 && v <= 255)
		);
	if (!valid)
		throw new UsageError(
			`init file ${path} must hold a k×3 array of numbers 0..255, like [[255, 0, 0], [0, 0, 255]]`
		);
	return data as number[][];
}
