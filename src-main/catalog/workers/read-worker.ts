// Worker thread entry: reads and parses library files for the catalog worker, so a large first read parses
// on one core while the catalog writes on the other, and a slow or huge file (a PDF, a saved page) can be
// stopped without stopping the catalog. Answers a batch of files with their catalog rows (and the text to
// index when asked), or one article whole for the page.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, ArticleId } from '../../../src-preload/contract';
import { readArticle } from '../../library/read-article';
import { readBatch, type FileToRead } from '../reading/read-batch';
import { toFileRead, type FileRead } from '../reading/file-read';
import { answer, began } from './worker-calls';

/** A call to the read worker; the reply is a WorkerReply (worker-calls.ts). */
export type ReadRequest =
  | {
      /** Each file's rows (FileRead, or null for a file gone or led outside `within`). */
      readonly kind: 'files';
      readonly files: readonly FileToRead[];
      /** Send each article's title and paragraphs too (for indexing), not only its entry. */
      readonly withText: boolean;
      /** Files whose real path leads outside this real folder are answered as vanished. */
      readonly within?: string;
    }
  | {
      /** One article whole (an Article), as the page reads it (library/read-article.ts). */
      readonly kind: 'article';
      readonly root: string;
      /** Not `id`: that names the call (worker-calls.ts). */
      readonly articleId: ArticleId;
    };

export type { FileRead };

const port = parentPort;
if (port) {
  const { maxBytes } = workerData as { maxBytes: number };
  port.on('message', (request: ReadRequest & { readonly id: number }) => {
    began(port, request.id);
    if (request.kind === 'article') {
      answer(port, request.id, readArticle(request.root, request.articleId, maxBytes) satisfies Promise<Article>);
      return;
    }
    const work = readBatch(request.files, maxBytes, request.within).then((read) =>
      read.map((result): FileRead | null => (result === null ? null : toFileRead(result, request.withText))),
    );
    answer(port, request.id, work);
  });
}
