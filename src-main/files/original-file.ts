// The file an article was read from, for "Open original": only a file the library lists, inside the library
// folder (links followed), and a regular file. A feed item's id names its file before the '#'.
import { stat } from 'node:fs/promises';
import type { ArticleId } from '../../src-preload/contract';
import { formatOfFileName } from '../articles/formats/format-of';
import { resolveExistingArticlePath } from '../library/paths';

export class NotAnOriginalError extends Error {
  constructor(id: string, reason: string) {
    super(`Dossier opens only the library's own article files: "${id}" ${reason}.`);
    this.name = 'NotAnOriginalError';
  }
}

/** The file part of an article id: "feeds/news.rss#item-7" -> "feeds/news.rss"; any other id is its file. */
export function originalFileId(id: ArticleId): ArticleId {
  for (let at = id.indexOf('#'); at > 0; at = id.indexOf('#', at + 1)) {
    if (formatOfFileName(id.slice(0, at)) === 'feed') return id.slice(0, at);
  }
  return id;
}

/**
 * The absolute path of the file `id` was read from, when the library lists `id` (`listed`), the path stays
 * inside `root` once links are followed, and it is a regular file; else NotAnOriginalError.
 */
export async function originalFilePath(root: string, id: ArticleId, listed: boolean): Promise<string> {
  if (!listed) throw new NotAnOriginalError(id, 'is not an article of the open library');
  let path: string;
  try {
    path = await resolveExistingArticlePath(root, originalFileId(id));
  } catch {
    throw new NotAnOriginalError(id, 'is not a file inside the library folder');
  }
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new NotAnOriginalError(id, 'is not a file');
  return path;
}
