// Writes a bench library of N recombined real-text articles into a folder (outlet/year/ subfolders),
// in concurrent batches, and plants a unique marker word in the file the catalog reads last.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeArticle } from './article-maker';
import type { CorpusSources } from './corpus-sources';

export interface SizeSpread {
  readonly min: number;
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export interface BuiltLibrary {
  /** Absolute path of the folder. */
  readonly root: string;
  readonly files: number;
  readonly bytes: number;
  readonly sizes: SizeSpread;
  readonly buildMs: number;
  /** The file that sorts last (as the scanner orders ids), which carries `marker` at its end. */
  readonly markerId: string;
  readonly marker: string;
}

export interface BuildOptions {
  readonly seed?: number;
  readonly marker?: string;
  /** Files written at once. */
  readonly concurrency?: number;
}

function spread(sizes: number[]): SizeSpread {
  const sorted = sizes.toSorted((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { min: sorted[0] ?? 0, p5: at(0.05), median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export async function buildLibrary(
  root: string,
  count: number,
  sources: CorpusSources,
  options: BuildOptions = {},
): Promise<BuiltLibrary> {
  const started = performance.now();
  const seed = options.seed ?? 1985;
  const marker = options.marker ?? 'zephyrquillmarker';
  const batch = options.concurrency ?? 64;
  const folders = new Set<string>();
  const sizes: number[] = [];
  let last = '';
  for (let i = 0; i < count; i += batch) {
    const articles = Array.from({ length: Math.min(batch, count - i) }, (_, k) => makeArticle(sources, seed, i + k));
    for (const article of articles) {
      const folder = dirname(article.path);
      if (!folders.has(folder)) {
        folders.add(folder);
        await mkdir(join(root, folder), { recursive: true });
      }
      if (article.path > last) last = article.path;
      sizes.push(Buffer.byteLength(article.text));
    }
    // 'wx': a bench never writes over a file it did not create.
    await Promise.all(articles.map((article) => writeFile(join(root, article.path), article.text, { flag: 'wx' })));
  }
  // One closing paragraph of its own, so the word is in that file and in no other.
  const closing = `Filed under ${marker}.\n`;
  await appendFile(join(root, last), closing);
  return {
    root,
    files: count,
    bytes: sizes.reduce((a, b) => a + b, 0) + closing.length,
    sizes: spread(sizes),
    buildMs: performance.now() - started,
    markerId: last,
    marker,
  };
}
