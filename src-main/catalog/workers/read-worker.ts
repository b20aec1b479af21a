// Worker thread entry: reads and parses batches of library files for the catalog worker, so a large first
// read parses on one core while the catalog writes on the other. Answers with catalog entries, and the
// text to index when asked for it.
import { parentPort, workerData } from 'node:worker_threads';
import type { CatalogEntry } from '../../../src-preload/contract';
import type { IndexableArticle } from '../../search/search-index';
import { readBatch, type FileToRead } from '../reading/read-batch';
import { answer } from './worker-calls';

/** A batch to read; the reply is a WorkerReply (worker-calls.ts) with one ReadResult or null per file. */
export interface ReadRequest {
  readonly files: readonly FileToRead[];
  /** Send each article's title and paragraphs too (for indexing), not only its entry. */
  readonly withText: boolean;
  /** Files whose real path leads outside this real folder are answered as vanished. */
  readonly within?: string;
}

export interface ReadResult {
  readonly entry: CatalogEntry;
  readonly text: IndexableArticle | null;
}

const port = parentPort;
if (port) {
  const { maxBytes } = workerData as { maxBytes: number };
  port.on('message', (request: ReadRequest & { readonly id: number }) => {
    const work = readBatch(request.files, maxBytes, request.within).then((read) =>
      read.map((result): ReadResult | null => {
        if (result === null) return null;
        const article = request.withText ? result.article : null;
        return { entry: result.entry, text: article ? { title: article.title, paragraphs: article.paragraphs } : null };
      }),
    );
    answer(port, request.id, work);
  });
}
