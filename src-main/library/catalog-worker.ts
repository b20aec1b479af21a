// Worker thread entry: runs a LocalCatalogStore and answers the main thread's calls to it.
import { parentPort, workerData } from 'node:worker_threads';
import { LocalCatalogStore } from './catalog-store';

export interface CatalogWorkerData {
  readonly file: string;
  readonly maxBytes: number;
  readonly readerScript?: string;
  readonly execArgv?: string[];
}

export interface WorkerRequest {
  readonly id: number;
  readonly method: keyof LocalCatalogStore;
  readonly args: unknown[];
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

const port = parentPort;
if (port) {
  const { file, ...options } = workerData as CatalogWorkerData;
  const store = new LocalCatalogStore(file, options);
  port.on('message', (request: WorkerRequest) => {
    const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
    method.apply(store, request.args).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerResponse),
      (error: unknown) =>
        port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse),
    );
  });
}
