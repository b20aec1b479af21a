// Which highlights the bulk "add evidence" picker offers: by tag, colour, article and publication date
// range, each alone and together; a date range leaves out articles without a valid date.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, CatalogEntry } from '../../../../../src-preload/contract';
import type { Highlight } from '../../../../../src-renderer/src/db/schema';
import {
  ANY_EVIDENCE,
  matchesEvidence,
  type EvidenceFilter,
} from '../../../../../src-renderer/src/features/briefs/evidence-filter';
import { articleEntry } from '../../catalog-records';

const entry = (id: string, date: string | null): ArticleEntry =>
  articleEntry(id, { date, dateRaw: date === null ? null : date.replaceAll('-', '') });

const ENTRIES = new Map<string, CatalogEntry>([
  ['world/blinken.txt', entry('world/blinken.txt', '2022-02-11')],
  ['world/minsk.txt', entry('world/minsk.txt', '2022-02-18')],
  ['local/harbour.txt', entry('local/harbour.txt', '2024-03-18')],
  ['local/undated.txt', entry('local/undated.txt', null)],
  ['local/broken.txt', { id: 'local/broken.txt', ok: false, error: 'binary file', hash: null, size: 10, mtimeMs: 0 }],
]);

function highlight(id: string, articleId: string, color: Highlight['color'], tags: string[]): Highlight {
  return {
    id,
    libraryId: 'library-a',
    articleId,
    articleHash: `hash-${articleId}`,
    articleTitle: `Title of ${articleId}`,
    quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
    position: { start: 0, end: 7 },
    color,
    note: '',
    tags,
    createdAt: 0,
    updatedAt: 0,
  };
}

const HIGHLIGHTS: readonly Highlight[] = [
  highlight('b1', 'world/blinken.txt', 'yellow', ['diplomacy', 'us-russia']),
  highlight('b2', 'world/blinken.txt', 'red', ['diplomacy']),
  highlight('m1', 'world/minsk.txt', 'yellow', ['minsk agreements']),
  highlight('h1', 'local/harbour.txt', 'green', ['labour']),
  highlight('u1', 'local/undated.txt', 'yellow', ['diplomacy']),
  highlight('x1', 'local/broken.txt', 'yellow', ['diplomacy']),
  highlight('g1', 'local/gone.txt', 'yellow', ['diplomacy']),
];

/** Ids of the highlights a filter lets through, in order. */
function pick(filter: Partial<EvidenceFilter>): string[] {
  const full: EvidenceFilter = { ...ANY_EVIDENCE, ...filter };
  return HIGHLIGHTS.filter((h) => matchesEvidence(h, ENTRIES.get(h.articleId), full)).map((h) => h.id);
}

describe('matchesEvidence', () => {
  it('lets everything through with no filter, dated or not, in the library or not', () => {
    expect(pick({})).toEqual(['b1', 'b2', 'm1', 'h1', 'u1', 'x1', 'g1']);
  });

  it('by tag: highlights carrying that tag among others', () => {
    expect(pick({ tag: 'diplomacy' })).toEqual(['b1', 'b2', 'u1', 'x1', 'g1']);
    expect(pick({ tag: 'us-russia' })).toEqual(['b1']);
    expect(pick({ tag: 'minsk agreements' })).toEqual(['m1']);
    expect(pick({ tag: 'minsk' })).toEqual([]);
  });

  it('by colour', () => {
    expect(pick({ colour: 'red' })).toEqual(['b2']);
    expect(pick({ colour: 'green' })).toEqual(['h1']);
    expect(pick({ colour: 'blue' })).toEqual([]);
  });

  it('by article', () => {
    expect(pick({ articleId: 'world/blinken.txt' })).toEqual(['b1', 'b2']);
    expect(pick({ articleId: 'local/gone.txt' })).toEqual(['g1']);
    expect(pick({ articleId: 'nowhere.txt' })).toEqual([]);
  });

  it('by date range, inclusive at both ends', () => {
    expect(pick({ from: '2022-02-11', to: '2022-02-18' })).toEqual(['b1', 'b2', 'm1']);
    expect(pick({ from: '2022-02-12', to: '2022-02-17' })).toEqual([]);
    expect(pick({ from: '2022-02-18', to: '2022-02-18' })).toEqual(['m1']);
  });

  it('by an open-ended date range: only a start, or only an end', () => {
    expect(pick({ from: '2022-02-12' })).toEqual(['m1', 'h1']);
    expect(pick({ to: '2022-02-11' })).toEqual(['b1', 'b2']);
    expect(pick({ from: '2030-01-01' })).toEqual([]);
  });

  it('a date range leaves out undated articles, broken files and articles no longer in the library', () => {
    const everything = pick({ from: '1900-01-01', to: '2999-12-31' });
    expect(everything).toEqual(['b1', 'b2', 'm1', 'h1']);
    expect(pick({ to: '2999-12-31' })).toEqual(['b1', 'b2', 'm1', 'h1']);
    expect(pick({ from: '1900-01-01' })).toEqual(['b1', 'b2', 'm1', 'h1']);
  });

  it('combines filters: all of them must hold', () => {
    expect(pick({ tag: 'diplomacy', colour: 'yellow' })).toEqual(['b1', 'u1', 'x1', 'g1']);
    expect(pick({ tag: 'diplomacy', colour: 'yellow', articleId: 'world/blinken.txt' })).toEqual(['b1']);
    expect(pick({ tag: 'diplomacy', colour: 'yellow', from: '2022-01-01' })).toEqual(['b1']);
    expect(pick({ colour: 'yellow', from: '2022-02-12', to: '2022-12-31' })).toEqual(['m1']);
    expect(pick({ tag: 'labour', articleId: 'world/blinken.txt' })).toEqual([]);
    expect(
      pick({ tag: 'diplomacy', colour: 'red', articleId: 'world/blinken.txt', from: '2022-02-11', to: '2022-02-11' }),
    ).toEqual(['b2']);
    expect(pick({ tag: 'diplomacy', colour: 'red', articleId: 'world/blinken.txt', from: '2022-02-12' })).toEqual([]);
  });

  it('ANY_EVIDENCE is the empty filter', () => {
    expect(ANY_EVIDENCE).toEqual({ tag: null, colour: null, articleId: null, from: '', to: '' });
  });
});
