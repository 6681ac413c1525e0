// The engine worker's message loop, free of any worker global so tests can drive it in Node.
import { EngineError } from '$lib/engine';
import { handlers, StillCache, type JobContext } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

class Cancelled extends Error {}

/** Returns the function that handles each message from the page; replies go out through `post`. */
export function createEngineHandler(
	post: (message: FromWorker) => void
): (message: ToWorker) => void {
	let still: {
		version: number;
		cache: StillCache | null;
		image: ToWorker & { type: 'still' };
	} | null = null;
	const cancelled = new Set<number>();

	async function runJob(message: ToWorker & { type: 'job' }): Promise<void> {
		const { id } = message;
		try {
			// A decode makes a still, so it is the one job that may run before any still arrives.
			const needsStill = message.kind !== 'decode';
			if (needsStill && (!still || still.version !== message.still))
				throw new EngineError('the still changed before this job started');
			const held = still;
			const context: JobContext = {
				get still() {
					if (!held) throw new EngineError('there is no still yet');
					return (held.cache ??= new StillCache(held.image.image));
				},
				progress: (value) => post({ type: 'progress', id, value }),
				checkpoint: async () => {
					await new Promise((resolve) => setTimeout(resolve, 0));
					if (cancelled.has(id)) throw new Cancelled();
				}
			};
			const handler = handlers[message.kind] as (request: unknown, context: JobContext) => unknown;
			const value = await handler(message.request, context);
			if (cancelled.has(id)) throw new Cancelled();
			post({ type: 'result', id, value });
		} catch (error) {
			if (error instanceof Cancelled)
				post({ type: 'error', id, message: 'cancelled', cancelled: true });
			else
				post({
					type: 'error',
					id,
					message: error instanceof Error ? error.message : String(error)
				});
		} finally {
			cancelled.delete(id);
		}
	}

	return (message) => {
		if (message.type === 'still') still = { version: message.version, cache: null, image: message };
		else if (message.type === 'cancel') cancelled.add(message.id);
		else void runJob(message);
	};
}
