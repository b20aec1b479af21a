// Reads one article whole for the page: only a file the library would list (no hidden files, nothing but
// article files), and only inside the library, links followed.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article, ArticleId } from '../../src-preload/contract';
import { parseArticle } from '../articles/parse';
import { isCandidateArticleId } from './file-filter';
import { resolveExistingArticlePath } from './paths';

export async function readArticle(root: string, id: ArticleId, maxBytes: number): Promise<Article> {
  const path = await resolveExistingArticlePath(root, id);
  if (!isCandidateArticleId(id)) throw new Error(`"${id}" is not an article file in the library`);
  const result = parseArticle(await readFile(path), { fileName: basename(path), maxBytes });
  if (!result.ok) throw new Error(`${id} cannot be read: ${result.error}`);
  const { words: _words, ...article } = result.article;
  return { id, ...article };
}
