// A file's catalog rows as they cross from the read worker: each row's entry, and the text to index when it
// was asked for (the title and paragraphs; never the whole parsed article).
import type { CatalogEntry } from '../../../src-preload/contract';
import type { IndexableArticle } from '../../search/search-index';
import type { ReadEntryResult } from './read-entry';

export interface RowRead {
  readonly entry: CatalogEntry;
  readonly text: IndexableArticle | null;
}

/** One file's rows: its article, a feed's items, or one broken row under the file's id. */
export interface FileRead {
  readonly rows: readonly RowRead[];
}

export function toFileRead(result: ReadEntryResult, withText: boolean): FileRead {
  return {
    rows: result.rows.map(({ entry, article }) => ({
      entry,
      text: withText && article ? { title: article.title, paragraphs: article.paragraphs } : null,
    })),
  };
}
