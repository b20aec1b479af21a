// LibraryService.open over real temp folders and a fake watcher: the first listing, catalog reuse on a
// reopen, a folder that cannot be opened, and opens that overlap. It waits on the service's own promises
// (whenIdle) and events, never on time.
import { rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LibrarySummary } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import { LibraryLog } from '../../../support/library-log';
import {
  articleText,
  BINARY_BYTES,
  put,
  SEED_DATE_RAW,
  SEED_PARAGRAPHS,
  SEED_TEXT,
  SEED_TITLE,
} from '../../../support/temp-library';
import { entryOf, ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

// The real readCatalogEntry, counted: a reopen that re-parses an unchanged file shows up here.
vi.mock('../../../../src-main/catalog/reading/read-entry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/catalog/reading/read-entry')>();
  return { ...actual, readCatalogEntry: vi.fn<typeof actual.readCatalogEntry>(actual.readCatalogEntry) };
});

let root: string;
let dataDir: string;
let fakes: ServiceHarness['fakes'];
let temp: ServiceHarness['temp'];
let createService: ServiceHarness['createService'];
withLibraryService((h) => ({ root, dataDir, fakes, temp, createService } = h));

describe('open', () => {
  it('lists every article file, readable and broken, and tells reset listeners', async () => {
    await put(root, 'a.txt', SEED_TEXT);
    await put(root, 'sub/b.md', articleText('md'));
    await put(root, 'bin.txt', BINARY_BYTES);
    await put(root, '.hidden.txt', SEED_TEXT);
    await put(root, 'photo.png', BINARY_BYTES);
    const service = createService();
    const resets: LibrarySummary[] = [];
    service.onReset((summary) => resets.push(summary));

    const atOpen = await opened(service, root);

    expect(atOpen).toMatchObject({ root, scanning: true });
    expect(resets).toEqual([atOpen]);
    const summary = await service.summary();
    expect(summary).toMatchObject({
      root,
      scanning: false,
      articles: 2,
      brokenTotal: 1,
      domains: ['russiaherald.com'],
    });
    expect(summary.folders).toEqual(['sub']);
    expect(summary.broken.map((entry) => entry.id)).toEqual(['bin.txt']);
    expect(ids(service)).toEqual(['a.txt', 'bin.txt', 'sub/b.md']);
    expect(entryOf(service, 'a.txt')).toMatchObject({
      ok: true,
      title: SEED_TITLE,
      date: '2022-02-11',
      dateRaw: SEED_DATE_RAW,
      domain: 'russiaherald.com',
      paragraphs: SEED_PARAGRAPHS.length,
    });
    expect(entryOf(service, 'bin.txt')).toMatchObject({ ok: false, error: 'binary file: not text' });
  });

  it('reuses catalog rows for unchanged files when the same catalog file is opened again', async () => {
    const catalogFile = join(dataDir, 'reuse.sqlite');
    await put(root, 'same.txt', SEED_TEXT);
    await put(root, 'edited.txt', articleText('edited'));
    await put(root, 'deleted.txt', articleText('deleted'));
    const first = createService(catalogFile);
    await opened(first, root);
    await first.close();

    // Doctor the row of an unchanged file: only a reopen that trusts the catalog can show this title.
    const direct = new Catalog(catalogFile);
    const row = direct.get(root, 'same.txt');
    if (!row?.ok) throw new Error('same.txt should be catalogued as readable');
    direct.upsert(root, { ...row, title: 'Title that only the catalog knows' });
    direct.close();
    await writeFile(join(root, 'edited.txt'), articleText('edited', 3));
    await rm(join(root, 'deleted.txt'));
    await put(root, 'added.txt', articleText('added'));
    vi.mocked(readCatalogEntry).mockClear();

    const second = createService(catalogFile);
    const log = new LibraryLog(second);
    const summary = await second.open(root);
    // Listed from the catalog at once, the deleted file too; the folder is compared with it after.
    expect(summary.articles).toBe(3);
    await second.whenIdle();

    expect(ids(second)).toEqual(['added.txt', 'edited.txt', 'same.txt']);
    expect(entryOf(second, 'same.txt')).toMatchObject({ title: 'Title that only the catalog knows' });
    expect(entryOf(second, 'edited.txt')).toMatchObject({ ok: true, paragraphs: 3 });
    await log.waitFor('deleted.txt removed', () => log.removed().includes('deleted.txt'));
    // Listed first, indexed after: each new or changed file is read for both; the unchanged one never.
    const parsed = new Set(vi.mocked(readCatalogEntry).mock.calls.map(([id]) => id));
    expect(parsed).toEqual(new Set(['added.txt', 'edited.txt']));
  });

  it('re-parses a file whose modification time changed even when its size did not', async () => {
    const catalogFile = join(dataDir, 'mtime.sqlite');
    await put(root, 'a.txt', articleText('one'));
    const first = createService(catalogFile);
    await opened(first, root);
    await first.close();
    await writeFile(join(root, 'a.txt'), articleText('two')); // same length, other content
    const later = new Date(Date.now() + 5000);
    await utimes(join(root, 'a.txt'), later, later);

    const reopened = createService(catalogFile);
    await opened(reopened, root);
    expect(reopened.listed()[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [two]` });
  });

  it('keeps the open library as it was when a folder cannot be opened', async () => {
    await put(root, 'a.txt', SEED_TEXT);
    const service = createService();
    await opened(service, root);
    const log = new LibraryLog(service);

    await expect(service.open(join(root, 'no-such-folder'))).rejects.toThrow(/ENOENT/);

    expect(service.currentRoot).toBe(root);
    expect(ids(service)).toEqual(['a.txt']);
    expect(fakes.of(root).closed).toBe(false);
    await put(root, 'b.txt', articleText('b'));
    fakes.of(root).add('b.txt');
    await log.waitFor('b.txt upserted', () => log.upserts('b.txt').length > 0);
  });

  it('leaves no watcher running for a folder opened while its watcher was still starting', async () => {
    const rootA = await temp.make('lib-a');
    const rootB = await temp.make('lib-b');
    await put(rootA, 'a.txt', SEED_TEXT);
    await put(rootB, 'b.txt', articleText('b'));
    const service = createService();
    const resets: LibrarySummary[] = [];
    service.onReset((summary) => resets.push(summary));
    const release = fakes.holdStarts();

    await service.open(rootA);
    await fakes.startedCount(1); // A's watcher is starting, held
    const second = service.open(rootB);
    await fakes.startedCount(2);
    release();
    await second;
    await service.whenIdle();

    expect(service.currentRoot).toBe(rootB);
    expect(ids(service)).toEqual(['b.txt']);
    expect(resets.map((summary) => summary.root)).toEqual([rootA, rootB]);
    expect(await service.summary()).toMatchObject({ root: rootB, articles: 1, domains: ['russiaherald.com'] });
    await service.close();
    expect(fakes.open()).toEqual([]);
    expect(fakes.started.map((watcher) => watcher.root)).toEqual([rootA, rootB]);
  });

  it('takes concurrent opens in turn: the last one asked for is the one open', async () => {
    const rootB = await temp.make('lib-b');
    await put(root, 'a.txt', SEED_TEXT);
    await put(rootB, 'b.txt', articleText('b'));
    const service = createService();
    await Promise.all([service.open(root), service.open(rootB)]);
    await service.whenIdle();
    expect(service.currentRoot).toBe(rootB);
    expect(ids(service)).toEqual(['b.txt']);
    expect(fakes.open().map((watcher) => watcher.root)).toEqual([rootB]);
  });
});
