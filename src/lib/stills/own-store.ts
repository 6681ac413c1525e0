// Keeps the learner's own still in IndexedDB (pixels at working size), so it survives reloads; nothing is ever uploaded.
const DATABASE = 'pixels-to-palette';
const STORE = 'stills';
const KEY = 'own';

export interface StoredStill {
	title: string;
	width: number;
	height: number;
	data: Uint8ClampedArray;
	sourceWidth: number;
	sourceHeight: number;
	notes: string[];
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	action: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = action(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

export const saveOwnStill = (still: StoredStill) =>
	run('readwrite', (store) => store.put(still, KEY)).then(() => {});

export const loadOwnStill = () =>
	globalThis.indexedDB
		? run<StoredStill | undefined>('readonly', (store) => store.get(KEY))
		: Promise.resolve(undefined);

export const removeOwnStill = () => run('readwrite', (store) => store.delete(KEY));
