// The delta buffer on fake timers: changes gathered for a moment, delivered once, dropped on discard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry, LibraryDelta } from '../../../../src-preload/contract';
import { DeltaBuffer } from '../../../../src-main/library/delta-buffer';

const FLUSH_MS = 30;
let delivered: Omit<LibraryDelta, 'root'>[];
let buffer: DeltaBuffer;

const entry = (id: string): CatalogEntry => ({ id, ok: false, error: 'empty file', hash: null, size: 0, mtimeMs: 1 });

beforeEach(() => {
  vi.useFakeTimers();
  delivered = [];
  buffer = new DeltaBuffer(FLUSH_MS, (delta) => delivered.push(delta));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DeltaBuffer', () => {
  it('delivers the changes of one moment as one delta, in arrival order', () => {
    buffer.upsert(entry('a.txt'));
    buffer.remove('b.txt');
    buffer.rename('c.txt', 'd.txt');
    buffer.upsert(entry('d.txt'));
    expect(delivered).toEqual([]);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(delivered).toEqual([
      { upserted: [entry('a.txt'), entry('d.txt')], removed: ['b.txt'], renamed: [{ from: 'c.txt', to: 'd.txt' }] },
    ]);
  });

  it('starts afresh after a delivery', () => {
    buffer.upsert(entry('a.txt'));
    vi.advanceTimersByTime(FLUSH_MS);
    buffer.remove('a.txt');
    vi.advanceTimersByTime(FLUSH_MS);
    expect(delivered).toEqual([
      { upserted: [entry('a.txt')], removed: [], renamed: [] },
      { upserted: [], removed: ['a.txt'], renamed: [] },
    ]);
  });

  it('delivers nothing when nothing changed, and nothing that was discarded', () => {
    vi.advanceTimersByTime(FLUSH_MS * 3);
    buffer.upsert(entry('a.txt'));
    buffer.discard();
    vi.advanceTimersByTime(FLUSH_MS * 3);
    expect(delivered).toEqual([]);
  });
});
