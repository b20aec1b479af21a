// A bulk load sets the catalog's secondary indexes aside and builds them at its end; lists, sorted
// searches and duplicate lookups keep working meanwhile, and a store closed mid-load leaves them rebuilt.
import { DatabaseSync } from 'node:sqlite';
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { articleText, put, TempDirs } from '../../../support/temp-library';
import { searchQuery } from '../../../support/search-query';

const temp = new TempDirs();
let root: string;
let file: string;

const SECONDARY = ['files_hash', 'search_files_date', 'search_files_title'];

function indexes(): string[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const rows = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' " +
          "AND name IN ('files_hash', 'search_files_date', 'search_files_title') ORDER BY name",
      )
      .all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

const byDate = (text: string): ReturnType<typeof searchQuery> => searchQuery(text, { sort: 'date', limit: 10 });

beforeEach(async () => {
  root = await temp.make('bulk');
  file = join(await temp.make('bulk-data'), 'catalog.sqlite');
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => put(root, `f/${String(i).padStart(2, '0')}.txt`, articleText(`bulk ${i}`, 2))),
  );
});

afterEach(() => temp.cleanup());

describe('indexPending', () => {
  it('indexes only what still leads inside the library: a file swapped for a link out is left out', async () => {
    const store = new LocalCatalogStore(file);
    await store.catalogue(root, await scanLibrary(root));
    const outside = await temp.make('bulk-outside');
    await put(outside, 'secret.txt', articleText('zanzibarian secret', 2));
    await rm(join(root, 'f/03.txt'));
    await symlink(join(outside, 'secret.txt'), join(root, 'f/03.txt'));
    expect(await store.indexPending(root, await store.pendingIds(root))).toBe(0);
    expect((await store.search(root, byDate('zanzibarian'))).total).toBe(0);
    expect((await store.search(root, byDate('bulk'))).total).toBe(29);
    await store.close();
  });
});

describe('setBulkLoad', () => {
  it('sets the indexes aside while rows go in, keeps lists and searches working, builds them at the end', async () => {
    const store = new LocalCatalogStore(file);
    const files = await scanLibrary(root);
    await store.setBulkLoad(true);
    expect(indexes()).toEqual([]);
    const step = await store.catalogue(root, files);
    expect(await store.list(root)).toHaveLength(30);
    const listed = await store.search(root, byDate(''));
    expect(listed.total).toBe(30);
    const first = step.written[0]?.entry;
    expect(await store.findByHash(root, first?.hash ?? '')).toBe('f/00.txt');
    expect(await store.indexPending(root, await store.pendingIds(root))).toBe(0);
    expect((await store.search(root, byDate('bulk'))).total).toBe(30);
    await store.setBulkLoad(false);
    expect(indexes()).toEqual(SECONDARY.toSorted());
    expect((await store.search(root, byDate('bulk'))).hits).toHaveLength(10);
    await store.close();
  });

  it('rebuilds the indexes when closed in the middle of a load, or when a catalog without them is opened', async () => {
    const store = new LocalCatalogStore(file);
    await store.setBulkLoad(true);
    await store.catalogue(root, await scanLibrary(root));
    await store.close();
    expect(indexes()).toEqual(SECONDARY.toSorted());

    const db = new DatabaseSync(file);
    db.exec('DROP INDEX files_hash; DROP INDEX search_files_date; DROP INDEX search_files_title;');
    db.close();
    const reopened = new LocalCatalogStore(file);
    expect(indexes()).toEqual(SECONDARY.toSorted());
    expect(await reopened.list(root)).toHaveLength(30);
    await reopened.close();
  });
});
