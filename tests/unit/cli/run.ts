// Test helper: runs the palette command as a user would (through the tsx loader) and keeps stdout as bytes too.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Outcome {
	code: number;
	stdout: string;
	/** stdout exactly as written, for the binary formats. */
	bytes: Uint8Array;
	stderr: string;
}

/** Never rejects: a non-zero exit comes back as its code. */
export function palette(...args: string[]): Promise<Outcome> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', 'tsx', 'src/cli/palette.ts', ...args],
			{ cwd: repoRoot, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
				resolve({
					code,
					stdout: stdout.toString('utf8'),
					bytes: new Uint8Array(stdout),
					stderr: stderr.toString('utf8')
				});
			}
		);
	});
}
