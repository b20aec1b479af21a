// Catalog records for the page's tests: an article entry made from its id, and the seed article as the
// reader reads it and as the catalog lists it.
import type { Article, ArticleEntry } from '../../../src-preload/contract';
import { SEED_ARTICLE } from '../../fixtures/anchoring/seed-article';

/** A readable article's entry, every field derived from its id unless given. */
export function articleEntry(id: string, overrides: Partial<ArticleEntry> = {}): ArticleEntry {
  return {
    id,
    ok: true,
    title: `Title of ${id}`,
    date: '2022-02-11',
    dateRaw: '20220211',
    url: null,
    source: null,
    domain: null,
    outlet: null,
    author: null,
    language: null,
    format: 'text',
    paragraphs: 3,
    words: 100,
    hash: `hash-${id}`,
    warnings: [],
    size: 600,
    mtimeMs: 0,
    ...overrides,
  };
}

export const SEED_ID = `seed/${SEED_ARTICLE.file}`;
export const SEED_HASH = 'f504e259ab38e0c953c94b011ca6cbf43564f753391f4f0da04b530cb3fbcbb7';

/** The seed article as main reads it. */
export const SEED_READ: Article = {
  id: SEED_ID,
  title: SEED_ARTICLE.title,
  date: '2022-02-11',
  dateRaw: SEED_ARTICLE.date,
  url: SEED_ARTICLE.url,
  source: null,
  domain: 'russiaherald.com',
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: SEED_ARTICLE.paragraphs,
  hash: SEED_HASH,
  warnings: [],
};

/** The seed article as the catalog lists it. */
export const SEED_ENTRY: ArticleEntry = articleEntry(SEED_ID, {
  title: SEED_ARTICLE.title,
  dateRaw: SEED_ARTICLE.date,
  url: SEED_ARTICLE.url,
  domain: 'russiaherald.com',
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: SEED_ARTICLE.paragraphs.length,
  words: 400,
  hash: SEED_HASH,
  size: 2300,
  mtimeMs: 1_700_000_000_000,
});

/** The seed article as a brief cites it. */
export const SEED_SOURCE = {
  articleId: SEED_ID,
  title: SEED_ARTICLE.title,
  outlet: 'russiaherald.com',
  author: null,
  date: '2022-02-11',
  url: SEED_ARTICLE.url,
} as const;
