// Worker thread entry: runs the catalog store and, beside it, the folder scanner, and answers the main
// thread's calls to them. Here blocking file system calls cost this thread alone, so the scanner walks a
// 100,000-file library with them in a fraction of the time async calls take on the main thread. What main
// did not ask but should know (a catalog set aside, the read worker restarted) it is told as notes.
import { parentPort, workerData } from 'node:worker_threads';
import { scanLibrary } from '../../library/scanner';
import type { CatalogSetAside } from '../catalog-recovery';
import { RecoveringStore, type StoreMethod } from '../recovering-store';
import { answer, tell } from './worker-calls';

export interface CatalogWorkerData {
  readonly file: string;
  readonly maxBytes: number;
  readonly readerScript?: string;
  readonly execArgv?: string[];
  /** How long one file that is not plain text may take to read. */
  readonly timeLimitMs?: number;
  /** The first write's sequence number (a worker started again goes on from the last one main saw). */
  readonly firstSeq?: number;
  /** Whether copies of the same story are found as text is indexed (default true). */
  readonly stories?: boolean;
}

/** A call to one of the store's methods, or a scan of a folder; the reply is a WorkerReply (worker-calls.ts). */
export type CatalogWorkerRequest =
  | { readonly to: 'store'; readonly method: StoreMethod; readonly args: unknown[] }
  | { readonly to: 'scanner'; readonly root: string };

/** What the worker tells main of its own accord. */
export type CatalogWorkerNote =
  | CatalogSetAside
  | { readonly kind: 'reader-restarted'; readonly reason: string; readonly resent: number }
  | { readonly kind: 'reader-stopped'; readonly reason: string };

const port = parentPort;
if (port) {
  const note = (message: CatalogWorkerNote): void => tell(port, message);
  const { file, ...options } = workerData as CatalogWorkerData;
  const store = new RecoveringStore(
    file,
    {
      ...options,
      readerWatch: {
        onRestart: (reason, resent) => note({ kind: 'reader-restarted', reason: reason.message, resent }),
        onGiveUp: (reason) => note({ kind: 'reader-stopped', reason: reason.message }),
      },
    },
    note,
  );
  port.on('message', (request: CatalogWorkerRequest & { readonly id: number }) => {
    if (request.to === 'scanner') answer(port, request.id, scanLibrary(request.root, 'blocking'));
    else answer(port, request.id, store.call(request.method, request.args));
  });
}
