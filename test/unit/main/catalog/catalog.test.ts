// The SQLite catalog on a real file: rows in and out, both kinds of entry, and what survives a reopen.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEntry, BrokenEntry } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { SEED_DATE_RAW, SEED_TITLE, SEED_URL, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let file: string;
let open: Catalog[] = [];

const ROOT = '/library/one';
const OTHER_ROOT = '/library/two';

function catalogAt(path: string): Catalog {
  const catalog = new Catalog(path);
  open.push(catalog);
  return catalog;
}

function closeAll(): void {
  for (const catalog of open) catalog.close();
  open = [];
}

const article = (id: string, hash: string, extra: Partial<ArticleEntry> = {}): ArticleEntry => ({
  id,
  ok: true,
  title: SEED_TITLE,
  date: '2022-02-11',
  dateRaw: SEED_DATE_RAW,
  url: SEED_URL,
  source: null,
  domain: 'russiaherald.com',
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: 8,
  words: 301,
  hash,
  warnings: [],
  size: 2200,
  mtimeMs: 1_700_000_000_123.456,
  ...extra,
});

const broken = (id: string, hash: string | null, error = 'binary file: not text'): BrokenEntry => ({
  id,
  ok: false,
  error,
  hash,
  size: 14,
  mtimeMs: 1_700_000_000_999.5,
});

beforeEach(async () => {
  file = join(await temp.make('catalog'), 'catalog.sqlite');
});

afterEach(async () => {
  closeAll();
  await temp.cleanup();
});

describe('Catalog', () => {
  it('gives back exactly what was put in, for readable and broken entries', () => {
    const catalog = catalogAt(file);
    const readable = article('a.txt', 'h-a', {
      warnings: ['no date line', 'markup removed from the title'],
      date: null,
    });
    const unreadable = broken('bin.txt', 'h-bin');
    const hashless = broken('huge.txt', null, 'file too large: 9.0 MB (the limit is 8.0 MB)');
    catalog.upsert(ROOT, readable);
    catalog.upsert(ROOT, unreadable);
    catalog.upsert(ROOT, hashless);
    expect(catalog.get(ROOT, 'a.txt')).toEqual(readable);
    expect(catalog.get(ROOT, 'bin.txt')).toEqual(unreadable);
    expect(catalog.get(ROOT, 'huge.txt')).toEqual(hashless);
  });

  it('lists a root in path order and keeps roots apart', () => {
    const catalog = catalogAt(file);
    catalog.upsert(ROOT, article('b/z.txt', 'h1'));
    catalog.upsert(ROOT, article('a.txt', 'h2'));
    catalog.upsert(ROOT, broken('b/a.txt', null));
    catalog.upsert(OTHER_ROOT, article('a.txt', 'h3'));
    expect(catalog.list(ROOT).map((entry) => entry.id)).toEqual(['a.txt', 'b/a.txt', 'b/z.txt']);
    expect(catalog.list(OTHER_ROOT).map((entry) => entry.hash)).toEqual(['h3']);
    expect(catalog.list('/library/none')).toEqual([]);
    expect(catalog.get(OTHER_ROOT, 'b/z.txt')).toBeNull();
  });

  it('replaces a row on upsert, including a readable file that became broken and back', () => {
    const catalog = catalogAt(file);
    catalog.upsert(ROOT, article('a.txt', 'h1', { title: 'First' }));
    catalog.upsert(ROOT, article('a.txt', 'h2', { title: 'Second', paragraphs: 3 }));
    expect(catalog.get(ROOT, 'a.txt')).toMatchObject({ ok: true, title: 'Second', hash: 'h2', paragraphs: 3 });
    catalog.upsert(ROOT, broken('a.txt', 'h3'));
    expect(catalog.get(ROOT, 'a.txt')).toEqual(broken('a.txt', 'h3'));
    const again = article('a.txt', 'h4');
    catalog.upsert(ROOT, again);
    expect(catalog.get(ROOT, 'a.txt')).toEqual(again);
    expect(catalog.list(ROOT)).toHaveLength(1);
  });

  it('removes a row, and removing a missing row is harmless', () => {
    const catalog = catalogAt(file);
    catalog.upsert(ROOT, article('a.txt', 'h1'));
    catalog.upsert(OTHER_ROOT, article('a.txt', 'h1'));
    catalog.remove(ROOT, 'a.txt');
    catalog.remove(ROOT, 'never-there.txt');
    expect(catalog.get(ROOT, 'a.txt')).toBeNull();
    expect(catalog.get(OTHER_ROOT, 'a.txt')).toEqual(article('a.txt', 'h1'));
  });

  it('finds a file by content hash within one root', () => {
    const catalog = catalogAt(file);
    catalog.upsert(ROOT, article('b.txt', 'same'));
    catalog.upsert(ROOT, article('a.txt', 'same'));
    catalog.upsert(ROOT, broken('bin.txt', 'binary-hash'));
    catalog.upsert(OTHER_ROOT, article('x.txt', 'other'));
    expect(catalog.findByHash(ROOT, 'same')).toBe('a.txt');
    expect(catalog.findByHash(ROOT, 'binary-hash')).toBe('bin.txt');
    expect(catalog.findByHash(ROOT, 'other')).toBeNull();
    expect(catalog.findByHash(ROOT, 'unknown')).toBeNull();
    catalog.remove(ROOT, 'a.txt');
    expect(catalog.findByHash(ROOT, 'same')).toBe('b.txt');
  });

  it('keeps every row across closing and reopening the same file', () => {
    const first = new Catalog(file);
    const readable = article('sub/a.txt', 'h-a', { warnings: ['no source URL line'], url: null, domain: null });
    const unreadable = broken('bin.txt', 'h-bin');
    first.upsert(ROOT, readable);
    first.upsert(ROOT, unreadable);
    first.upsert(ROOT, article('gone.txt', 'h-gone'));
    first.remove(ROOT, 'gone.txt');
    first.close();

    const second = catalogAt(file);
    expect(second.list(ROOT)).toEqual([unreadable, readable]);
    expect(second.findByHash(ROOT, 'h-a')).toBe('sub/a.txt');
    expect(second.get(ROOT, 'gone.txt')).toBeNull();
  });

  it('commits a batch as a whole, and rolls it back as a whole when it throws', () => {
    const catalog = catalogAt(file);
    catalog.batch(() => {
      catalog.upsert(ROOT, article('a.txt', 'h1'));
      catalog.upsert(ROOT, article('b.txt', 'h2'));
    });
    expect(() =>
      catalog.batch(() => {
        catalog.upsert(ROOT, article('c.txt', 'h3'));
        catalog.remove(ROOT, 'a.txt');
        throw new Error('disk on fire');
      }),
    ).toThrow('disk on fire');
    expect(catalog.list(ROOT).map((entry) => entry.id)).toEqual(['a.txt', 'b.txt']);
    catalog.upsert(ROOT, article('d.txt', 'h4'));
    expect(catalog.get(ROOT, 'd.txt')).toEqual(article('d.txt', 'h4'));
  });

  it('works as a throwaway in-memory catalog', () => {
    const catalog = catalogAt(':memory:');
    catalog.upsert(ROOT, article('a.txt', 'h1'));
    expect(catalog.list(ROOT)).toHaveLength(1);
  });
});
