// Opening a library as the app does, through createMainServices (the catalog store and the scanner on the
// catalog worker thread) with a fake watcher: the opening heard at once, the cached list at once, new files
// as deltas with progress, cancel between steps, a read held at a phase boundary, and search over what has
// arrived.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanProgress } from '../../../../../src-preload/contract';
import type { LibraryService, LibraryServiceOptions } from '../../../../../src-main/library/library-service';
import { createMainServices } from '../../../../../src-main/services/main-services';
import { FakeWatch } from '../../../../support/fake-watcher';
import { Gate } from '../../../../support/gate';
import { LibraryLog } from '../../../../support/library-log';
import { searchQuery } from '../../../../support/search-query';
import { articleText, put, TempDirs } from '../../../../support/temp-library';
import { CATALOG_WORKER, TSX } from '../../../../support/worker-scripts';

const FILES = 120;
const temp = new TempDirs();
let root: string;
let userData: string;
let fakes: FakeWatch;
const services: LibraryService[] = [];

function service(options: Partial<LibraryServiceOptions> = {}): LibraryService {
  const { library } = createMainServices({
    userData,
    catalogWorker: CATALOG_WORKER,
    execArgv: TSX,
    library: { watch: fakes.watch, chunkSize: 20, flushMs: 10, renameWindowMs: 100, ...options },
  });
  services.push(library);
  return library;
}

/** Reads the folder once and closes: the catalog a restart finds. */
async function readOnce(): Promise<void> {
  const first = service();
  await first.open(root);
  await first.whenIdle();
  await first.close();
}

const finished = (progress: readonly ScanProgress[]): (string | number)[][] =>
  progress.filter((p) => p.finished).map((p) => [p.phase, p.done, p.total]);

