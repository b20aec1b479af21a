// The one place a file's state is written: its catalog row and its full-text row change together (the text
// alone only for a row already written, as indexing catches up), one transaction per call. It keeps the
// rule that a background write never overwrites a newer one (a watch event's): each write has a sequence
// number, and each file remembers its last.
import type { ArticleId, CatalogEntry } from '../../src-preload/contract';
import { indexArticle, markForIndex, removeArticle, type IndexableArticle } from '../search/search-index';
import type { Catalog } from './catalog';
import type { WriteResult } from './catalog-store';

/** A file's new state: its entry (null: gone) and its text, to index now, 'later' (indexPending) or none. */
export interface FileState {
  readonly id: ArticleId;
  readonly entry: CatalogEntry | null;
  readonly text: IndexableArticle | 'later' | null;
}

/** A file's text alone, for a file whose catalog row is already written (null: none to index). */
export interface FileText {
  readonly id: ArticleId;
  readonly text: IndexableArticle | null;
}

export class CatalogWriter {
  private seq = 0;
  /** Each file's last foreground write, remembered only while a background write reads (none else needs it). */
  private readonly lastWrite = new Map<string, number>();
  private reading = 0;

  /** `firstSeq` numbers the first write (writes go on from a store that ran before this one). */
  constructor(
    private readonly catalog: Catalog,
    firstSeq = 1,
  ) {
    this.seq = firstSeq - 1;
  }

  /** The sequence number of the last write. */
  get lastSeq(): number {
    return this.seq;
  }

  /** Writes these states now: for watch events, imports and removals, whose reads are the newest. */
  write(root: string, states: readonly FileState[]): WriteResult {
    return this.writeStates(root, states, null);
  }

  /**
   * A background write: reads (e.g. a step of files), then writes what it read, except for the files
   * another write reached while it read. `read` gets the writes to call once it has read.
   */
  async inBackground<T>(read: (write: BackgroundWrite) => Promise<T>): Promise<T> {
    const since = this.seq;
    this.reading++;
    try {
      return await read({
        states: (root, states) => this.writeStates(root, states, since),
        texts: (root, texts) => void this.commit(root, texts, since, (file) => this.writeText(root, file)),
      });
    } finally {
      if (--this.reading === 0) this.lastWrite.clear();
    }
  }

  private writeStates(root: string, states: readonly FileState[], since: number | null): WriteResult {
    const { seq, written } = this.commit(root, states, since, (state) => this.writeState(root, state));
    return { seq, written: written.map(({ id, entry }) => ({ id, entry })) };
  }

  /** Writes each file in one transaction, leaving out those written after `since` (when given). */
  private commit<F extends { readonly id: ArticleId }>(
    root: string,
    files: readonly F[],
    since: number | null,
    write: (file: F) => void,
  ): { seq: number; written: F[] } {
    const seq = ++this.seq;
    const written: F[] = [];
    this.catalog.batch(() => {
      for (const file of files) {
        const key = `${root}\0${file.id}`;
        if (since !== null && (this.lastWrite.get(key) ?? 0) > since) continue;
        // Only a write that is not itself a background one can make a background write's read stale.
        if (since === null && this.reading > 0) this.lastWrite.set(key, seq);
        write(file);
        written.push(file);
      }
    });
    return { seq, written };
  }

  private writeState(root: string, { id, entry, text }: FileState): void {
    const db = this.catalog.database;
    if (entry === null) this.catalog.remove(root, id);
    else this.catalog.upsert(root, entry);
    if (entry?.ok && text === 'later') markForIndex(db, root, id);
    else if (entry?.ok && text !== null && text !== 'later') indexArticle(db, root, id, text);
    else removeArticle(db, root, id);
  }

  /** The row stays as it is: only its text is indexed, or dropped from the index when there is none. */
  private writeText(root: string, { id, text }: FileText): void {
    if (text) indexArticle(this.catalog.database, root, id, text);
    else removeArticle(this.catalog.database, root, id);
  }
}

/** The writes a background write may make once it has read: each skips files written since it began. */
export interface BackgroundWrite {
  states(root: string, states: readonly FileState[]): WriteResult;
  texts(root: string, texts: readonly FileText[]): void;
}
