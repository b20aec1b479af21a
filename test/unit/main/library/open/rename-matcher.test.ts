// Rename matching on fake timers: a removal and an arrival with the same content pair up in either order.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenameMatcher } from '../../../../../src-main/library/open/rename-matcher';

const WINDOW_MS = 400;
let removed: string[];
let matcher: RenameMatcher;

beforeEach(() => {
  vi.useFakeTimers();
  removed = [];
  matcher = new RenameMatcher(WINDOW_MS, (id) => removed.push(id));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RenameMatcher', () => {
  it('reports a removal that nothing answers once the window has passed, not before', () => {
    expect(matcher.removed('a.txt', 'h1')).toBeNull();
    vi.advanceTimersByTime(WINDOW_MS - 1);
    expect(removed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(removed).toEqual(['a.txt']);
  });

  it('pairs a removal with a later arrival of the same content', () => {
    matcher.removed('a.txt', 'h1');
    expect(matcher.added('sub/a.txt', 'h1', true)).toBe('a.txt');
    vi.advanceTimersByTime(WINDOW_MS * 2);
    expect(removed).toEqual([]);
  });

  it('pairs an arrival with a later removal of the same content (the order some watchers report)', () => {
    expect(matcher.added('b.txt', 'h1', true)).toBeNull();
    expect(matcher.removed('a.txt', 'h1')).toBe('b.txt');
    vi.advanceTimersByTime(WINDOW_MS * 2);
    expect(removed).toEqual([]);
  });

  it('does not pair content that differs, or content without a hash', () => {
    matcher.removed('a.txt', 'h1');
    matcher.removed('big.txt', null);
    expect(matcher.added('b.txt', 'h2', true)).toBeNull();
    expect(matcher.added('huge.txt', null, true)).toBeNull();
    vi.advanceTimersByTime(WINDOW_MS);
    expect(removed.toSorted()).toEqual(['a.txt', 'big.txt']);
  });

  it('does not pair after the window has passed', () => {
    matcher.added('b.txt', 'h1', true);
    vi.advanceTimersByTime(WINDOW_MS);
    expect(matcher.removed('a.txt', 'h1')).toBeNull();
    matcher.removed('c.txt', 'h2');
    vi.advanceTimersByTime(WINDOW_MS);
    expect(matcher.added('d.txt', 'h2', true)).toBeNull();
    expect(removed).toEqual(['a.txt', 'c.txt']);
  });

  it('treats a file written again under its own name as never removed, whatever its content', () => {
    matcher.removed('a.txt', 'h1');
    expect(matcher.added('a.txt', 'h1', true)).toBeNull();
    matcher.removed('b.txt', 'h2');
    expect(matcher.added('b.txt', 'h3', true)).toBeNull();
    vi.advanceTimersByTime(WINDOW_MS * 2);
    expect(removed).toEqual([]);
  });

  it('pairs content moved over an existing file (a change, not a new id)', () => {
    matcher.removed('draft.txt', 'h1');
    expect(matcher.added('final.txt', 'h1', false)).toBe('draft.txt');
  });

  it('does not offer a changed file as the target of a later removal', () => {
    matcher.added('a.txt', 'h1', false);
    expect(matcher.removed('b.txt', 'h1')).toBeNull();
  });

  it('pairs each removal once', () => {
    matcher.removed('a.txt', 'h1');
    expect(matcher.added('b.txt', 'h1', true)).toBe('a.txt');
    expect(matcher.added('c.txt', 'h1', true)).toBeNull();
  });

  it('does not offer an arrival that went away again', () => {
    matcher.added('b.txt', 'h1', true);
    expect(matcher.removed('b.txt', 'h1')).toBeNull();
    expect(matcher.removed('a.txt', 'h1')).toBeNull();
  });

  it('forgets everything on clear, reporting nothing', () => {
    matcher.removed('a.txt', 'h1');
    matcher.added('b.txt', 'h2', true);
    matcher.clear();
    vi.advanceTimersByTime(WINDOW_MS * 2);
    expect(removed).toEqual([]);
    expect(matcher.added('c.txt', 'h1', true)).toBeNull();
    expect(matcher.removed('d.txt', 'h2')).toBeNull();
  });
});