beforeEach(async () => {
  root = await temp.make('progressive');
  userData = await temp.make('progressive-data');
  fakes = new FakeWatch();
  await Promise.all(
    Array.from({ length: FILES }, (_, i) =>
      put(root, `batch/${String(i).padStart(3, '0')}.txt`, articleText(`copy ${i}`, 2)),
    ),
  );
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

describe('a first open', () => {
  it('returns before the files are read, then delivers them as deltas with progress to the end', async () => {
    const library = service();
    const log = new LibraryLog(library);
    const summary = await library.open(root);
    expect(summary).toMatchObject({ scanning: true, articles: 0 });
    await library.whenIdle();
    // The opening is heard at once, then how many files it found; their read takes over the bar.
    expect(log.progress.events.slice(0, 3)).toMatchObject([
      { phase: 'listing', done: 0, total: 0, finished: false },
      { phase: 'listing', done: FILES, total: FILES, finished: false },
      { phase: 'reading', done: 0, total: FILES, finished: false },
    ]);
    expect(finished(log.progress.events)).toEqual([['indexing', FILES, FILES]]);
    expect(log.progress.events.at(-1)).toMatchObject({ cancelled: false });
    // Once the watcher is up, the folder is compared with the list once more; then all is quiet.
    expect(await library.summary()).toMatchObject({ scanning: false, articles: FILES });
    await log.waitFor('every file upserted', () => log.upsertedIds().size === FILES);
    const found = await library.search(searchQuery('copy 7'));
    expect(found.hits.map((h) => h.id)).toContain('batch/007.txt');
    expect((await library.search(searchQuery('copy', { limit: 200 }))).total).toBe(FILES);
  });

  it('lists every file before it indexes their text: one bar, two phases', async () => {
    const library = service({ bulkLoadFrom: 50 });
    const log = new LibraryLog(library);
    await library.open(root);
    await library.whenListed();
    expect(library.listed()).toHaveLength(FILES);
    await library.whenIdle();
    // The reading's last report hands over to the indexing, which finishes.
    const progress = log.progress.events.filter((p) => p.phase !== 'listing');
    const firstIndexing = progress.findIndex((p) => p.phase === 'indexing');
    expect(progress.slice(0, firstIndexing).every((p) => p.phase === 'reading')).toBe(true);
    expect(progress[firstIndexing - 1]).toMatchObject({ phase: 'reading', done: FILES, total: FILES, finished: false });
    expect(finished(progress)).toEqual([['indexing', FILES, FILES]]);
    expect((await library.search(searchQuery('copy', { limit: 200 }))).total).toBe(FILES);
  });

  it('can be held at the start of its indexing, everything listed and the bar saying so', async () => {
    const held = new Gate();
    const gates: string[] = [];
    const library = service({
      phaseGate: async (folder, phase) => {
        gates.push(`${folder === root ? 'root' : folder}:${phase}`);
        if (phase === 'indexing') await held.opened;
      },
    });
    const log = new LibraryLog(library);
    await library.open(root);
    await log.progress.waitFor('the indexing phase', (events) => events.at(-1)?.phase === 'indexing');
    expect(library.listed()).toHaveLength(FILES);
    expect(log.progress.events.at(-1)).toMatchObject({ phase: 'indexing', done: 0, total: FILES, finished: false });
    expect((await library.search(searchQuery('copy'))).total).toBe(0);
    expect(await library.summary()).toMatchObject({ scanning: true });
    held.release();
    await library.whenIdle();
    expect(gates).toEqual(['root:listing', 'root:reading', 'root:indexing']);
    expect((await library.search(searchQuery('copy', { limit: 200 }))).total).toBe(FILES);
  });

  it('carries the read under way in its summary, so a page loaded mid-read shows it at once', async () => {
    const held = new Gate();
    const library = service({
      phaseGate: (_folder, phase) => (phase === 'indexing' ? held.opened : Promise.resolve()),
    });
    const log = new LibraryLog(library);
    await library.open(root);
    await log.progress.waitFor('the indexing phase', (events) => events.at(-1)?.phase === 'indexing');
    expect((await library.summary()).progress).toMatchObject({ root, phase: 'indexing', done: 0, total: FILES });
    held.release();
    await library.whenIdle();
    expect((await library.summary()).progress).toBeUndefined();
  });

  it('says its opening is over when the folder cannot be opened, and the library open stays', async () => {
    const library = service();
    await library.open(root);
    await library.whenIdle();
    const log = new LibraryLog(library);
    const gone = join(root, 'not-there');
    await expect(library.open(gone)).rejects.toThrow(/ENOENT/);
    expect(log.progress.events.map((p) => [p.root, p.phase, p.finished])).toEqual([
      [gone, 'listing', false],
      [gone, 'listing', true],
    ]);
    expect(await library.summary()).toMatchObject({ root, articles: FILES });
  });

  it('stops between steps when cancelled, keeps what was read, and reads the rest at the next open', async () => {
    const library = service();
    const log = new LibraryLog(library);
    const stop = library.onProgress((p) => {
      if (p.done >= 20) library.cancelScan();
    });
    await library.open(root);
    await library.whenIdle();
    // The catch-up once the watcher runs does not read on behind the analyst's back.
    expect(log.progress.events.at(-1)).toMatchObject({ finished: true, cancelled: true });
    const listed = library.listed().length;
    expect(listed).toBeGreaterThanOrEqual(20);
    expect(listed).toBeLessThan(FILES);
    expect(await library.summary()).toMatchObject({ scanning: false });
    stop();
    await library.open(root);
    await library.whenIdle();
    expect(library.listed()).toHaveLength(FILES);
  });

  it('lists files that arrive while the watcher starts: it catches up once the watcher runs', async () => {
    const library = service();
    const release = fakes.holdStarts();
    await library.open(root);
    await fakes.startedCount(1);
    await put(root, 'late/arrival.txt', articleText('arrived during start-up', 2));
    release();
    await library.whenIdle();
    expect(library.listed().map((e) => e.id)).toContain('late/arrival.txt');
  });
});

describe('a restart', () => {
  it('lists the library from the catalog without reading the files again', async () => {
    await readOnce();
    const second = service();
    const log = new LibraryLog(second);
    const summary = await second.open(root);
    expect(summary.articles).toBe(FILES);
    expect(second.listed()).toHaveLength(FILES);
    await second.whenIdle();
    // Its opening is said to start, and to end with the files the catalog listed: nothing is read.
    expect(log.progress.events.map((p) => [p.phase, p.done, p.total, p.finished])).toEqual([
      ['listing', 0, 0, false],
      ['listing', FILES, FILES, true],
    ]);
    expect(await second.summary()).toMatchObject({ scanning: false });
  });

  it('says when its comparison with the folder is over, though it changed no file', async () => {
    await readOnce();
    const second = service();
    const log = new LibraryLog(second);
    const summary = await second.open(root);
    expect(summary.scanning).toBe(true);
    await second.whenIdle();
    // One delta naming no file, newer than the summary the open gave: the page asks again and sees it end.
    expect(
      log.deltas.events.map(({ version, upserted, removed, renamed }) => ({ version, upserted, removed, renamed })),
    ).toEqual([{ version: summary.version + 1, upserted: [], removed: [], renamed: [] }]);
    expect(await second.summary()).toMatchObject({ scanning: false, version: summary.version + 1 });
  });

  it('lists the library at once, then picks up what changed while it was closed', async () => {
    await readOnce();
    await put(root, 'batch/000.txt', articleText('edited while closed', 2));
    await put(root, 'batch/new.txt', articleText('written while closed', 2));
    await rm(join(root, 'batch/001.txt'));

    const second = service();
    const log = new LibraryLog(second);
    await second.open(root);
    expect(second.listed().map((e) => e.id)).toContain('batch/001.txt');
    await second.whenIdle();
    await log.waitFor('the changes', () => log.removed().length > 0 && log.upsertedIds().size >= 2);
    expect(log.removed()).toEqual(['batch/001.txt']);
    expect([...log.upsertedIds()].toSorted()).toEqual(['batch/000.txt', 'batch/new.txt']);
    expect(log.upserts('batch/000.txt')[0]).toMatchObject({ title: expect.stringContaining('edited while closed') });
    const ids = second.listed().map((e) => e.id);
    expect(ids).toHaveLength(FILES);
    expect(ids).toContain('batch/new.txt');
    const found = await second.search(searchQuery('written while closed'));
    expect(found.hits.map((h) => h.id)).toEqual(['batch/new.txt']);
  });

  it('indexes what a cancelled indexing left, without reading the list again', async () => {
    const first = service({ bulkLoadFrom: 50 });
    first.onProgress((p) => {
      if (p.phase === 'indexing' && p.done > 0) first.cancelScan();
    });
    await first.open(root);
    await first.whenIdle();
    const partly = (await first.search(searchQuery('copy', { limit: 200 }))).total;
    expect(partly).toBeLessThan(FILES);
    await first.close();

    const second = service({ bulkLoadFrom: 50 });
    const log = new LibraryLog(second);
    const summary = await second.open(root);
    expect(summary.articles).toBe(FILES);
    await second.whenIdle();
    expect(new Set(log.progress.events.map((p) => p.phase))).toEqual(new Set(['listing', 'indexing']));
    expect(log.progress.events.at(-1)).toMatchObject({ finished: true, total: FILES - partly, done: FILES - partly });
    expect((await second.search(searchQuery('copy', { limit: 200 }))).total).toBe(FILES);
  });
});
