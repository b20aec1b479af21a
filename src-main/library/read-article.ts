// Reads one article whole for the page: only a file the library would list (no hidden files, nothing but
// article files), only inside the library, links followed, and only a regular file (a FIFO never hangs it).
// A feed item's id names its file and its key: the file is read and the item picked out.
import { basename } from 'node:path';
import type { Article, ArticleId } from '../../src-preload/contract';
import { maxBytesForFile, parseFile } from '../articles/formats/parse-file';
import { tooLargeMessage } from '../articles/parse';
import { readRegularFile, refusalReason } from '../files/read-regular-file';
import { splitArticleId } from './article-ids';
import { isCandidateArticleId } from './file-filter';
import { resolveExistingArticlePath } from './paths';

export async function readArticle(root: string, id: ArticleId, maxBytes: number): Promise<Article> {
  const { fileId, itemKey } = splitArticleId(id);
  // Containment is the file's: the item key is no part of any path.
  const path = await resolveExistingArticlePath(root, fileId);
  if (!isCandidateArticleId(id)) throw new Error(`"${id}" is not an article file in the library`);
  const fileName = basename(path);
  const limit = maxBytesForFile(fileName, maxBytes);
  const read = await readRegularFile(path, limit);
  if (!read.ok) throw new Error(`${id} cannot be read: ${refusalReason(read, (size) => tooLargeMessage(size, limit))}`);
  const result = await parseFile(read.bytes, { fileName, maxBytes });
  if (!result.ok) throw new Error(`${id} cannot be read: ${result.error}`);
  const found = result.articles.find((article) => (article.itemKey ?? null) === itemKey);
  if (!found) throw new Error(`${id} cannot be read: the feed no longer holds this item`);
  const { words: _words, itemKey: _key, ...article } = found;
  return { id, ...article };
}
