// The library list: no query text, every listed article of the root in date or title order, paged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchSort } from '../../../../src-preload/contract';
import { search } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;

const page = (sort: SearchSort, offset: number, limit: number): ReturnType<typeof search> =>
  search(lib.db, ROOT, query('', { sort, offset, limit }));

withFixtureLibrary((opened) => (lib = opened));
beforeEach(() => {
  // A file that did not parse is in the catalog but not in the list.
  lib.catalog.upsert(ROOT, {
    id: 'broken.txt',
    ok: false,
    error: 'binary file: not text',
    hash: null,
    size: 14,
    mtimeMs: 0,
  });
  // Another library in the same database is not listed either.
  lib.put(
    'elsewhere.txt',
    'Other library on the theme of the harbour\n20250101\nhttps://a.example/x\nThe text.',
    '/other',
  );
});

describe('browsing', () => {
  it('lists newest first, undated last, ties by title', () => {
    const r = page('date', 0, 50);
    expect(r.total).toBe(9);
    expect(r.hits.map((h) => h.date)).toEqual([
      '2024-06-18',
      '2024-05-22',
      '2024-05-21',
      '2024-04-09',
      '2024-03-14',
      '2023-01-01',
      '2022-02-18',
      '2022-02-11',
      null,
    ]);
    expect(r.hits.at(-1)).toMatchObject({
      id: 'science/glacier-undated.txt',
      title: 'Microbes darken mountain glaciers',
      dateRaw: 'unknown',
    });
    expect(r.hits[0]).toMatchObject({ domain: 'science.example.org', snippet: null, matchedIn: [] });
    expect(r.corrections).toEqual([]);
  });

  it('lists by title, ignoring case', () => {
    const titles = page('title', 0, 50).hits.map((h) => h.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(titles[0]).toBe(
      'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine',
    );
  });

  it('treats relevance without text as date order', () => {
    expect(page('relevance', 0, 50).hits.map((h) => h.id)).toEqual(page('date', 0, 50).hits.map((h) => h.id));
  });

  it('pages through the whole list with a stable total', () => {
    const all = page('date', 0, 50).hits.map((h) => h.id);
    const paged: string[] = [];
    for (let offset = 0; offset < 12; offset += 4) {
      const r = page('date', offset, 4);
      expect(r.total).toBe(9);
      expect(r.offset).toBe(offset);
      paged.push(...r.hits.map((h) => h.id));
    }
    expect(paged).toEqual(all);
    expect(page('date', 100, 4)).toMatchObject({ total: 9, hits: [] });
  });

  it('pages ranked results the same way', () => {
    const all = search(lib.db, ROOT, query('the', { limit: 50 })).hits.map((h) => h.id);
    const paged: string[] = [];
    for (let offset = 0; offset < 9; offset += 2) {
      const r = search(lib.db, ROOT, query('the', { offset, limit: 2 }));
      expect(r.total).toBe(9);
      paged.push(...r.hits.map((h) => h.id));
    }
    expect(paged).toEqual(all);
    expect(search(lib.db, ROOT, query('the', { offset: 40, limit: 2 }))).toMatchObject({ total: 9, hits: [] });
  });

  it('takes odd paging numbers without failing', () => {
    expect(search(lib.db, ROOT, query('', { offset: -5, limit: 2.7 })).hits).toHaveLength(2);
    expect(search(lib.db, ROOT, query('', { offset: Number.NaN, limit: 0 }))).toMatchObject({ total: 9, hits: [] });
  });

  it('has an empty list for a library it never saw', () => {
    expect(search(lib.db, '/nowhere', query(''))).toMatchObject({ total: 0, hits: [] });
    expect(search(lib.db, '/nowhere', query('lavrov'))).toMatchObject({ total: 0, hits: [] });
  });

  it('measures its own time, from the call to the answer', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValueOnce(1_000).mockReturnValueOnce(1_042.5);
    try {
      expect(page('date', 0, 5).elapsedMs).toBe(42.5);
    } finally {
      clock.mockRestore();
    }
  });
});
