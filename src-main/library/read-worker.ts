// Worker thread entry: reads and parses batches of library files for the catalog worker, so a large first
// read parses on one core while the catalog writes on the other. Answers with catalog entries only.
import { parentPort, workerData } from 'node:worker_threads';
import type { CatalogEntry } from '../../src-preload/contract';
import { readBatch, type FileToRead } from './read-batch';

export interface ReadRequest {
  readonly id: number;
  readonly files: readonly FileToRead[];
}

export type ReadResponse =
  | { readonly id: number; readonly ok: true; readonly entries: (CatalogEntry | null)[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

const port = parentPort;
if (port) {
  const { maxBytes } = workerData as { maxBytes: number };
  port.on('message', (request: ReadRequest) => {
    readBatch(request.files, maxBytes).then(
      (read) => port.postMessage({ id: request.id, ok: true, entries: read.map((result) => result?.entry ?? null) } satisfies ReadResponse),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ReadResponse),
    );
  });
}
