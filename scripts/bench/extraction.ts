// npm run bench -- --only extraction: Dossier's HTML reader beside plain Readability.js (same decoding, same
// linkedom DOM, same run) on saved pages with known article text, scored by 4-word-shingle F1 per page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes, readHtml } from '../../src-main/articles/formats/html/read-html';
import { parsePage } from '../../src-main/articles/formats/html/parse-page';
import {
  readReadabilityPages,
  readScrapinghubPages,
  unpackReadabilityPages,
  type CorpusPage,
} from './extraction-corpus';
import { shingleScore, type Score } from './extraction-score';

export interface PageResult {
  readonly name: string;
  readonly dossier: Score;
  readonly readability: Score;
  readonly dossierMs: number;
  readonly readabilityMs: number;
}

export interface CorpusResult {
  readonly corpus: string;
  readonly pages: readonly PageResult[];
}

export async function dossierText(page: CorpusPage): Promise<string> {
  const extraction = await readHtml({ bytes: page.bytes, fileName: `${page.name}.html` });
  return extraction.ok ? extraction.articles.flatMap((article) => article.paragraphs).join('\n') : '';
}

export function readabilityText(page: CorpusPage): string {
  const document = parsePage(decodeHtmlBytes(page.bytes).text);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

export async function scoreCorpus(corpus: string, pages: readonly CorpusPage[]): Promise<CorpusResult> {
  const results: PageResult[] = [];
  for (const [i, page] of pages.entries()) {
    // Alternate which runs first, so neither always meets a cold cache or a pending collection.
    let dossier: { value: string; ms: number };
    let readability: { value: string; ms: number };
    if (i % 2 === 0) {
      dossier = await timed(() => dossierText(page));
      readability = await timed(() => readabilityText(page));
    } else {
      readability = await timed(() => readabilityText(page));
      dossier = await timed(() => dossierText(page));
    }
    results.push({
      name: page.name,
      dossier: shingleScore(page.expected, dossier.value),
      readability: shingleScore(page.expected, readability.value),
      dossierMs: dossier.ms,
      readabilityMs: readability.ms,
    });
  }
  return { corpus, pages: results };
}

export async function benchExtraction(options: { scrapinghub?: string }): Promise<CorpusResult[]> {
  const temp = await mkdtemp(join(tmpdir(), 'dossier-extraction-'));
  try {
    const pages = readReadabilityPages(await unpackReadabilityPages(temp));
    const corpora = [await scoreCorpus("Mozilla Readability's test pages", pages)];
    if (options.scrapinghub !== undefined) {
      const marked = readScrapinghubPages(options.scrapinghub);
      corpora.push(await scoreCorpus('ScrapingHub article-extraction-benchmark', marked));
    }
    return corpora;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
