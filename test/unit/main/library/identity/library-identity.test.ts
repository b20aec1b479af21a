// Which library a folder is, through the library service over real folders and a real catalog: a moved or
// renamed folder keeps its library's id (and the page hears it), another folder gets a new one, and a
// library that lost or gained some files is still recognised.
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibrarySummary } from '../../../../../src-preload/contract';
import { LocalCatalogStore } from '../../../../../src-main/catalog/local-catalog-store';
import { LibraryRegistry } from '../../../../../src-main/library/identity/library-registry';
import { LibraryService } from '../../../../../src-main/library/library-service';
import { FakeWatch } from '../../../../support/fake-watcher';
import { articleText, put, TempDirs } from '../../../../support/temp-library';

const temp = new TempDirs();
let base = '';
let services: LibraryService[] = [];
let fakes = new FakeWatch();

beforeEach(async () => {
  base = await temp.make('identity');
  fakes = new FakeWatch();
});
afterEach(async () => {
  for (const made of services) await made.close();
  services = [];
  await temp.cleanup();
});

const registryFile = (): string => join(base, 'libraries.json');

/** A service as main makes it: the catalog and the registry in the data folder (or the registry in memory). */
function service(registry = new LibraryRegistry(registryFile())): LibraryService {
  const made = new LibraryService({
    store: new LocalCatalogStore(join(base, 'catalog.sqlite')),
    watch: fakes.watch,
    registry,
  });
  services.push(made);
  return made;
}

/** A library folder of `count` articles, each its own content (tagged `${tag}-${i}`). */
async function library(name: string, tag: string, count: number): Promise<string> {
  const root = join(base, name);
  for (let i = 0; i < count; i++) await put(root, `news/${tag}-${i}.txt`, articleText(`${tag}-${i}`));
  return root;
}

async function openedIdle(s: LibraryService, root: string): Promise<{ atOpen: string; after: LibrarySummary }> {
  const summary = await s.open(root);
  await s.whenIdle();
  return { atOpen: summary.libraryId ?? '', after: await s.summary() };
}

describe('a library folder moved or renamed', () => {
  it('keeps its id: a new one while its content is read, then its own, announced with a new summary', async () => {
    const s = service();
    const original = await library('Ukraine 2022', 'ua', 6);
    const { after: first } = await openedIdle(s, original);
    const moved = join(base, 'Archive', 'Ukraine 2022 (old)');
    await mkdir(join(base, 'Archive'));
    await rename(original, moved);
    const resets: LibrarySummary[] = [];
    s.onReset((summary) => resets.push(summary));

    const { atOpen, after } = await openedIdle(s, moved);
    expect(atOpen).not.toBe(first.libraryId);
    expect(after).toMatchObject({ root: moved, libraryId: first.libraryId, formerIds: [atOpen], otherLibraryIds: [] });
    expect(resets.map((r) => r.libraryId)).toEqual([atOpen, first.libraryId]);
    expect(resets[1]?.version).toBeGreaterThan(resets[0]?.version ?? Infinity);

    // Known by its new folder from now on, also after a restart: its id at once.
    await s.close();
    const restarted = service();
    expect((await restarted.open(moved)).libraryId).toBe(first.libraryId);
    const saved = JSON.parse(await readFile(registryFile(), 'utf8')) as { libraries: { id: string; root: string }[] };
    expect(saved.libraries.map((l) => [l.id, l.root])).toEqual([[first.libraryId, moved]]);
  });

  it('is still recognised after losing some files and gaining others', async () => {
    const s = service();
    const original = await library('Sanctions', 'sa', 20);
    const { after: first } = await openedIdle(s, original);
    const moved = join(base, 'Sanctions, renamed');
    await rename(original, moved);
    for (let i = 0; i < 6; i++) await rm(join(moved, 'news', `sa-${i}.txt`));
    for (let i = 0; i < 5; i++) await put(moved, `new/extra-${i}.txt`, articleText(`extra-${i}`));
    expect((await openedIdle(s, moved)).after.libraryId).toBe(first.libraryId);
  });

  it('is recognised at once when the catalog already holds the folder', async () => {
    const original = await library('Energy', 'en', 5);
    const first = service();
    const { after: known } = await openedIdle(first, original);
    await first.close();
    const moved = join(base, 'Energy (moved)');
    await rename(original, moved);
    // Read once without the registry (as before it existed): the catalog now holds the moved folder.
    const unregistered = service(new LibraryRegistry(null));
    await openedIdle(unregistered, moved);
    await unregistered.close();

    const s = service();
    const resets: string[] = [];
    s.onReset((summary) => resets.push(summary.libraryId ?? ''));
    const { atOpen, after } = await openedIdle(s, moved);
    expect(atOpen).toBe(known.libraryId);
    expect(after.libraryId).toBe(known.libraryId);
    expect(resets).toEqual([known.libraryId]);
  });
});

describe('another library', () => {
  it('gets a new id, though a known library is missing its folder', async () => {
    const s = service();
    const a = await library('A', 'aa', 5);
    const { after: first } = await openedIdle(s, a);
    await rm(a, { recursive: true });
    const b = await library('B', 'bb', 5);
    const { atOpen, after } = await openedIdle(s, b);
    expect(after.libraryId).toBe(atOpen);
    expect(after.libraryId).not.toBe(first.libraryId);
    expect(after.formerIds).toEqual([]);
  });

  it('a copy of a library whose folder is still there is another library', async () => {
    const s = service();
    const a = await library('A', 'aa', 5);
    const { after: first } = await openedIdle(s, a);
    const copy = join(base, 'A copy');
    await cp(a, copy, { recursive: true });
    expect((await openedIdle(s, copy)).after.libraryId).not.toBe(first.libraryId);
    expect((await openedIdle(s, a)).after.libraryId).toBe(first.libraryId);
  });

  it('switching back and forth keeps each its own id', async () => {
    const s = service();
    const a = await library('A', 'aa', 3);
    const b = await library('B', 'bb', 3);
    const idA = (await openedIdle(s, a)).after.libraryId;
    const { after: inB } = await openedIdle(s, b);
    expect(inB.libraryId).not.toBe(idA);
    expect(inB.otherLibraryIds).toEqual([idA]);
    expect(await s.open(a)).toMatchObject({ libraryId: idA, otherLibraryIds: [inB.libraryId] });
    expect((await s.open(b)).libraryId).toBe(inB.libraryId);
  });
});
