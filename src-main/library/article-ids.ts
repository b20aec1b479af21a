// Article ids and the files they live in. Most files hold one article, whose id is the file's path in the
// library ("europe/a.txt"); a feed holds many, each "<the file's id>#<item key>" ("feeds/bbc.rss#3fa2c1…").
// Unambiguous: an item key is letters, digits, "-" and "_" only, and "x.rss#key" can never be a file's own id,
// since no file whose name ends that way is read by the library.
import type { ArticleId } from '../../src-preload/contract';
import { formatOfFileName } from '../articles/formats/format-of';

const ITEM_ID = /^(.+)#([A-Za-z0-9_-]{1,64})$/;

export interface ArticleIdParts {
  /** The id of the file the article is read from. */
  readonly fileId: string;
  /** The item's key inside a feed file; null for a file that is one article. */
  readonly itemKey: string | null;
}

export function splitArticleId(id: ArticleId): ArticleIdParts {
  const match = ITEM_ID.exec(id);
  if (match && formatOfFileName(match[1] as string) === 'feed') {
    return { fileId: match[1] as string, itemKey: match[2] as string };
  }
  return { fileId: id, itemKey: null };
}

/** The id of the file an article is read from (the id itself for most files). */
export function fileIdOf(id: ArticleId): string {
  return splitArticleId(id).fileId;
}

/** The id of a feed item, or of the file's one article when there is no item key. */
export function articleIdOf(fileId: string, itemKey: string | undefined | null): ArticleId {
  return itemKey ? `${fileId}#${itemKey}` : fileId;
}

/** The same article under the file's new id: a feed renamed or moved keeps its items' keys. */
export function withFileId(id: ArticleId, fileId: string): ArticleId {
  return articleIdOf(fileId, splitArticleId(id).itemKey);
}
