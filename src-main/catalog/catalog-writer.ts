// The one place a file's state is written: its catalog rows and their full-text rows change together (the
// text alone only for a row already written, as indexing catches up), one transaction per call. A file has one
// row, or one per item for a feed: the rows it has now replace the ones it had (an item gone is removed). It
// keeps the rule that a background write never overwrites a newer one (a watch event's): each write has a
// sequence number, and each file remembers its last.
import type { ArticleId, CatalogEntry } from '../../src-preload/contract';
import { indexArticle, markForIndex, removeArticle, type IndexableArticle } from '../search/search-index';
import { indexStory, removeStory } from '../stories/story-index';
import { deferLeaving, hasLeft, settleLeft } from '../stories/story-clusters';
import { createStorySchema } from '../stories/story-schema';
import type { Catalog } from './catalog';
import { fileIdOf } from '../library/article-ids';
import type { WriteResult, WrittenFile } from './catalog-store';

/** A row's new state: its entry and its text, to index now, 'later' (indexPending) or none. */
export interface RowState {
  readonly entry: CatalogEntry;
  readonly text: IndexableArticle | 'later' | null;
}

/** A file's new state: its rows (its article, or a feed's items, or one broken row); none when it is gone. */
export interface FileState {
  /** The file's id (library/article-ids.ts); its rows' ids are this, or this and an item key. */
  readonly id: string;
  readonly rows: readonly RowState[];
}

/** A row's text alone, for a row already written (null: none to index). */
export interface FileText {
  readonly id: ArticleId;
  readonly text: IndexableArticle | null;
}

/** How long writes must pause before stories that lost copies are worked out again. */
const SETTLE_AFTER_MS = 250;

export class CatalogWriter {
  private seq = 0;
  /** Each file's last foreground write, remembered only while a background write reads (none else needs it). */
  private readonly lastWrite = new Map<string, number>();
  private reading = 0;
  private settleTimer: NodeJS.Timeout | undefined;

  /**
   * `firstSeq` numbers the first write (writes go on from a store that ran before this one); `stories` keeps
   * the copies of each story (stories/story-index.ts) in step with the text index, in tables it makes when
   * they are missing (after the search schema: search/schema.ts).
   */
  constructor(
    private readonly catalog: Catalog,
    firstSeq = 1,
    private readonly stories = true,
  ) {
    this.seq = firstSeq - 1;
    if (stories) {
      createStorySchema(catalog.database);
      deferLeaving(catalog.database);
    }
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
    const written: WrittenFile[] = [];
    const { seq } = this.commit(root, states, since, (state) => written.push(...this.writeFile(root, state)));
    return { seq, written };
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
        // Keyed by file: a feed's items are all written by whichever write read the file last.
        const key = `${root}\0${fileIdOf(file.id)}`;
        if (since !== null && (this.lastWrite.get(key) ?? 0) > since) continue;
        // Only a write that is not itself a background one can make a background write's read stale.
        if (since === null && this.reading > 0) this.lastWrite.set(key, seq);
        write(file);
        written.push(file);
      }
    });
    this.settleSoon();
    return { seq, written };
  }

  /** Writes a file's rows, removing the rows it had that it has no more; returns every row changed. */
  private writeFile(root: string, { id: fileId, rows }: FileState): WrittenFile[] {
    const db = this.catalog.database;
    const now = new Set(rows.map((row) => row.entry.id));
    const written: WrittenFile[] = [];
    for (const id of this.catalog.idsOfFile(root, fileId)) {
      if (now.has(id)) continue;
      this.catalog.remove(root, id);
      this.removeText(root, id);
      written.push({ id, entry: null });
    }
    for (const { entry, text } of rows) {
      const { id } = entry;
      this.catalog.upsert(root, entry);
      if (entry.ok && text === 'later') markForIndex(db, root, id);
      else if (entry.ok && text !== null && text !== 'later') this.indexText(root, id, text);
      else this.removeText(root, id);
      written.push({ id, entry });
    }
    return written;
  }

  /** The row stays as it is: only its text is indexed, or dropped from the index when there is none. */
  private writeText(root: string, { id, text }: FileText): void {
    if (text) this.indexText(root, id, text);
    else this.removeText(root, id);
  }

  /** The text goes into the search index and, with it, the article into the stories (after its row). */
  private indexText(root: string, id: ArticleId, text: IndexableArticle): void {
    indexArticle(this.catalog.database, root, id, text);
    if (this.stories) indexStory(this.catalog.database, root, id, text);
  }

  /**
   * Works out again the stories that lost copies (stories/story-clusters.ts), in one transaction: before
   * stories are read, when the store closes, and once writes pause.
   */
  settleStories(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    const db = this.catalog.database;
    if (this.stories && hasLeft(db)) this.catalog.batch(() => settleLeft(db));
  }

  /** A burst of removals (a folder of copies deleted, one watch event each) settles once it pauses. */
  private settleSoon(): void {
    if (!this.stories || !hasLeft(this.catalog.database)) return;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settleStories(), SETTLE_AFTER_MS);
    this.settleTimer.unref();
  }

  private removeText(root: string, id: ArticleId): void {
    removeArticle(this.catalog.database, root, id);
    if (this.stories) removeStory(this.catalog.database, root, id);
  }
}

/** The writes a background write may make once it has read: each skips files written since it began. */
export interface BackgroundWrite {
  states(root: string, states: readonly FileState[]): WriteResult;
  texts(root: string, texts: readonly FileText[]): void;
}
