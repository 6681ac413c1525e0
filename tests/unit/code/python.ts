// Runs generated Python with Debian's python3 in a scratch folder beside a still, and reads back what it printed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { decode } from 'fast-png';
import type { RgbaImage } from '../../../src/lib/engine';
import { PYTHON } from '../../helpers/python';

export { PYTHON };
export const INSTALL_LINE =
	'apt-get install -y python3-numpy python3-sklearn python3-pil python3-matplotlib python3-nbformat python3-nbconvert python3-ipykernel';

/** Fails (never skips) when python3 or one of the libraries the folds use is missing. */
export function requirePython(
	modules: readonly string[] = ['numpy', 'sklearn', 'PIL', 'matplotlib']
): void {
	try {
		execFileSync(PYTHON, ['-c', `import ${modules.join(', ')}`], { stdio: 'pipe' });
	} catch (error) {
		throw new Error(
			`${PYTHON} cannot import ${modules.join(', ')} (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}); install them with: ${INSTALL_LINE}`,
			{ cause: error }
		);
	}
}

/** A scratch folder holding copies of the given files; removed by the returned function. */
export function scratch(files: readonly string[] = []): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'folds-'));
	for (const file of files) copyFileSync(file, join(dir, basename(file)));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a script in a folder holding the still and returns its standard output. */
export function runPython(code: string, still?: string): string {
	const { dir, remove } = scratch(still ? [still] : []);
	try {
		writeFileSync(join(dir, 'cell.py'), code);
		return execFileSync(PYTHON, ['cell.py'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, MPLBACKEND: 'Agg' },
			stdio: 'pipe'
		});
	} catch (error) {
		const stderr = String((error as { stderr?: string }).stderr ?? '');
		throw new Error(`the Python failed:\n${code}\n--- stderr ---\n${stderr}`, { cause: error });
	} finally {
		remove();
	}
}

/** Every number on the printed line that starts with `label`, or an error naming what was printed. */
export function printed(stdout: string, label: string): number[] {
	const line = stdout.split('\n').find((l) => l.startsWith(label));
	if (line === undefined) throw new Error(`nothing printed as "${label}" in:\n${stdout}`);
	return (line.slice(label.length).match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** A bundled still decoded by an independent PNG decoder, as RGBA bytes. */
export function loadStillForTest(path: string): RgbaImage {
	const png = decode(readFileSync(path));
	const data = new Uint8ClampedArray(png.width * png.height * 4);
	for (let i = 0; i < png.width * png.height; i++) {
		for (let c = 0; c < 4; c++)
			data[i * 4 + c] = c < png.channels ? Number(png.data[i * png.channels + c]) : 255;
	}
	return { width: png.width, height: png.height, data };
}

/** The relative gap between two numbers. */
export const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

/** The text after `label` on the printed line that starts with it. */
export function printedText(stdout: string, label: string): string {
	const line = stdout.split('\n').find((l) => l.startsWith(label));
	if (line === undefined) throw new Error(`nothing printed as "${label}" in:\n${stdout}`);
	return line.slice(label.length).trim();
}
