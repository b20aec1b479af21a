// LibraryService.open over real temp folders and a fake watcher: the first listing, catalog reuse on a
// reopen, a folder that cannot be opened, and opens that overlap. It waits on the service's own promises
// (whenIdle) and events, never on time.
import { rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LibrarySummary } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { LibraryService } from '../../../../src-main/library/library-service';
import { Gate } from '../../../support/gate';
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

let h: ServiceHarness;
withLibraryService((made) => (h = made));

describe('open', () => {
  it('lists every article file, readable and broken, and tells reset listeners', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    await put(h.root, 'sub/b.md', articleText('md'));
    await put(h.root, 'bin.txt', BINARY_BYTES);
    await put(h.root, '.hidden.txt', SEED_TEXT);
    await put(h.root, 'photo.png', BINARY_BYTES);
    const service = h.createService();
    const resets: LibrarySummary[] = [];
    service.onReset((summary) => resets.push(summary));

    const atOpen = await opened(service, h.root);

    expect(atOpen).toMatchObject({ root: h.root, scanning: true });
    expect(resets).toEqual([atOpen]);
    const summary = await service.summary();
    expect(summary).toMatchObject({
      root: h.root,
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
    const catalogFile = join(h.dataDir, 'reuse.sqlite');
    await put(h.root, 'same.txt', SEED_TEXT);
    await put(h.root, 'edited.txt', articleText('edited'));
    await put(h.root, 'deleted.txt', articleText('deleted'));
    const first = h.createService(catalogFile);
    await opened(first, h.root);
    await first.close();

    // Doctor the row of an unchanged file: only a reopen that trusts the catalog can show this title.
    const direct = new Catalog(catalogFile);
    const row = direct.get(h.root, 'same.txt');
    if (!row?.ok) throw new Error('same.txt should be catalogued as readable');
    direct.upsert(h.root, { ...row, title: 'Title that only the catalog knows' });
    direct.close();
    await writeFile(join(h.root, 'edited.txt'), articleText('edited', 3));
    await rm(join(h.root, 'deleted.txt'));
    await put(h.root, 'added.txt', articleText('added'));
    vi.mocked(readCatalogEntry).mockClear();

    const second = h.createService(catalogFile);
    const log = new LibraryLog(second);
    const summary = await second.open(h.root);
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
    const catalogFile = join(h.dataDir, 'mtime.sqlite');
    await put(h.root, 'a.txt', articleText('one'));
    const first = h.createService(catalogFile);
    await opened(first, h.root);
    await first.close();
    await writeFile(join(h.root, 'a.txt'), articleText('two')); // same length, other content
    const later = new Date(Date.now() + 5000);
    await utimes(join(h.root, 'a.txt'), later, later);

    const reopened = h.createService(catalogFile);
    await opened(reopened, h.root);
    expect(reopened.listed()[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [two]` });
  });

  it('announces a folder before it watches or reads it, so no change of it comes before its summary', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    const asked = new Gate();
    const answer = new Gate();
    const store = new LocalCatalogStore(join(h.dataDir, 'gated.sqlite'));
    const summary = store.summary.bind(store);
    store.summary = async (...args) => {
      asked.release();
      await answer.opened;
      return summary(...args);
    };
    const service = new LibraryService({ store, watch: h.fakes.watch, flushMs: 10 });
    const heard: string[] = [];
    service.onReset((s) => heard.push(`reset ${s.version} scanning=${s.scanning}`));
    service.onChanged((d) => heard.push(`changed ${d.version}`));
    try {
      const opening = service.open(h.root);
      await asked.opened;
      expect(h.fakes.started).toEqual([]);
      answer.release();
      await opening;
      await service.whenIdle();
      expect(heard[0]).toBe('reset 1 scanning=true');
      expect(heard.slice(1).every((event) => event.startsWith('changed '))).toBe(true);
      expect(heard.length).toBeGreaterThan(1);
      expect(await service.summary()).toMatchObject({ scanning: false, articles: 1 });
    } finally {
      answer.release();
      await service.close();
    }
  });

  it('keeps the open library as it was when a folder cannot be opened', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    const service = h.createService();
    await opened(service, h.root);
    const log = new LibraryLog(service);

    await expect(service.open(join(h.root, 'no-such-folder'))).rejects.toThrow(/ENOENT/);

    expect(service.currentRoot).toBe(h.root);
    expect(ids(service)).toEqual(['a.txt']);
    expect(h.fakes.of(h.root).closed).toBe(false);
    await put(h.root, 'b.txt', articleText('b'));
    h.fakes.of(h.root).add('b.txt');
    await log.waitFor('b.txt upserted', () => log.upserts('b.txt').length > 0);
  });

  it('leaves no watcher running for a folder opened while its watcher was still starting', async () => {
    const rootA = await h.temp.make('lib-a');
    const rootB = await h.temp.make('lib-b');
    await put(rootA, 'a.txt', SEED_TEXT);
    await put(rootB, 'b.txt', articleText('b'));
    const service = h.createService();
    const resets: LibrarySummary[] = [];
    service.onReset((summary) => resets.push(summary));
    const release = h.fakes.holdStarts();

    await service.open(rootA);
    await h.fakes.startedCount(1); // A's watcher is starting, held
    const second = service.open(rootB);
    await h.fakes.startedCount(2);
    release();
    await second;
    await service.whenIdle();

    expect(service.currentRoot).toBe(rootB);
    expect(ids(service)).toEqual(['b.txt']);
    expect(resets.map((summary) => summary.root)).toEqual([rootA, rootB]);
    expect(await service.summary()).toMatchObject({ root: rootB, articles: 1, domains: ['russiaherald.com'] });
    await service.close();
    expect(h.fakes.open()).toEqual([]);
    expect(h.fakes.started.map((watcher) => watcher.root)).toEqual([rootA, rootB]);
  });

  it('takes concurrent opens in turn: the last one asked for is the one open', async () => {
    const rootB = await h.temp.make('lib-b');
    await put(h.root, 'a.txt', SEED_TEXT);
    await put(rootB, 'b.txt', articleText('b'));
    const service = h.createService();
    await Promise.all([service.open(h.root), service.open(rootB)]);
    await service.whenIdle();
    expect(service.currentRoot).toBe(rootB);
    expect(ids(service)).toEqual(['b.txt']);
    expect(h.fakes.open().map((watcher) => watcher.root)).toEqual([rootB]);
  });
});
