// Reads library files for the catalog: through the read worker (a thread of its own, started at the first
// read that wants it) when there is one, else on this thread. A read worker that fails, or runs out of
// memory, is not asked again: this thread reads from then on.
import type { CatalogEntry } from '../../../src-preload/contract';
import type { IndexableArticle } from '../../search/search-index';
import { EntryReader, type ReaderWatch } from './entry-reader';
import { readBatch, type FileToRead } from './read-batch';
import type { ReadEntryResult } from './read-entry';

export interface FileReaderOptions {
  readonly maxBytes: number;
  /** The read worker's script (workers/read-worker.ts or its build); none reads on this thread. */
  readonly readerScript?: string;
  readonly execArgv?: string[];
  /** Told when the read worker stops and is restarted (its batch read again), or stops for good. */
  readonly readerWatch?: ReaderWatch;
}

export class FileReader {
  private reader: EntryReader | null = null;
  private readerScript: string | null;

  constructor(private readonly options: FileReaderOptions) {
    this.readerScript = options.readerScript ?? null;
  }

  /** Each file's entry, null for a file that vanished meanwhile (no text: a first read indexes it later). */
  entries(files: readonly FileToRead[]): Promise<(CatalogEntry | null)[]> {
    return this.read(
      (reader) => reader.read(files),
      async () => (await readBatch(files, this.options.maxBytes)).map((result) => result?.entry ?? null),
    );
  }

  /** Each file's title and paragraphs; null when unreadable, vanished, or led outside `within` (a real folder). */
  texts(files: readonly FileToRead[], within: string): Promise<(IndexableArticle | null)[]> {
    return this.read(
      async (reader) => (await reader.readForIndex(files, within)).map((result) => result?.text ?? null),
      async () => (await readBatch(files, this.options.maxBytes, within)).map((result) => result?.article ?? null),
    );
  }

  /** Each file's entry and parsed article, read on this thread: for a few files whose events want them now. */
  now(files: readonly FileToRead[]): Promise<(ReadEntryResult | null)[]> {
    return readBatch(files, this.options.maxBytes);
  }

  /** Lets an idle read worker go, giving its memory back; the next large read starts another. */
  release(): void {
    if (!this.reader || this.reader.busy) return;
    void this.reader.close();
    this.reader = null;
  }

  async close(): Promise<void> {
    await this.reader?.close();
    this.reader = null;
  }

  private async read<T>(there: (reader: EntryReader) => Promise<T>, here: () => Promise<T>): Promise<T> {
    if (!this.reader && this.readerScript !== null)
      this.reader = new EntryReader(
        this.readerScript,
        this.options.maxBytes,
        this.options.execArgv,
        this.options.readerWatch,
      );
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
