// The page's engine worker: one per page, owned by the notebook; every heavy computation runs here.
import { createEngineHandler } from './handler';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const handle = createEngineHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
