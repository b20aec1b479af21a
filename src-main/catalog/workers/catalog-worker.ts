// Worker thread entry: runs a LocalCatalogStore and answers the main thread's calls to it.
import { parentPort, workerData } from 'node:worker_threads';
import { LocalCatalogStore } from '../catalog-store';
import { answer } from './worker-calls';

export interface CatalogWorkerData {
  readonly file: string;
  readonly maxBytes: number;
  readonly readerScript?: string;
  readonly execArgv?: string[];
}

/** A call to one of the store's methods; the reply is a WorkerReply (worker-calls.ts). */
export interface WorkerRequest {
  readonly method: keyof LocalCatalogStore;
  readonly args: unknown[];
}

const port = parentPort;
if (port) {
  const { file, ...options } = workerData as CatalogWorkerData;
  const store = new LocalCatalogStore(file, options);
  port.on('message', (request: WorkerRequest & { readonly id: number }) => {
    const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
    answer(port, request.id, method.apply(store, request.args));
  });
}
