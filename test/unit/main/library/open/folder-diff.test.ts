// The folder as scanned against what the library lists: what to read again, and what is gone.
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../../src-preload/contract';
import { diffFolder, unchanged } from '../../../../../src-main/library/open/folder-diff';
import { Listing } from '../../../../../src-main/library/open/listing';
import type { ScannedFile } from '../../../../../src-main/library/scanner';

const file = (id: string, size = 10, mtimeMs = 1): ScannedFile => ({ id, path: `/lib/${id}`, size, mtimeMs });
const broken = (id: string, size = 10, mtimeMs = 1): CatalogEntry => ({
  id,
  ok: false,
  error: 'binary file: not text',
  hash: null,
  size,
  mtimeMs,
});

describe('unchanged', () => {
  it('holds only when size and modification time are both the same', () => {
    expect(unchanged(broken('a.txt'), file('a.txt'))).toBe(true);
    expect(unchanged(broken('a.txt', 11), file('a.txt'))).toBe(false);
    expect(unchanged(broken('a.txt', 10, 2), file('a.txt'))).toBe(false);
    expect(unchanged(undefined, file('a.txt'))).toBe(false);
  });
});

describe('diffFolder', () => {
  it('reads new and changed files, and names listed files the folder no longer holds', () => {
    const listing = new Listing([broken('same.txt'), broken('edited.txt'), broken('gone.txt'), broken('sub/gone.txt')]);
    const scanned = [file('edited.txt', 12), file('new.txt'), file('same.txt')];
    const { stale, vanished } = diffFolder(scanned, listing);
    expect(stale.map((f) => f.id)).toEqual(['edited.txt', 'new.txt']);
    expect(vanished).toEqual(['gone.txt', 'sub/gone.txt']);
  });

  it('finds nothing to do when the folder and the list agree', () => {
    expect(diffFolder([file('a.txt')], new Listing([broken('a.txt')]))).toEqual({ stale: [], vanished: [] });
  });
});
