// Reads library files for the catalog: through the read worker (a thread of its own, started at the first
// read that wants it) when there is one, else on this thread. A read worker that fails, or stops too often,
// is not asked again: this thread reads from then on. Articles the page opens are read by a second read
// worker, so an open never waits behind a large first read; it goes once idle for a while.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article, ArticleId } from '../../../src-preload/contract';
import { isPlainTextFile } from '../../articles/formats/format-of';
import { readArticle } from '../../library/read-article';
import {
  DEFAULT_READ_TIME_LIMIT_MS,
  EntryReader,
  timeLimitReason,
  type EntryReaderOptions,
  type ReaderWatch,
} from './entry-reader';
import { toFileRead, type FileRead } from './file-read';
import { readOne, type FileToRead } from './read-batch';
import { brokenRow, type ReadEntryResult } from './read-entry';

export interface FileReaderOptions {
  readonly maxBytes: number;
  /** The read worker's script (workers/read-worker.ts or its build); none reads on this thread. */
  readonly readerScript?: string;
  readonly execArgv?: string[];
  /** Told when the read worker stops and is restarted (its batch read again), or stops for good. */
  readonly readerWatch?: ReaderWatch;
  /** How long one file that is not plain text may take to read (entry-reader.ts). */
  readonly timeLimitMs?: number;
  /** The read worker's heap cap in MB (entry-reader.ts). */
  readonly readerHeapMb?: number;
}

/** An idle article reader goes after this long, giving its memory back. */
const OPENER_IDLE_MS = 30_000;
/** Longest run of reads on this thread before other calls get a turn (read-batch.ts). */
const READ_SLICE_MS = 20;

const isPlainText = (file: FileToRead): boolean => isPlainTextFile(basename(file.path));

/** A file over its time limit on this thread: listed broken with the reason (null when it is gone). */
function overTime(file: FileToRead, limitMs: number): ReadEntryResult | null {
  try {
    return brokenRow(file.id, timeLimitReason(limitMs), statSync(file.path));
  } catch {
    return null;
  }
}

export class FileReader {
  private reader: EntryReader | null = null;
  private opener: EntryReader | null = null;
  private openerIdle: NodeJS.Timeout | null = null;
  private readerScript: string | null;

  constructor(private readonly options: FileReaderOptions) {
    this.readerScript = options.readerScript ?? null;
  }

  /** Each file's rows, null for a file that vanished meanwhile (no text: a first read indexes it later). */
  entries(files: readonly FileToRead[]): Promise<(FileRead | null)[]> {
    return this.read(
      (reader) => reader.read(files, false),
      () => this.readHere(files, false),
    );
  }

  /** Each file's rows with their text; null when vanished or led outside `within` (a real folder). */
  texts(files: readonly FileToRead[], within: string): Promise<(FileRead | null)[]> {
    return this.read(
      (reader) => reader.read(files, true, within),
      () => this.readHere(files, true, within),
    );
  }

  /**
   * Each file's rows with their text, for a few files whose events want them now: plain text on this thread,
   * other formats through the read worker (never long on this thread, and within the time limit).
   */
  now(files: readonly FileToRead[]): Promise<(FileRead | null)[]> {
    if (files.every(isPlainText)) return this.readHere(files, true);
    return this.read(
      (reader) => reader.read(files, true),
      () => this.readHere(files, true),
    );
  }

  /** One article whole, as the page reads it: in a read worker of its own when there is one. */
  async article(root: string, id: ArticleId): Promise<Article> {
    if (this.readerScript === null) return this.withinLimit(readArticle(root, id, this.options.maxBytes), id);
    this.opener ??= new EntryReader(this.readerScript, this.readerOptions());
    if (this.openerIdle) clearTimeout(this.openerIdle);
    try {
      return await this.opener.article(root, id);
    } finally {
      this.openerIdle = setTimeout(() => this.releaseOpener(), OPENER_IDLE_MS);
      this.openerIdle.unref();
    }
  }

  /** Lets an idle read worker go, giving its memory back; the next large read starts another. */
  release(): void {
    if (!this.reader || this.reader.busy) return;
    void this.reader.close();
    this.reader = null;
  }

  async close(): Promise<void> {
    if (this.openerIdle) clearTimeout(this.openerIdle);
    await Promise.all([this.reader?.close(), this.opener?.close()]);
    this.reader = null;
    this.opener = null;
  }

  private releaseOpener(): void {
    if (!this.opener || this.opener.busy) return;
    void this.opener.close();
    this.opener = null;
  }

  private readerOptions(): EntryReaderOptions {
    const { maxBytes, execArgv, readerWatch, timeLimitMs, readerHeapMb } = this.options;
    return {
      maxBytes,
      ...(execArgv ? { execArgv } : {}),
      ...(readerWatch ? { watch: readerWatch } : {}),
      ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
      ...(readerHeapMb === undefined ? {} : { heapMb: readerHeapMb }),
    };
  }

  /** Reads on this thread, giving other work a turn now and then. */
  private async readHere(
    files: readonly FileToRead[],
    withText: boolean,
    within?: string,
  ): Promise<(FileRead | null)[]> {
    const read: (FileRead | null)[] = [];
    let sliceStart = performance.now();
    for (const file of files) {
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const reading = readOne(file, this.options.maxBytes, within);
      const result = isPlainText(file)
        ? await reading
        : await this.withinLimit(reading, null).catch(() => overTime(file, this.timeLimit));
      read.push(result === null ? null : toFileRead(result, withText));
    }
    return read;
  }

  private get timeLimit(): number {
    return this.options.timeLimitMs ?? DEFAULT_READ_TIME_LIMIT_MS;
  }

  /**
   * The time limit on this thread: a reader that yields (pdf.js does) is left behind once it is over time;
   * one that does not cannot be stopped here, which is why the read worker reads such files.
   */
  private withinLimit<T>(work: Promise<T>, id: ArticleId | null): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const reason = timeLimitReason(this.timeLimit);
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(id === null ? reason : `${id} cannot be read: ${reason}`)),
        this.timeLimit,
      );
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  private async read<T>(there: (reader: EntryReader) => Promise<T>, here: () => Promise<T>): Promise<T> {
    if (!this.reader && this.readerScript !== null)
      this.reader = new EntryReader(this.readerScript, this.readerOptions());
    const reader = this.reader;
    if (reader) {
      try {
        return await there(reader);
      } catch {
        if (this.reader === reader) this.reader = null;
        this.readerScript = null;
        void reader.close();
      }
    }
    return here();
  }
}
