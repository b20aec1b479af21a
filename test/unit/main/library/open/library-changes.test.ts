// From catalog writes to what the page hears, on fake timers: deltas gathered for a moment, a removal and
// an arrival of the same content as one rename, background steps never held for renames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry, LibraryDelta } from '../../../../../src-preload/contract';
import type { WriteResult } from '../../../../../src-main/catalog/catalog-store';
import { LibraryChanges } from '../../../../../src-main/library/open/library-changes';
import { Listing } from '../../../../../src-main/library/open/listing';

const RENAME_MS = 400;
const FLUSH_MS = 30;
const broken = (id: string, hash: string): CatalogEntry => ({ id, ok: false, error: 'x', hash, size: 1, mtimeMs: 1 });
let seq = 0;
const wrote = (...written: [string, CatalogEntry | null][]): WriteResult => ({
  seq: ++seq,
  written: written.map(([id, entry]) => ({ id, entry })),
});

let delivered: Omit<LibraryDelta, 'root' | 'version'>[];
let changes: LibraryChanges;

beforeEach(() => {
  vi.useFakeTimers();
  delivered = [];
  changes = new LibraryChanges(
    new Listing([broken('a.txt', 'h-a'), broken('b.txt', 'h-b')]),
    { renameWindowMs: RENAME_MS, flushMs: FLUSH_MS },
    (delta) => delivered.push(delta),
  );
});
afterEach(() => vi.useRealTimers());

describe('LibraryChanges', () => {
  it('reports a file moved by a watch event as one rename, and lists it under its new name', () => {
    changes.written(wrote(['a.txt', null]), 'event');
    changes.written(wrote(['sub/a.txt', broken('sub/a.txt', 'h-a')]), 'event');
    vi.advanceTimersByTime(RENAME_MS * 2);
    expect(delivered).toEqual([
      { upserted: ['sub/a.txt'], removed: [], renamed: [{ from: 'a.txt', to: 'sub/a.txt' }] },
    ]);
    expect(changes.listing.all().map((entry) => entry.id)).toEqual(['b.txt', 'sub/a.txt']);
  });

  it('reports a removal once the rename window has passed with no file of the same content', () => {
    changes.written(wrote(['a.txt', null]), 'event');
    vi.advanceTimersByTime(RENAME_MS - 1);
    expect(delivered).toEqual([]);
    vi.advanceTimersByTime(FLUSH_MS + 1);
    expect(delivered).toEqual([{ upserted: [], removed: ['a.txt'], renamed: [] }]);
  });

  it('does not look for renames among a background read’s files, only lists them', () => {
    changes.written(wrote(['c.txt', broken('c.txt', 'h-c')]), 'background');
    changes.written(wrote(['b.txt', null]), 'event');
    changes.written(wrote(['d.txt', broken('d.txt', 'h-b')]), 'background');
    vi.advanceTimersByTime(RENAME_MS + FLUSH_MS);
    expect(delivered.flatMap((delta) => delta.renamed)).toEqual([]);
    expect(delivered.flatMap((delta) => delta.upserted)).toEqual(['c.txt', 'd.txt']);
    expect(delivered.flatMap((delta) => delta.removed)).toEqual(['b.txt']);
  });

  it('says nothing of a write the list already shows a newer state of', () => {
    changes.written({ seq: 100, written: [{ id: 'a.txt', entry: null }] }, 'event');
    changes.written({ seq: 99, written: [{ id: 'a.txt', entry: broken('a.txt', 'h-old') }] }, 'background');
    vi.advanceTimersByTime(RENAME_MS + FLUSH_MS);
    expect(delivered).toEqual([{ upserted: [], removed: ['a.txt'], renamed: [] }]);
    expect(changes.listing.get('a.txt')).toBeUndefined();
  });

  it('drops what it holds when discarded', () => {
    changes.written(wrote(['a.txt', null], ['e.txt', broken('e.txt', 'h-e')]), 'event');
    changes.discard();
    vi.advanceTimersByTime(RENAME_MS * 2);
    expect(delivered).toEqual([]);
  });
});
