// The catalog's helper thread for reading files (workers/read-worker.ts): each call (worker-calls.ts) sent
// again to a new thread if the thread stops while reading it. Calls go one at a time. Plain text files go in
// batches; every other file (a PDF, a saved page, a feed) goes alone, with a time limit: a file the thread
// takes too long over, or runs out of memory on, stops the thread (a new one reads on) and is listed as
// broken with the reason, so one file never holds up the rest of the folder.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleId } from '../../../src-preload/contract';
import { isPlainTextFile } from '../../articles/formats/format-of';
import { errorCode } from '../../library/fs-errors';
import type { ReadRequest } from '../workers/read-worker';
import { isOutOfMemory, TimeLimitError, WorkerCalls, type WorkerCallsOptions } from '../workers/worker-calls';
import type { FileToRead } from './read-batch';
import { toFileRead, type FileRead } from './file-read';
import { brokenRow } from './read-entry';

/** The read worker's script beside the catalog worker's, built or source alike. */
export function readerScriptFor(catalogScript: string): string {
  return catalogScript.replace(/catalog-worker(\.[cm]?[jt]s)$/, 'read-worker$1');
}

/** What the catalog hears of the read worker's stops (restarted, or stopped for good). */
export type ReaderWatch = Pick<WorkerCallsOptions, 'onRestart' | 'onGiveUp'>;

/** How long one file that is not plain text may take to read before it is skipped. */
export const DEFAULT_READ_TIME_LIMIT_MS = 20_000;

/**
 * The read worker's heap: what pdf.js needs for a 50 MB PDF, the largest a library reads (16 × 8 MB is
 * refused by its size before), with room for the catalog batch beside it. A file that needs more is listed
 * as too large to read in memory; the thread is started again.
 */
export const READ_WORKER_HEAP_MB = 512;

export interface EntryReaderOptions {
  /** The library's limit for a text article (parse-file.ts allows other formats a multiple of it). */
  readonly maxBytes: number;
  readonly execArgv?: string[];
  readonly watch?: ReaderWatch;
  /** How long one file that is not plain text may take (DEFAULT_READ_TIME_LIMIT_MS). */
  readonly timeLimitMs?: number;
  /** The worker's heap cap in MB (READ_WORKER_HEAP_MB); tests set it small. */
  readonly heapMb?: number;
}

/** "20 s", "0.25 s". */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}

/** A file's reason for being listed unread when it took longer than its time limit. */
export function timeLimitReason(limitMs: number): string {
  return `took longer than ${seconds(limitMs)} to read; skipped`;
}

/** Why a file read alone was not read: over its time limit, out of memory, or the thread stopped under it. */
export function stopReason(error: unknown): string | null {
  if (error instanceof TimeLimitError) return timeLimitReason(error.limitMs);
  if (isOutOfMemory(error)) return 'too large to read in memory';
  return null;
}

function readsAlone(path: string): boolean {
  return !isPlainTextFile(basename(path));
}

/** Consecutive plain text files in one batch; every other file in a batch of its own. */
function groupsOf(files: readonly FileToRead[]): { readonly alone: boolean; readonly files: FileToRead[] }[] {
  const groups: { alone: boolean; files: FileToRead[] }[] = [];
  for (const file of files) {
    const alone = readsAlone(file.path);
    const last = groups.at(-1);
    if (!alone && last && !last.alone) last.files.push(file);
    else groups.push({ alone, files: [file] });
  }
  return groups;
}

export class EntryReader {
  private readonly calls: WorkerCalls<ReadRequest>;
  private readonly timeLimitMs: number;
  /** The call under way: calls go one at a time, so a time limit measures one file's read alone. */
  private turn: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(script: string, options: EntryReaderOptions) {
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_READ_TIME_LIMIT_MS;
    const start = (): Worker => {
      // Its heap is capped: a file that needs more stops this thread, not the catalog's. Its young generation
      // is small: left alone, V8 lets an idle heap grow for long.
      const worker = new Worker(script, {
        workerData: { maxBytes: options.maxBytes },
        execArgv: options.execArgv ?? [],
        resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: options.heapMb ?? READ_WORKER_HEAP_MB },
      });
      // Idle between large reads: it must not keep the process alive on its own.
      worker.unref();
      return worker;
    };
    this.calls = new WorkerCalls(start, { name: 'read worker', ...options.watch });
  }

  /** Whether a read is under way or waiting for its turn. */
  get busy(): boolean {
    return this.waiting > 0 || this.calls.busy;
  }

  /**
   * Each file's rows, null for a file that vanished; with `within` (a real folder), one whose real path leads
   * outside it counts as vanished too. Text comes with each row when `withText`.
   */
  async read(files: readonly FileToRead[], withText: boolean, within?: string): Promise<(FileRead | null)[]> {
    const read: (FileRead | null)[] = [];
    for (const group of groupsOf(files)) {
      const request: ReadRequest = {
        kind: 'files',
        files: group.files,
        withText,
        ...(within === undefined ? {} : { within }),
      };
      if (!group.alone) read.push(...(await this.inTurn(() => this.calls.call<(FileRead | null)[]>(request))));
      else read.push(await this.readAlone(group.files[0] as FileToRead, request));
    }
    return read;
  }

  /** One article whole, for the page, read within the time limit. */
  async article(root: string, id: ArticleId): Promise<Article> {
    try {
      return await this.inTurn(() =>
        this.calls.call<Article>(
          { kind: 'article', root, articleId: id },
          { alone: true, timeLimitMs: this.timeLimitMs },
        ),
      );
    } catch (error) {
      const reason = stopReason(error);
      throw reason === null ? error : new Error(`${id} cannot be read: ${reason}`);
    }
  }

  private async readAlone(file: FileToRead, request: ReadRequest): Promise<FileRead | null> {
    try {
      const [read] = await this.inTurn(() =>
        this.calls.call<(FileRead | null)[]>(request, { alone: true, timeLimitMs: this.timeLimitMs }),
      );
      return read ?? null;
    } catch (error) {
      if (this.calls.stopped) throw error;
      const reason = stopReason(error) ?? `the reader stopped while reading it (${(error as Error).message})`;
      try {
        return toFileRead(brokenRow(file.id, reason, statSync(file.path)), false);
      } catch (statError) {
        if (errorCode(statError) === 'ENOENT') return null;
        throw statError;
      }
    }
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const run = this.turn.then(work).finally(() => this.waiting--);
    this.turn = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.calls.close();
  }
}
