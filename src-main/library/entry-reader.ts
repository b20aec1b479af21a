// The catalog's helper thread for reading files (read-worker.ts): each batch a message, each answer a
// promise, answered in the order asked.
import { Worker } from 'node:worker_threads';
import type { CatalogEntry } from '../../src-preload/contract';
import type { FileToRead } from './read-batch';
import type { ReadRequest, ReadResponse, ReadResult } from './read-worker';

/** The read worker's script beside the catalog worker's, built or source alike. */
export function readerScriptFor(catalogScript: string): string {
  return catalogScript.replace(/catalog-worker(\.[cm]?[jt]s)$/, 'read-worker$1');
}

export class EntryReader {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (results: (ReadResult | null)[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(script: string, maxBytes: number, execArgv: string[] = []) {
    // Its heap is capped: it holds one batch at a time, and left alone V8 lets an idle heap grow for long.
    // 64 MB leaves room to parse the largest article a library accepts (8 MB, in two-byte strings).
    this.worker = new Worker(script, {
      workerData: { maxBytes },
      execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
    // Idle between large reads: it must not keep the process alive on its own.
    this.worker.unref();
    this.worker.on('message', (response: ReadResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (response.ok) waiting.resolve(response.results);
      else waiting.reject(new Error(response.message));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the read worker stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Whether a read is under way. */
  get busy(): boolean {
    return this.pending.size > 0;
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
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const message: ReadRequest = { id, files: files.map(({ id: fileId, path }) => ({ id: fileId, path })), withText, ...(within === undefined ? {} : { within }) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A worker thread's port, not a window: there is no target origin to give.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the read worker is closed');
    await this.worker.terminate();
  }
}
