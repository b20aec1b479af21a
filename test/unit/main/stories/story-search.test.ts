// The library list and search with stories: every hit of an article with copies says so, and grouped,
// a story is one row (its best-placed copy in the list's order) and the totals count stories, in the plain
// list, in ranked search and in result sets too large to rank exactly.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../../src-preload/contract';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { search } from '../../../../src-main/search/search-index';
import { put, TempDirs } from '../../../support/temp-library';
import { searchQuery } from '../../../support/search-query';
import { articleFile, republished, story, trimmed } from './story-text';

const temp = new TempDirs();
let root: string;
let file: string;
let store: LocalCatalogStore;

const original = story(210);
const FILES: Record<string, string> = {
  'wire/origin.txt': articleFile('The address', '20240301', 'https://wire.example/o', original),
  'wire/copy-times.txt': articleFile(
    'Leaders weigh',
    '20240302',
    'https://times.example/a',
    republished(original, 4, 'LONDON'),
  ),
  'wire/copy-herald.txt': articleFile(
    'What it said',
    '20240303',
    'https://herald.example/b',
    republished(original, 9, 'NY'),
  ),
  'wire/copy-post.txt': articleFile('In brief', '20240302', 'https://post.example/c', trimmed(original, 8)),
  'other/unrelated.txt': articleFile('Another year', '20240301', 'https://wire.example/x', story(120)),
  'other/pair-a.txt': articleFile('A second story', '20240305', 'https://a.example/p', story(60)),
  'other/pair-b.txt': articleFile('A second story, again', '20240306', 'https://b.example/p', story(60)),
};

beforeAll(async () => {
  root = await temp.make('stories-search');
  file = join(await temp.make('stories-search-data'), 'catalog.sqlite');
  for (const [id, text] of Object.entries(FILES)) await put(root, id, text);
  store = new LocalCatalogStore(file);
  await store.ingest(root, await scanLibrary(root));
});

afterAll(async () => {
  await store.close();
  await temp.cleanup();
});

const list = (extra: Partial<SearchQuery> = {}): SearchQuery => searchQuery('', { sort: 'date', ...extra });
const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);

describe('hits and their stories', () => {
  it('tags every copy with its story, how many copies it has and whether it is the origin', async () => {
    const { hits, total } = await store.search(root, list());
    expect(total).toBe(7);
    const tag = (id: string): unknown => hits.find((hit) => hit.id === id)?.story;
    const wireId = (tag('wire/origin.txt') as { id: string }).id;
    expect(tag('wire/origin.txt')).toEqual({ id: wireId, copies: 4, origin: true });
    expect(tag('wire/copy-post.txt')).toEqual({ id: wireId, copies: 4, origin: false });
    expect(tag('other/pair-b.txt')).toMatchObject({ copies: 2, origin: false });
    expect(tag('other/unrelated.txt')).toBeUndefined();
  });

  it('lists one row per story, newest copy first in date order, and counts stories', async () => {
    const grouped = await store.search(root, list({ groupStories: true }));
    expect(ids(grouped.hits)).toEqual(['other/pair-b.txt', 'wire/copy-herald.txt', 'other/unrelated.txt']);
    expect(grouped.total).toBe(3);
    expect(grouped.hits[1]?.story).toMatchObject({ copies: 4, origin: false });
    const byTitle = await store.search(root, list({ groupStories: true, sort: 'title' }));
    expect(ids(byTitle.hits)).toEqual(['other/pair-a.txt', 'other/unrelated.txt', 'wire/copy-post.txt']);
    const second = await store.search(root, list({ groupStories: true, offset: 1, limit: 1 }));
    expect(ids(second.hits)).toEqual(['wire/copy-herald.txt']);
    expect(second.total).toBe(3);
  });

  it('stands a story for by its best-placed copy among those the filters keep', async () => {
    const grouped = await store.search(root, list({ groupStories: true, filters: { domains: ['wire.example'] } }));
    // Both dated the 1st: by title.
    expect(ids(grouped.hits)).toEqual(['other/unrelated.txt', 'wire/origin.txt']);
    expect(grouped.total).toBe(2);
  });

  it('groups ranked search, exact and too large to rank exactly, by relevance, date and title', async () => {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      for (const exactLimit of [4000, 1]) {
        for (const sort of ['relevance', 'date', 'title'] as const) {
          const query = searchQuery('peacetime', { sort, groupStories: true });
          const found = search(db, root, query, { exactLimit });
          expect(found.total).toBe(1);
          expect(found.hits).toHaveLength(1);
          expect(found.hits[0]?.story?.copies).toBe(4);
          const all = search(db, root, { ...query, text: 'president' }, { exactLimit });
          const plain = search(db, root, { ...query, text: 'president', groupStories: false }, { exactLimit });
          const stories = new Set(plain.hits.map((hit) => hit.story?.id ?? hit.id));
          expect(all.total).toBe(stories.size);
          expect(new Set(all.hits.map((hit) => hit.story?.id ?? hit.id))).toEqual(stories);
        }
      }
      const byDate = search(db, root, searchQuery('peacetime', { sort: 'date', groupStories: true }), {
        exactLimit: 1,
      });
      expect(ids(byDate.hits)).toEqual(['wire/copy-herald.txt']);
    } finally {
      db.close();
    }
  });
});
