// Evidence rows: a highlight with its article's entry and its outlet's grade, and the library's filters
// read against one row as main reads them against an article.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, BrokenEntry, SearchFilters } from '../../../../src-preload/contract';
import {
  evidenceRow,
  matchesLibraryFilters,
  type EvidenceRow,
} from '../../../../src-renderer/src/features/evidence/evidence-rows';
import type { Highlight, SourceRecord } from '../../../../src-renderer/src/db/schema';

function highlight(over: Partial<Highlight> = {}): Highlight {
  return {
    id: 'h1',
    libraryId: 'lib',
    articleId: 'europe/2022/kyiv.txt',
    articleHash: 'hash',
    articleTitle: 'Kyiv talks',
    quote: { exact: 'talks resume', prefix: '', suffix: '' },
    position: { start: 0, end: 12 },
    color: 'red',
    note: '',
    tags: ['talks', 'kyiv'],
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

function entry(over: Partial<ArticleEntry> = {}): ArticleEntry {
  return {
    ok: true,
    id: 'europe/2022/kyiv.txt',
    size: 10,
    mtimeMs: 1,
    paragraphs: 3,
    words: 30,
    title: 'Kyiv talks',
    date: '2022-03-10',
    dateRaw: '20220310',
    url: 'https://www.reuters.com/x',
    source: null,
    domain: 'Reuters.com',
    outlet: 'Reuters',
    author: null,
    language: 'en',
    format: 'text',
    hash: 'hash',
    warnings: [],
    ...over,
  };
}

const broken: BrokenEntry = { ok: false, id: 'europe/2022/kyiv.txt', size: 1, mtimeMs: 1, error: 'bad', hash: null };

const source = (domain: string, reliability: SourceRecord['reliability']): SourceRecord => ({
  domain,
  name: '',
  reliability,
  note: '',
  history: [],
  updatedAt: 1,
});
const SOURCES = new Map([['reuters.com', source('reuters.com', 'B')]]);

describe('evidenceRow', () => {
  it("grades the highlight with its outlet's reliability (domain read lower-cased) and its credibility", () => {
    const row = evidenceRow(highlight({ credibility: 2 }), entry(), SOURCES);
    expect(row.reliability).toBe('B');
    expect(row.grade).toBe('B2');
    expect(row.reportDate).toBe('2022-03-10');
    expect(row.entry?.title).toBe('Kyiv talks');
  });

  it('reads an unjudged part at its default, and shows no grade when neither is judged', () => {
    expect(evidenceRow(highlight(), entry(), SOURCES).grade).toBe('B6');
    expect(evidenceRow(highlight({ credibility: 3 }), entry({ domain: 'tass.ru' }), SOURCES).grade).toBe('F3');
    const unjudged = evidenceRow(highlight(), entry({ domain: 'tass.ru' }), SOURCES);
    expect(unjudged.reliability).toBe('F');
    expect(unjudged.grade).toBeNull();
  });

  it('has no entry, report date or outlet grade for an article not listed, or listed as a broken file', () => {
    for (const missing of [null, undefined, broken]) {
      const row = evidenceRow(highlight({ credibility: 1 }), missing, SOURCES);
      expect(row.entry).toBeNull();
      expect(row.reportDate).toBeNull();
      expect(row.reliability).toBe('F');
      expect(row.grade).toBe('F1');
    }
  });
});

describe('matchesLibraryFilters', () => {
  const row: EvidenceRow = evidenceRow(highlight(), entry(), SOURCES);
  const orphan: EvidenceRow = evidenceRow(highlight(), null, SOURCES);
  const matches = (filters: SearchFilters, r: EvidenceRow = row): boolean => matchesLibraryFilters(r, filters);

  it('matches everything with no filters', () => {
    expect(matches({})).toBe(true);
    expect(matches({}, orphan)).toBe(true);
  });

  it("filters by the article's date, inclusive, a reversed range read the right way round, undated left out", () => {
    expect(matches({ dateFrom: '2022-03-10' })).toBe(true);
    expect(matches({ dateFrom: '2022-03-11' })).toBe(false);
    expect(matches({ dateTo: '2022-03-10' })).toBe(true);
    expect(matches({ dateTo: '2022-03-09' })).toBe(false);
    expect(matches({ dateFrom: '2022-04-01', dateTo: '2022-03-01' })).toBe(true);
    expect(matches({ dateFrom: '2022-01-01' }, orphan)).toBe(false);
  });

  it('filters by outlet, folder (and below it, never a sibling with the same prefix) and language', () => {
    expect(matches({ domains: ['Reuters.com', 'tass.ru'] })).toBe(true);
    expect(matches({ domains: ['tass.ru'] })).toBe(false);
    expect(matches({ folder: 'europe' })).toBe(true);
    expect(matches({ folder: '/europe/2022/' })).toBe(true);
    expect(matches({ folder: 'europe/20' })).toBe(false);
    expect(matches({ folder: 'europe' }, orphan)).toBe(true);
    expect(matches({ languages: ['ru', 'en'] })).toBe(true);
    expect(matches({ languages: ['ru'] })).toBe(false);
    expect(matches({ languages: ['und'] }, evidenceRow(highlight(), entry({ language: null }), SOURCES))).toBe(true);
  });

  it('needs every tag asked for and any colour asked for, on the highlight', () => {
    expect(matches({ tags: ['kyiv'] })).toBe(true);
    expect(matches({ tags: ['kyiv', 'talks'] })).toBe(true);
    expect(matches({ tags: ['kyiv', 'ceasefire'] })).toBe(false);
    expect(matches({ colours: ['yellow', 'red'] })).toBe(true);
    expect(matches({ colours: ['yellow'] })).toBe(false);
  });

  it("takes a tag from the highlight or from its article's note, every tag asked for from either", () => {
    const noteTags = ['ceasefire', 'geneva'];
    expect(matchesLibraryFilters(row, { tags: ['ceasefire'] }, noteTags)).toBe(true);
    expect(matchesLibraryFilters(row, { tags: ['kyiv', 'geneva'] }, noteTags)).toBe(true);
    expect(matchesLibraryFilters(row, { tags: ['kyiv', 'moscow'] }, noteTags)).toBe(false);
    expect(matchesLibraryFilters(row, { tags: ['ceasefire'] }, [])).toBe(false);
    expect(matchesLibraryFilters(row, { tags: ['ceasefire'] })).toBe(false);
  });

  it("filters by the outlet's reliability, an ungraded outlet counting as F", () => {
    expect(matches({ grades: ['B'] })).toBe(true);
    expect(matches({ grades: ['A', 'C'] })).toBe(false);
    expect(matches({ grades: ['F'] }, orphan)).toBe(true);
    expect(matches({ grades: ['B'] }, orphan)).toBe(false);
  });

  it('reads "only articles without annotations" as no highlight', () => {
    expect(matches({ annotated: true })).toBe(true);
    expect(matches({ annotated: false })).toBe(false);
  });
});
