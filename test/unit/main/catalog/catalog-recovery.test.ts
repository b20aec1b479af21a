// A catalog file that cannot be opened (garbage, a folder in its place, pages corrupt) is moved aside and
// made again, never fatal; the damage found later by a call is handled the same way, and the call runs on.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { openCatalogStore, setAside, type CatalogSetAside } from '../../../../src-main/catalog/catalog-recovery';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { RecoveringStore } from '../../../../src-main/catalog/recovering-store';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { articleText, put, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
const stores: { close(): Promise<void> }[] = [];
let dir: string;
let file: string;
let events: CatalogSetAside[];
const AT = new Date('2024-03-05T10:22:01.123Z');
const ASIDE = 'catalog.sqlite.corrupt-2024-03-05T10-22-01-123Z';

beforeEach(async () => {
  dir = await temp.make('recovery');
  file = join(dir, 'catalog.sqlite');
  events = [];
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close().catch(() => undefined)));
  await temp.cleanup();
});

function open(): LocalCatalogStore {
  const store = openCatalogStore(
    file,
    {},
    (event) => events.push(event),
    () => AT,
  );
  stores.push(store);
  return store;
}

/** The store works: a library folder read into it is listed. */
async function readsALibrary(store: { catalogue: LocalCatalogStore['catalogue']; list: LocalCatalogStore['list'] }) {
  const root = await temp.make('recovery-lib');
  await put(root, 'a.txt', articleText('a'));
  await store.catalogue(root, await scanLibrary(root));
  return (await store.list(root)).map((entry: CatalogEntry) => entry.id);
}

describe('openCatalogStore', () => {
  it('opens a sound catalog as it is', async () => {
    const first = open();
    const ids = await readsALibrary(first);
    await first.close();
    expect(ids).toEqual(['a.txt']);
    open();
    expect(events).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.includes('corrupt'))).toEqual([]);
  });

  it('moves a file that is not a database aside, keeps it, and makes a new catalog', async () => {
    await writeFile(file, 'this is not a database, it is a note '.repeat(200));
    const store = open();
    expect(events).toEqual([
      { kind: 'catalog-set-aside', reason: 'file is not a database', movedTo: join(dir, ASIDE), inMemory: false },
    ]);
    expect(await readFile(join(dir, ASIDE), 'utf8')).toMatch(/^this is not a database/);
    expect(await readsALibrary(store)).toEqual(['a.txt']);
  });

  it('moves a folder standing where the catalog should be (a file that cannot be opened) aside', async () => {
    await mkdir(file);
    const store = open();
    expect(events).toEqual([
      { kind: 'catalog-set-aside', reason: 'unable to open database file', movedTo: join(dir, ASIDE), inMemory: false },
    ]);
    expect(await readsALibrary(store)).toEqual(['a.txt']);
  });

  it('takes the catalog’s write-ahead log along, so none of it is read into the new one', async () => {
    await writeFile(file, 'garbage '.repeat(600));
    await writeFile(`${file}-wal`, 'an old log');
    await writeFile(`${file}-shm`, 'old shared memory');
    const store = open();
    expect(await readFile(join(dir, `${ASIDE}-wal`), 'utf8')).toBe('an old log');
    // SQLite rewrote the shared memory while it tried the damaged file; it goes along all the same.
    expect(await readdir(dir)).toContain(`${ASIDE}-shm`);
    expect(await readsALibrary(store)).toEqual(['a.txt']);
    const wal = await readFile(`${file}-wal`, 'utf8').catch(() => '');
    expect(wal).not.toContain('an old log');
  });

  it('keeps the catalog in memory for the session when no new file can be made', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'a file where the data folder should be');
    file = join(blocker, 'catalog.sqlite');
    const store = open();
    expect(events).toEqual([
      { kind: 'catalog-set-aside', reason: expect.any(String) as unknown as string, movedTo: null, inMemory: true },
    ]);
    expect(store.inMemory).toBe(true);
    expect(await readsALibrary(store)).toEqual(['a.txt']);
  });
});

describe('setAside', () => {
  it('keeps only the newest two damaged copies', async () => {
    for (const [i, at] of ['2024-01-01', '2024-02-01', '2024-03-01'].entries()) {
      await writeFile(file, `copy ${i}`);
      await writeFile(`${file}-wal`, `wal ${i}`);
      setAside(file, new Date(`${at}T00:00:00.000Z`));
    }
    expect((await readdir(dir)).toSorted()).toEqual([
      'catalog.sqlite.corrupt-2024-02-01T00-00-00-000Z',
      'catalog.sqlite.corrupt-2024-02-01T00-00-00-000Z-wal',
      'catalog.sqlite.corrupt-2024-03-01T00-00-00-000Z',
      'catalog.sqlite.corrupt-2024-03-01T00-00-00-000Z-wal',
    ]);
  });
});

describe('RecoveringStore', () => {
  it('replaces a catalog whose pages a call finds corrupt, and runs the call on the new one', async () => {
    const first = open();
    const root = await temp.make('recovery-lib');
    for (let i = 0; i < 300; i++) await put(root, `a${i}.txt`, articleText(`a${i}`));
    await first.catalogue(root, await scanLibrary(root));
    await first.close();
    // The first half (the schema, the tables' roots) stays sound: the damage shows only when rows are read.
    const size = statSync(file).size;
    const from = Math.floor(size / 2 / 4096) * 4096;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - from, 0x5a), 0, size - from, from);
    closeSync(fd);

    const store = new RecoveringStore(file, {}, (event) => events.push(event));
    stores.push({ close: () => store.call('close', []).then(() => undefined) });
    expect(events).toEqual([]);

    await expect(store.call('list', [root])).resolves.toEqual([]);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'catalog-set-aside',
        reason: 'database disk image is malformed',
        inMemory: false,
      }),
    ]);
    const again = await scanLibrary(root);
    await store.call('catalogue', [root, again.slice(0, 2)]);
    expect(((await store.call('list', [root])) as CatalogEntry[]).map((entry) => entry.id)).toEqual([
      'a0.txt',
      'a1.txt',
    ]);
  });
});
