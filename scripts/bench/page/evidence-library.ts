// Reads a bench library's articles as the catalog and the reader do (parseArticle, the reader's text model),
// and writes the evidence bench's work files: the app's work document with N highlights, for "Import…".
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../../../src-main/articles/parse';
import { articleText } from '../../../src-renderer/src/anchoring/text-model';
import { createRng } from '../../corpus/prng';
import { evidenceDocument, evidenceWork, type EvidenceArticle } from './evidence-work';

/** Every article file of the library, by its id (root-relative, forward slashes), sorted. */
async function articleIds(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** A seeded sample of `limit` ids (all when there are fewer), in id order. */
function sample(ids: readonly string[], limit: number, seed: number): string[] {
  const rng = createRng(seed);
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out.slice(0, limit).sort();
}

/** `limit` of the library's articles, drawn with a seed, parsed: an analyst reads and marks a share of it. */
export async function readArticles(root: string, limit: number, seed = 14): Promise<EvidenceArticle[]> {
  const articles: EvidenceArticle[] = [];
  for (const id of sample(await articleIds(root), limit, seed)) {
    const parsed = parseArticle(await readFile(join(root, ...id.split('/'))), { fileName: id });
    if (!parsed.ok) continue;
    const a = parsed.article;
    articles.push({
      id,
      hash: a.hash,
      title: a.title,
      text: articleText(a.paragraphs),
      url: a.url,
      domain: a.domain,
      date: a.date,
    });
  }
  return articles;
}

export interface WorkFile {
  readonly path: string;
  readonly highlights: number;
  readonly articles: number;
  readonly links: number;
  readonly megabytes: number;
}

/** Writes the work document with `count` highlights over `articles` into `dir`. */
export async function writeWorkFile(
  dir: string,
  articles: readonly EvidenceArticle[],
  count: number,
  now: number,
): Promise<WorkFile> {
  const work = evidenceWork(articles, count, now);
  const text = JSON.stringify(evidenceDocument(work, articles, now));
  const path = join(dir, `evidence-${count}.json`);
  await writeFile(path, text);
  return {
    path,
    highlights: work.highlights.length,
    articles: new Set(work.highlights.map((h) => h.articleId)).size,
    links: work.links.length,
    megabytes: Buffer.byteLength(text) / 2 ** 20,
  };
}
