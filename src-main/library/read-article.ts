// Reads one article whole for the page: only a file the library would list (no hidden files, nothing but
// article files), only inside the library, links followed, and only a regular file (a FIFO never hangs it).
import { basename } from 'node:path';
import type { Article, ArticleId } from '../../src-preload/contract';
import { parseArticle, tooLargeMessage } from '../articles/parse';
import { readRegularFile, refusalReason } from '../files/read-regular-file';
import { isCandidateArticleId } from './file-filter';
import { resolveExistingArticlePath } from './paths';

export async function readArticle(root: string, id: ArticleId, maxBytes: number): Promise<Article> {
  const path = await resolveExistingArticlePath(root, id);
  if (!isCandidateArticleId(id)) throw new Error(`"${id}" is not an article file in the library`);
  const read = await readRegularFile(path, maxBytes);
  if (!read.ok)
    throw new Error(`${id} cannot be read: ${refusalReason(read, (size) => tooLargeMessage(size, maxBytes))}`);
  const result = parseArticle(read.bytes, { fileName: basename(path), maxBytes });
  if (!result.ok) throw new Error(`${id} cannot be read: ${result.error}`);
  const { words: _words, ...article } = result.article;
  return { id, ...article };
}
