// The catalog's helper thread for reading files (workers/read-worker.ts): each batch a call (worker-calls.ts),
// sent again to a new thread if the thread stops while reading it.
import { Worker } from 'node:worker_threads';
import type { CatalogEntry } from '../../../src-preload/contract';
import type { ReadRequest, ReadResult } from '../workers/read-worker';
import { WorkerCalls, type WorkerCallsOptions } from '../workers/worker-calls';
import type { FileToRead } from './read-batch';

/** The read worker's script beside the catalog worker's, built or source alike. */
export function readerScriptFor(catalogScript: string): string {
  return catalogScript.replace(/catalog-worker(\.[cm]?[jt]s)$/, 'read-worker$1');
}

/** What the catalog hears of the read worker's stops (restarted, or stopped for good). */
export type ReaderWatch = Pick<WorkerCallsOptions, 'onRestart' | 'onGiveUp'>;

export class EntryReader {
  private readonly calls: WorkerCalls<ReadRequest>;

  constructor(script: string, maxBytes: number, execArgv: string[] = [], watch: ReaderWatch = {}) {
    const start = (): Worker => {
      // Its heap is capped: it holds one batch at a time, and left alone V8 lets an idle heap grow for long.
      // 64 MB leaves room to parse the largest article a library accepts (8 MB, in two-byte strings).
      const worker = new Worker(script, {
        workerData: { maxBytes },
        execArgv,
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
      });
      // Idle between large reads: it must not keep the process alive on its own.
      worker.unref();
      return worker;
    };
    this.calls = new WorkerCalls(start, { name: 'read worker', ...watch });
  }

  /** Whether a read is under way. */
  get busy(): boolean {
    return this.calls.busy;
  }

  /** One catalog entry per file, null for a file that vanished meanwhile. */
  async read(files: readonly FileToRead[]): Promise<(CatalogEntry | null)[]> {
    const results = await this.request(files, false);
    return results.map((result) => result?.entry ?? null);
  }

  /** Entries with the text to index, null for a file that vanished or leads outside `within` (a real folder). */
  readForIndex(files: readonly FileToRead[], within: string): Promise<(ReadResult | null)[]> {
    return this.request(files, true, within);
  }

  private request(files: readonly FileToRead[], withText: boolean, within?: string): Promise<(ReadResult | null)[]> {
    const request: ReadRequest = {
      files: files.map(({ id, path }) => ({ id, path })),
      withText,
      ...(within === undefined ? {} : { within }),
    };
    return this.calls.call(request);
  }

  close(): Promise<void> {
    return this.calls.close();
  }
}
