// The engine worker's decode job: the one job that runs before any still exists, and says why a file could not be decoded.
import { describe, expect, it } from 'vitest';
import { createEngineHandler } from '../../../src/lib/worker/handler';
import type { FromWorker } from '../../../src/lib/worker/protocol';

describe('the decode job', () => {
	it('needs no still, and a file the platform cannot decode ends in a sentence, not a stale-still error', async () => {
		const replies: FromWorker[] = [];
		const handle = createEngineHandler((message) => replies.push(message));
		// Node has no image decoder (createImageBitmap), so every decode here is refused the way a damaged file is.
		handle({
			type: 'job',
			id: 1,
			kind: 'decode',
			still: 0,
			request: { source: new Blob([new Uint8Array([1, 2, 3])]), maxSide: 1280 }
		});
		for (let i = 0; i < 100 && !replies.some((r) => r.type !== 'progress'); i++)
			await new Promise((r) => setTimeout(r, 1));
		expect(replies).toEqual([
			{ type: 'progress', id: 1, value: { stage: 'Decoding', fraction: 0.1 } },
			{
				type: 'error',
				id: 1,
				message:
					'the browser could not decode it: the file is damaged or in a format it does not read.'
			}
		]);
	});

	it('other jobs still refuse to run without a still', async () => {
		const replies: FromWorker[] = [];
		const handle = createEngineHandler((message) => replies.push(message));
		handle({ type: 'job', id: 2, kind: 'quantize', still: 0, request: { palette: [0, 0, 0] } });
		for (let i = 0; i < 100 && replies.length === 0; i++)
			await new Promise((r) => setTimeout(r, 1));
		expect(replies).toEqual([
			{ type: 'error', id: 2, message: 'the still changed before this job started' }
		]);
	});
});
