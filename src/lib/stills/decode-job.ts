// Runs one decode in its own worker, with progress and cancel (cancelling ends the worker, however far it got).
import { WORKING_SIDE, type DecodeProgress, type DecodeReply, type DecodedStill } from './decode-image';

export class DecodeCancelled extends Error {
	constructor() {
		super('Cancelled');
	}
}

export interface DecodeJob {
	result: Promise<DecodedStill>;
	cancel(): void;
}

export function startDecode(source: Blob | ImageBitmap, onProgress: (progress: DecodeProgress) => void): DecodeJob {
	const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
	let settle: { resolve: (still: DecodedStill) => void; reject: (error: Error) => void } | null = null;
	const result = new Promise<DecodedStill>((resolve, reject) => (settle = { resolve, reject }));
	const finish = (outcome: DecodedStill | Error) => {
		worker.terminate();
		if (outcome instanceof Error) settle?.reject(outcome);
		else settle?.resolve(outcome);
		settle = null;
	};
	worker.onmessage = (event: MessageEvent<DecodeReply>) => {
		const reply = event.data;
		if (reply.type === 'progress') onProgress(reply.progress);
		else if (reply.type === 'done') finish(reply.still);
		else finish(new Error(reply.message));
	};
	worker.onerror = () => finish(new Error('the decoder stopped unexpectedly (the image may be too large for this device).'));
	const transfer = source instanceof Blob ? [] : [source];
	worker.postMessage({ source, maxSide: WORKING_SIDE }, transfer);
	return { result, cancel: () => finish(new DecodeCancelled()) };
}
