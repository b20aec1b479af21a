// The delta buffer on fake timers: changes gathered for a moment, delivered once, dropped on discard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDelta } from '../../../../../src-preload/contract';
import { DeltaBuffer } from '../../../../../src-main/library/open/delta-buffer';

const FLUSH_MS = 30;
let delivered: Omit<LibraryDelta, 'root' | 'version'>[];
let buffer: DeltaBuffer;

beforeEach(() => {
  vi.useFakeTimers();
  delivered = [];
  buffer = new DeltaBuffer(FLUSH_MS, (delta) => delivered.push(delta));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DeltaBuffer', () => {
  it('delivers the changes of one moment as one delta, in arrival order, each file named once', () => {
    buffer.upsert('a.txt');
    buffer.remove('b.txt');
    buffer.rename('c.txt', 'd.txt');
    buffer.upsert('d.txt');
    buffer.upsert('a.txt');
    expect(delivered).toEqual([]);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(delivered).toEqual([
      { upserted: ['a.txt', 'd.txt'], removed: ['b.txt'], renamed: [{ from: 'c.txt', to: 'd.txt' }] },
    ]);
  });

  it('starts afresh after a delivery', () => {
    buffer.upsert('a.txt');
    vi.advanceTimersByTime(FLUSH_MS);
    buffer.remove('a.txt');
    vi.advanceTimersByTime(FLUSH_MS);
    expect(delivered).toEqual([
      { upserted: ['a.txt'], removed: [], renamed: [] },
      { upserted: [], removed: ['a.txt'], renamed: [] },
    ]);
  });

  it('delivers nothing when nothing changed, and nothing that was discarded', () => {
    vi.advanceTimersByTime(FLUSH_MS * 3);
    buffer.upsert('a.txt');
    buffer.discard();
    vi.advanceTimersByTime(FLUSH_MS * 3);
    expect(delivered).toEqual([]);
  });
});
