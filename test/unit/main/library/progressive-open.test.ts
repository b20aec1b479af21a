// Opening a library in the background through the worker-thread store, as the app does: the cached list
// at once, new files as deltas with progress, cancel between steps, and search over what has arrived.
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogEntry, LibraryDelta, ScanProgress, SearchQuery } from '../../../../src-preload/contract';
import { LibraryService } from '../../../../src-main/library/library-service';
import { readerScriptFor } from '../../../../src-main/catalog/entry-reader';
import { unpackedPath, WorkerCatalogStore } from '../../../../src-main/catalog/worker-catalog-store';
import { articleText, put, TempDirs } from './temp-library';

const WORKER = resolve(__dirname, '../../../../src-main/catalog/workers/catalog-worker.ts');
const temp = new TempDirs();
let root: string;
let catalogFile: string;
const services: LibraryService[] = [];

function service(bulkLoadFrom?: number): LibraryService {
  const created = new LibraryService({
    ...(bulkLoadFrom === undefined ? {} : { bulkLoadFrom }),
    store: new WorkerCatalogStore({ script: WORKER, execArgv: ['--import', 'tsx'], file: catalogFile }),
    progressive: true,
    chunkSize: 20,
    watch: { stableMs: 100 },
    flushMs: 10,
  });
  services.push(created);
  return created;
}

beforeEach(async () => {
  root = await temp.make('progressive');
  catalogFile = join(await temp.make('progressive-data'), 'catalog.sqlite');
  await Promise.all(
    Array.from({ length: 120 }, (_, i) =>
      put(root, `batch/${String(i).padStart(3, '0')}.txt`, articleText(`copy ${i}`, 2)),
    ),
  );
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

describe('a progressive open through the worker store', () => {
  it('returns before the files are read, then delivers them as deltas with progress to the end', async () => {
    const library = service();
    const progress: ScanProgress[] = [];
    const arrived = new Map<string, CatalogEntry>();
    library.onProgress((p) => progress.push(p));
    library.onChanged((delta: LibraryDelta) =>
      library.entriesOf(delta.upserted).forEach((e) => e && arrived.set(e.id, e)),
    );
    const summary = await library.open(root);
    expect(summary.scanning).toBe(true);
    expect(summary.articles).toBeLessThan(120);
    await library.whenIdle();
    await expect.poll(() => arrived.size).toBe(120);
    expect(progress[0]).toMatchObject({ done: 0, total: 120, finished: false });
    expect(progress.at(-1)).toMatchObject({ done: 120, total: 120, finished: true, cancelled: false });
    // Once the watcher is up, the folder is compared with the list once more, then all is quiet.
    await expect.poll(async () => (await library.summary()).scanning).toBe(false);
    const found = await library.search({ text: 'copy 7', filters: {}, sort: 'relevance', offset: 0, limit: 10 });
    expect(found.hits.map((h) => h.id)).toContain('batch/007.txt');
  });

  it('lists a restarted library from the catalog without reading the files again', async () => {
    const first = service();
    await first.open(root);
    await first.whenIdle();
    await first.close();
    const second = service();
    const progress: ScanProgress[] = [];
    second.onProgress((p) => progress.push(p));
    const summary = await second.open(root);
    expect(summary.articles).toBe(120);
    await second.whenIdle();
    expect(progress).toEqual([]);
    expect(await second.summary()).toMatchObject({ scanning: false });
  });

  it('lists a restarted library at once, then picks up what changed while it was closed', async () => {
    const first = service();
    await first.open(root);
    await first.whenIdle();
    await first.close();
    await put(root, 'batch/000.txt', articleText('edited while closed', 2));
    await put(root, 'batch/new.txt', articleText('written while closed', 2));
    await rm(join(root, 'batch/001.txt'));

    const second = service();
    const upserted = new Map<string, CatalogEntry>();
    const removed: string[] = [];
    second.onChanged((delta) => {
      second.entriesOf(delta.upserted).forEach((e) => e && upserted.set(e.id, e));
      removed.push(...delta.removed);
    });
    await second.open(root);
    expect(second.listed().map((e) => e.id)).toContain('batch/001.txt');
    await second.whenIdle();
    await expect.poll(() => removed, { timeout: 10_000 }).toEqual(['batch/001.txt']);
    expect([...upserted.keys()].toSorted()).toEqual(['batch/000.txt', 'batch/new.txt']);
    expect(upserted.get('batch/000.txt')).toMatchObject({ title: expect.stringContaining('edited while closed') });
    const ids = second.listed().map((e) => e.id);
    expect(ids).toHaveLength(120);
    expect(ids).toContain('batch/new.txt');
    const found = await second.search({
      text: 'written while closed',
      filters: {},
      sort: 'relevance',
      offset: 0,
      limit: 10,
    });
    expect(found.hits.map((h) => h.id)).toEqual(['batch/new.txt']);
  });

  it('stops between steps when cancelled, keeps what was read, and reads the rest at the next open', async () => {
    const library = service();
    const progress: ScanProgress[] = [];
    let cancelled = false;
    const stopWatching = library.onProgress((p) => {
      progress.push(p);
      if (p.done >= 20 && !cancelled) {
        cancelled = true;
        library.cancelScan();
      }
    });
    await library.open(root);
    await library.whenIdle();
    await library.whenWatching();
    // The catch-up once the watcher runs does not read on behind the analyst's back.
    await expect.poll(async () => (await library.summary()).scanning).toBe(false);
    const last = progress.at(-1);
    expect(last).toMatchObject({ finished: true, cancelled: true });
    const listed = library.listed().length;
    expect(listed).toBeGreaterThanOrEqual(20);
    expect(listed).toBeLessThan(120);
    stopWatching();
    await library.open(root);
    await library.whenIdle();
    expect(library.listed()).toHaveLength(120);
  });
});

const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 200 });

