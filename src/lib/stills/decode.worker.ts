// The decode worker: one still per worker, decoded and shrunk off the main thread; the page cancels by ending the worker.
import { decodeToWorkingSize, type DecodeReply, type DecodeRequest } from './decode-image';

const post = (reply: DecodeReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	try {
		const still = await decodeToWorkingSize(event.data.source, (progress) => post({ type: 'progress', progress }), event.data.maxSide);
		post({ type: 'done', still }, [still.image.data.buffer]);
	} catch (error) {
		post({ type: 'error', message: (error as Error).message });
	}
};
