// The HTML reader over real saved pages from Mozilla Readability's test corpus (../shared/corpora), in
// English, French, Czech and Chinese: each page's article text close to the expected one, and its metadata.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtml } from '../../../../../../src-main/articles/formats/html/read-html';
import {
  readReadabilityPage,
  unpackReadabilityPages,
  type CorpusPage,
} from '../../../../../../scripts/bench/extraction-corpus';
import { shingleScore } from '../../../../../../scripts/bench/extraction-score';

/** Pages chosen for their variety: bylines, outlets, a formula-heavy page, two Chinese pages. */
const PAGES = ['nytimes-1', 'wapo-1', 'bbc-1', 'lemonde-1', 'aktualne', 'qq', 'pixnet', 'mathjax'];
const F1_FLOOR = 0.95;

let temp = '';
let pagesDir = '';

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dossier-html-corpus-'));
  pagesDir = await unpackReadabilityPages(temp);
}, 120_000);

afterAll(async () => {
  if (temp !== '') await rm(temp, { recursive: true, force: true });
});

/** Metadata compared as a reader sees it: case, spacing, punctuation and a leading "By" aside. */
function comparable(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/^\s*(?:by|par)\s+/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

async function read(
  page: CorpusPage,
): Promise<{ text: string; title: string | null; author: string | null; outlet: string | null }> {
  const extraction = await readHtml({ bytes: page.bytes, fileName: 'source.html' });
  if (!extraction.ok) throw new Error(`${page.name}: ${extraction.error}`);
  const [article] = extraction.articles;
  if (article === undefined) throw new Error(`${page.name}: no article`);
  return { text: article.paragraphs.join('\n'), title: article.title, author: article.author, outlet: article.outlet };
}

describe('readHtml on real saved pages', () => {
  it.each(PAGES)('%s: the article text and the metadata the corpus expects', async (name) => {
    const page = readReadabilityPage(pagesDir, name);
    const found = await read(page);
    expect(shingleScore(page.expected, found.text).f1).toBeGreaterThanOrEqual(F1_FLOOR);
    // Each field the corpus gives for this page, as Dossier reads it.
    const given = page.metadata ?? {};
    const pairs: [string, string | null | undefined, string | null][] = [
      ['title', given.title, found.title],
      ['byline', given.byline, found.author],
      ['siteName', given.siteName, found.outlet],
    ];
    const expected = pairs.filter(([, want]) => want).map(([field, want]) => [field, comparable(want)]);
    const actual = pairs.filter(([, want]) => want).map(([field, , got]) => [field, comparable(got)]);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});