describe('a large first read', () => {
  it('lists every file first, then makes their text searchable, with progress for each phase', async () => {
    const library = service(50);
    const progress: ScanProgress[] = [];
    library.onProgress((p) => progress.push(p));
    await library.open(root);
    await library.whenListed();
    expect(library.listed()).toHaveLength(120);
    await library.whenIdle();
    // One bar from start to end: the reading's last report hands over to the indexing, which finishes.
    expect(progress.filter((p) => p.finished).map((p) => [p.phase, p.done, p.total])).toEqual([['indexing', 120, 120]]);
    const firstIndexing = progress.findIndex((p) => p.phase === 'indexing');
    expect(progress.slice(0, firstIndexing).every((p) => p.phase === 'reading')).toBe(true);
    expect(progress[firstIndexing - 1]).toMatchObject({ phase: 'reading', done: 120, total: 120, finished: false });
    const found = await library.search(query('copy 7'));
    expect(found.hits.map((h) => h.id)).toContain('batch/007.txt');
    expect((await library.search(query('copy'))).total).toBe(120);
  });

  it('indexes at the next open what a cancelled indexing left, without reading the list again', async () => {
    const first = service(50);
    first.onProgress((p) => {
      if (p.phase === 'indexing' && p.done > 0) first.cancelScan();
    });
    await first.open(root);
    await first.whenIdle();
    const partly = (await first.search(query('copy'))).total;
    expect(partly).toBeLessThan(120);
    await first.close();

    const second = service(50);
    const progress: ScanProgress[] = [];
    second.onProgress((p) => progress.push(p));
    const summary = await second.open(root);
    expect(summary.articles).toBe(120);
    await second.whenIdle();
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['indexing']));
    expect(progress.at(-1)).toMatchObject({ finished: true, total: 120 - partly, done: 120 - partly });
    expect((await second.search(query('copy'))).total).toBe(120);
  });
});

describe('files that arrive while the watcher starts', () => {
  it('are listed: the open returns before the watcher is ready, then catches up', async () => {
    const library = service();
    await library.open(root);
    await put(root, 'late/arrival.txt', articleText('arrived during start-up', 2));
    await library.whenIdle();
    await expect.poll(() => library.listed().some((e) => e.id === 'late/arrival.txt'), { timeout: 10_000 }).toBe(true);
  });
});

describe('readerScriptFor', () => {
  it('finds the read worker beside the catalog worker, built or source', () => {
    expect(readerScriptFor('/app/out/main/catalog-worker.js')).toBe('/app/out/main/read-worker.js');
    expect(readerScriptFor('/repo/src-main/catalog/workers/catalog-worker.ts')).toBe(
      '/repo/src-main/catalog/workers/read-worker.ts',
    );
  });
});

describe('unpackedPath', () => {
  it('points a script inside app.asar at its unpacked copy, and leaves other paths alone', () => {
    expect(unpackedPath('/opt/Dossier/resources/app.asar/out/main/catalog-worker.js')).toBe(
      '/opt/Dossier/resources/app.asar.unpacked/out/main/catalog-worker.js',
    );
    expect(unpackedPath('C:\\Dossier\\resources\\app.asar\\out\\main\\catalog-worker.js')).toBe(
      'C:\\Dossier\\resources\\app.asar.unpacked\\out\\main\\catalog-worker.js',
    );
    expect(unpackedPath('/home/dev/dossier/out/main/catalog-worker.js')).toBe(
      '/home/dev/dossier/out/main/catalog-worker.js',
    );
  });
});
