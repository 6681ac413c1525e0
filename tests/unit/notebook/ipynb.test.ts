// Every lesson as a downloaded Jupyter notebook: valid nbformat 4, and lessons 6 and 8 run top to bottom in a real kernel.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTruecolourPng } from '../../../src/lib/engine';
import { notebookParts } from '../../../src/lib/server/notebook-parts';
import { buildNotebook, type Ipynb } from '../../../src/lib/notebook/ipynb';
import { notebookCellCode } from '../../../src/lib/notebook/cells';
import type { CodeContext } from '../../../src/lib/notebook/code';
import { loadStillForTest, PYTHON, requirePython, scratch, INSTALL_LINE } from '../code/python';

const image = loadStillForTest('static/samples/poster.png');
const context: CodeContext = {
	file: 'poster.png',
	title: 'Five-ink poster',
	width: image.width,
	height: image.height,
	k: 5,
	seed: 2,
	init: 'partition',
	space: 'rgb'
};
const lessonFiles = readdirSync('content/lessons')
	.filter((file) => /^\d+-.+\.md$/.test(file))
	.sort();

function notebookOf(file: string): Ipynb {
	const source = notebookParts(readFileSync(join('content/lessons', file), 'utf8'), file);
	return buildNotebook(source, context, encodeTruecolourPng(image), (name, props, at) =>
		notebookCellCode(name, props, at, image)
	);
}

beforeAll(
	() =>
		requirePython(['numpy', 'sklearn', 'PIL', 'matplotlib', 'nbformat', 'nbconvert', 'ipykernel']),
	60_000
);

describe('lesson notebooks', () => {
	it('the lessons hold markdown with their maths as $…$ and one code cell per live cell, after the still cell', () => {
		const notebook = notebookOf('06-kmeans-steps.md');
		const markdown = notebook.cells
			.filter((cell) => cell.cell_type === 'markdown')
			.map((cell) => cell.source)
			.join('\n');
		expect(markdown).toContain('$\\mu_1, \\dots, \\mu_k$');
		expect(markdown).toContain('<details><summary>Reveal the answer</summary>');
		const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
		expect(code).toHaveLength(2);
		expect(code[0].source).toContain('Path("poster.png").write_bytes(base64.b64decode(');
		expect(code[1].source).toContain('start_labels = rng.integers(5, size=len(colours))');
		expect(code[1].source).not.toContain('Image.open');
	});

	it('every lesson is a valid nbformat 4 notebook', () => {
		const { dir, remove } = scratch();
		try {
			for (const file of lessonFiles)
				writeFileSync(join(dir, file.replace('.md', '.ipynb')), JSON.stringify(notebookOf(file)));
			const check = `import nbformat, sys\nfor path in sys.argv[1:]:\n    nbformat.validate(nbformat.read(path, as_version=4))\nprint("valid:", len(sys.argv) - 1)\n`;
			const names = lessonFiles.map((file) => file.replace('.md', '.ipynb'));
			const out = execFileSync(PYTHON, ['-c', check, ...names], { cwd: dir, encoding: 'utf8' });
			expect(out.trim()).toBe(`valid: ${lessonFiles.length}`);
		} finally {
			remove();
		}
	});

	// Lessons 6, 8, 9 and 10 on every run; ALL_NOTEBOOKS=1 runs every lesson (about four minutes).
	for (const file of process.env.ALL_NOTEBOOKS
		? lessonFiles
		: ['06-kmeans-steps.md', '08-choosing-k.md', '09-hue-sort.md', '10-quantize.md']) {
		it(`${file} runs top to bottom with nbconvert --execute`, () => {
			const { dir, remove } = scratch();
			try {
				writeFileSync(join(dir, 'lesson.ipynb'), JSON.stringify(notebookOf(file)));
				try {
					execFileSync(
						PYTHON,
						[
							'-m',
							'nbconvert',
							'--to',
							'notebook',
							'--execute',
							'--output',
							'ran.ipynb',
							'lesson.ipynb'
						],
						{
							cwd: dir,
							stdio: 'pipe',
							env: { ...process.env, MPLBACKEND: 'Agg' },
							timeout: 240_000
						}
					);
				} catch (error) {
					throw new Error(
						`${file} did not run (${INSTALL_LINE}):\n${String((error as { stderr?: Buffer }).stderr ?? error)}`,
						{ cause: error }
					);
				}
				const ran = JSON.parse(readFileSync(join(dir, 'ran.ipynb'), 'utf8')) as {
					cells: {
						cell_type: string;
						outputs?: { output_type: string; text?: string | string[] }[];
					}[];
				};
				const outputs = ran.cells.flatMap((cell) => cell.outputs ?? []);
				expect(outputs.some((output) => output.output_type === 'error')).toBe(false);
				const text = outputs.map((output) => [output.text ?? ''].flat().join('')).join('');
				expect(text).toContain(`shape: (${image.height}, ${image.width}, 3) distinct colours: 708`);
			} finally {
				remove();
			}
		});
	}
});
