// Worker thread entry: runs the catalog store and, beside it, the folder scanner, and answers the main
// thread's calls to them. Here blocking file system calls cost this thread alone, so the scanner walks a
// 100,000-file library with them in a fraction of the time async calls take on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { scanLibrary } from '../../library/scanner';
import { LocalCatalogStore } from '../local-catalog-store';
import { answer } from './worker-calls';

export interface CatalogWorkerData {
  readonly file: string;
  readonly maxBytes: number;
  readonly readerScript?: string;
  readonly execArgv?: string[];
}

/** A call to one of the store's methods, or a scan of a folder; the reply is a WorkerReply (worker-calls.ts). */
export type CatalogWorkerRequest =
  | { readonly to: 'store'; readonly method: keyof LocalCatalogStore; readonly args: unknown[] }
  | { readonly to: 'scanner'; readonly root: string };

const port = parentPort;
if (port) {
  const { file, ...options } = workerData as CatalogWorkerData;
  const store = new LocalCatalogStore(file, options);
  port.on('message', (request: CatalogWorkerRequest & { readonly id: number }) => {
    if (request.to === 'scanner') {
      answer(port, request.id, scanLibrary(request.root, 'blocking'));
    } else {
      const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
      answer(port, request.id, method.apply(store, request.args));
    }
  });
}
