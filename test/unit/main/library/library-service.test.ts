// LibraryService over real temp folders and a fake watcher the test drives: open and catalog reuse, live
// changes as deltas, article reads and imports. Nothing here waits on time: it waits on the service's own
// promises (whenIdle) and on its events. The real watcher's timing is watcher.test.ts's business.
import { mkdir, rename, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry, LibraryProblem, LibrarySummary } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import { LibraryService } from '../../../../src-main/library/library-service';
import { OutsideLibraryError } from '../../../../src-main/library/paths';
import { WatchStopped } from '../../../../src-main/library/watcher';
import { FakeWatch, type FakeWatcher } from '../../../support/fake-watcher';
import { LibraryLog } from '../../../support/library-log';
import {
  articleBytes,
  articleText,
  BINARY_BYTES,
  put,
  SEED_DATE_RAW,
  SEED_PARAGRAPHS,
  SEED_TEXT,
  SEED_TITLE,
  TempDirs,
} from './temp-library';

// The real readCatalogEntry, counted: a reopen that re-parses an unchanged file shows up here.
vi.mock('../../../../src-main/catalog/reading/read-entry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/catalog/reading/read-entry')>();
  return { ...actual, readCatalogEntry: vi.fn<typeof actual.readCatalogEntry>(actual.readCatalogEntry) };
});

const temp = new TempDirs();
let root: string;
let dataDir: string;
let fakes: FakeWatch;
let services: LibraryService[] = [];
const logged: string[] = [];

function createService(catalogFile = join(dataDir, 'catalog.sqlite'), maxBytes?: number): LibraryService {
  const service = new LibraryService({
    store: new LocalCatalogStore(catalogFile),
    watch: fakes.watch,
    // A short window: the tests that wait for a removal wait this long, on the service's own timer.
    renameWindowMs: 100,
    flushMs: 10,
    log: (message) => logged.push(message),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  services.push(service);
  return service;
}

/** Opens the folder and waits until its first read, catch-up included, is through. */
async function opened(service: LibraryService, folder = root): Promise<LibrarySummary> {
  const summary = await service.open(folder);
  await service.whenIdle();
  return summary;
}

const ids = (service: LibraryService): string[] =>
  service
    .listed()
    .map((entry) => entry.id)
    .toSorted();
const entryOf = (service: LibraryService, id: string): CatalogEntry | undefined =>
  service.entriesOf([id])[0] ?? undefined;

beforeEach(async () => {
  root = await temp.make('lib');
  dataDir = await temp.make('data');
  fakes = new FakeWatch();
  logged.length = 0;
  vi.mocked(readCatalogEntry).mockClear();
});

afterEach(async () => {
  for (const service of services) await service.close().catch(() => undefined);
  services = [];
  const open = fakes.open();
  await temp.cleanup();
  if (open.length > 0) throw new Error(`${open.length} watcher(s) left open after close()`);
});

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

    const atOpen = await opened(service);

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
    await opened(first);
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
    await opened(first);
    await first.close();
    await writeFile(join(root, 'a.txt'), articleText('two')); // same length, other content
    const later = new Date(Date.now() + 5000);
    await utimes(join(root, 'a.txt'), later, later);

    const reopened = createService(catalogFile);
    await opened(reopened);
    expect(reopened.listed()[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [two]` });
  });

  it('keeps the open library as it was when a folder cannot be opened', async () => {
    await put(root, 'a.txt', SEED_TEXT);
    const service = createService();
    await opened(service);
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

describe('live changes', () => {
  let service: LibraryService;
  let log: LibraryLog;
  let watcher: FakeWatcher;

  /** Waits until a removal held now would have been reported: a file removed after it is reported first. */
  async function afterRenameWindow(): Promise<void> {
    const fence = `fence-${log.deltas.events.length}.txt`;
    await put(root, fence, articleText(fence));
    watcher.add(fence);
    await service.whenIdle();
    await unlink(join(root, fence));
    watcher.unlink(fence);
    await log.waitFor(`${fence} removed`, () => log.removed().includes(fence));
  }

  beforeEach(async () => {
    await put(root, 'a.txt', SEED_TEXT);
    await mkdir(join(root, 'sub'));
    service = createService();
    const first = new LibraryLog(service);
    await opened(service);
    await first.waitFor('a.txt listed', () => first.upsertedIds().has('a.txt'));
    // Each test hears only what happens after the first read.
    log = new LibraryLog(service);
    watcher = fakes.of(root);
  });

  it('reports a new file as an upsert and catalogues it', async () => {
    await put(root, 'new.txt', articleText('new'));
    watcher.add('new.txt');
    await log.waitFor('new.txt upserted', () => log.upserts('new.txt').length > 0);
    expect(log.upserts('new.txt')[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [new]`, paragraphs: 8 });
    expect(ids(service)).toEqual(['a.txt', 'new.txt']);
    expect(log.deltas.events[0]?.root).toBe(root);
  });

  it('reports a file in a new folder', async () => {
    await put(root, 'fresh/deeper/new.txt', articleText('deep'));
    watcher.add('fresh/deeper/new.txt');
    await log.waitFor('fresh/deeper/new.txt upserted', () => log.upserts('fresh/deeper/new.txt').length > 0);
    expect(ids(service)).toEqual(['a.txt', 'fresh/deeper/new.txt']);
  });

  it('reports an edited file with its new content, and numbers each delta after the last', async () => {
    const before = entryOf(service, 'a.txt');
    const { version } = await service.summary();
    await writeFile(join(root, 'a.txt'), articleText('edited', 3));
    watcher.change('a.txt');
    await log.waitFor('a.txt with 3 paragraphs', () => log.upserts('a.txt').some((e) => e.ok && e.paragraphs === 3));
    const after = entryOf(service, 'a.txt');
    expect(after).toMatchObject({ ok: true, paragraphs: 3, title: `${SEED_TITLE} [edited]` });
    expect(after?.hash).not.toBe(before?.hash);
    expect(log.deltas.events.at(-1)?.version).toBeGreaterThan(version);
  });

  it('does not read a file again for an event when its size and time are unchanged', async () => {
    vi.mocked(readCatalogEntry).mockClear();
    watcher.change('a.txt');
    await service.whenIdle();
    expect(vi.mocked(readCatalogEntry)).not.toHaveBeenCalled();
  });

  it('reports a file that became unreadable as a broken entry', async () => {
    await writeFile(join(root, 'a.txt'), BINARY_BYTES);
    watcher.change('a.txt');
    await log.waitFor('a.txt broken', () => log.upserts('a.txt').some((e) => !e.ok));
    expect(log.upserts('a.txt').at(-1)).toMatchObject({ ok: false, error: 'binary file: not text' });
  });

  it('reports a deleted file as removed once the rename window has passed', async () => {
    await unlink(join(root, 'a.txt'));
    watcher.unlink('a.txt');
    await log.waitFor('a.txt removed', () => log.removed().includes('a.txt'));
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual([]);
  });

  it.each([
    ['renamed', 'b.txt'],
    ['moved into a subfolder', 'sub/a.txt'],
    ['moved into a folder made just before', 'made-now/a.txt'],
  ])('reports a file %s as one rename, never as a removal', async (_how, to) => {
    await mkdir(join(root, 'made-now'));
    await rename(join(root, 'a.txt'), join(root, ...to.split('/')));
    watcher.unlink('a.txt');
    watcher.add(to);
    await log.waitFor('a.txt renamed', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to }]);
    expect(log.upserts(to)[0]).toMatchObject({ ok: true, title: SEED_TITLE });
    await afterRenameWindow();
    expect(log.removed().filter((id) => !id.startsWith('fence'))).toEqual([]);
    expect(ids(service)).toEqual([to]);
  });

  it('reports a rename the watcher tells in the other order (the new name first) as one rename', async () => {
    await rename(join(root, 'a.txt'), join(root, 'b.txt'));
    watcher.add('b.txt');
    await service.whenIdle();
    watcher.unlink('a.txt');
    await log.waitFor('a.txt renamed', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to: 'b.txt' }]);
    await afterRenameWindow();
    expect(log.removed().filter((id) => !id.startsWith('fence'))).toEqual([]);
  });

  it('reports the files of a deleted folder as removed', async () => {
    await put(root, 'sub/x.txt', articleText('x'));
    await put(root, 'sub/y.txt', articleText('y'));
    watcher.add('sub/x.txt');
    watcher.add('sub/y.txt');
    await service.whenIdle();
    await rm(join(root, 'sub'), { recursive: true });
    watcher.unlink('sub/x.txt');
    watcher.unlink('sub/y.txt');
    await log.waitFor('sub files removed', () => ['sub/x.txt', 'sub/y.txt'].every((id) => log.removed().includes(id)));
    expect(ids(service)).toEqual(['a.txt']);
  });

  it.each([
    ['other content', articleText('rewritten')],
    ['the same content, without a rename to itself', SEED_TEXT],
  ])('keeps a file that is deleted and written again under the same name, with %s', async (_what, content) => {
    await unlink(join(root, 'a.txt'));
    watcher.unlink('a.txt');
    await service.whenIdle(); // the removal is seen (and held for the rename window) before the file comes back
    await writeFile(join(root, 'a.txt'), content);
    watcher.add('a.txt');
    await afterRenameWindow();
    expect(log.removed()).not.toContain('a.txt');
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual(['a.txt']);
    expect(entryOf(service, 'a.txt')).toMatchObject({ ok: true, title: content.split('\n')[0] });
  });

  it('delivers a burst of 500 new files, each one readable', async () => {
    const names = Array.from({ length: 500 }, (_, i) => `burst/${String(i).padStart(3, '0')}.txt`);
    await mkdir(join(root, 'burst'));
    await Promise.all(names.map((name, i) => writeFile(join(root, name), articleText(`burst ${i}`))));
    for (const name of names) watcher.add(name);
    await log.waitFor('all 500 burst files', () => names.every((name) => log.upsertedIds().has(name)));
    for (const name of names) {
      expect(log.upserts(name).at(-1)).toMatchObject({ id: name, ok: true, paragraphs: SEED_PARAGRAPHS.length });
    }
    expect(service.listed()).toHaveLength(501);
  });

  it('ignores hidden, temporary and non-article files, and links that lead out or to a folder', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), 'Secret title only the link could reveal\n20240101\nbody');
    await mkdir(join(outside, 'photos'));
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    await symlink(join(outside, 'photos'), join(root, 'photos'), 'dir');
    const ignored = ['.hidden.txt', '~$lock.txt', 'draft.txt~', 'photo.png', '.git/inside.txt'];
    for (const name of ignored) await put(root, name, SEED_TEXT);
    for (const name of [...ignored, 'secret.txt', 'photos']) watcher.add(name);
    await put(root, 'sentinel.txt', articleText('sentinel'));
    watcher.add('sentinel.txt');
    await service.whenIdle();
    expect(ids(service)).toEqual(['a.txt', 'sentinel.txt']);
    await log.waitFor('sentinel.txt upserted', () => log.upsertedIds().has('sentinel.txt'));
    expect([...log.upsertedIds()]).toEqual(['sentinel.txt']);
    expect(JSON.stringify(log.deltas.events)).not.toContain('Secret title');
  });

  it('tells the analyst when the watcher stops seeing changes, and only logs other watch errors', async () => {
    const problems: LibraryProblem[] = [];
    service.onProblem((problem) => problems.push(problem));
    watcher.error(new Error('EMFILE: one folder could not be watched'));
    watcher.error(new WatchStopped('The library folder was deleted or moved.'));
    expect(problems).toEqual([{ root, message: 'The library folder was deleted or moved.' }]);
    expect(logged.filter((line) => line.startsWith('watch error'))).toHaveLength(2);
  });

  it('closes its watcher when closed, and hears no event that arrives after', async () => {
    await service.close();
    expect(watcher.closed).toBe(true);
    await put(root, 'late.txt', SEED_TEXT);
    watcher.add('late.txt');
    watcher.error(new WatchStopped('late'));
    await service.whenIdle();
    expect(service.listed()).toEqual([]);
    expect(log.deltas.events).toEqual([]);
    expect(() => service.entriesOf(['a.txt'])).toThrow('the library is closed');
  });
});

describe('readArticle', () => {
  beforeEach(async () => {
    await put(root, 'a.txt', SEED_TEXT);
    await put(root, 'sub/b.txt', articleText('b', 2));
  });

  it('fails before a library is open', async () => {
    await expect(createService().readArticle('a.txt')).rejects.toThrow('no library folder is open');
  });

  it('reads an article by id, with every paragraph', async () => {
    const service = createService();
    await opened(service);
    const article = await service.readArticle('a.txt');
    expect(article).toMatchObject({ id: 'a.txt', title: SEED_TITLE, date: '2022-02-11', dateRaw: SEED_DATE_RAW });
    expect(article.paragraphs).toEqual(SEED_PARAGRAPHS);
    expect(article).not.toHaveProperty('words');
    expect((await service.readArticle('sub/b.txt')).paragraphs).toHaveLength(2);
  });

  it.each([
    '../secret.txt',
    '/etc/passwd',
    'a/../../secret.txt',
    'C:\\secret.txt',
    'sub\\..\\..\\secret.txt',
    '',
    'sub/./b.txt',
    'a.txt\0',
  ])('rejects %j', async (id) => {
    const service = createService();
    await opened(service);
    await expect(service.readArticle(id)).rejects.toThrow(OutsideLibraryError);
  });

  it('rejects a link inside the library to a file outside it', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    const service = createService();
    await opened(service);
    await expect(service.readArticle('secret.txt')).rejects.toThrow(OutsideLibraryError);
  });

  it('reads only article files: not hidden ones, not other kinds', async () => {
    await put(root, '.hidden.txt', SEED_TEXT);
    await put(root, '.git/config.txt', SEED_TEXT);
    await put(root, 'settings.json', SEED_TEXT);
    const service = createService();
    await opened(service);
    for (const id of ['.hidden.txt', '.git/config.txt', 'settings.json']) {
      await expect(service.readArticle(id)).rejects.toThrow(`"${id}" is not an article file in the library`);
    }
  });

  it('says why an unreadable file cannot be read', async () => {
    await put(root, 'bin.txt', BINARY_BYTES);
    const service = createService();
    await opened(service);
    await expect(service.readArticle('bin.txt')).rejects.toThrow('bin.txt cannot be read: binary file: not text');
  });
});

describe('imports', () => {
  let service: LibraryService;
  let log: LibraryLog;

  beforeEach(async () => {
    await put(root, 'a.txt', SEED_TEXT);
    service = createService(join(dataDir, 'catalog.sqlite'), 4096);
    log = new LibraryLog(service);
    await opened(service);
  });

  it('catalogues imported files at once and reports them', async () => {
    const report = await service.importFiles([
      { name: 'dropped.txt', bytes: articleBytes('dropped') },
      { name: 'again.txt', bytes: articleBytes('') },
    ]);
    expect(report.added).toEqual([{ name: 'dropped.txt', id: 'dropped.txt' }]);
    expect(report.duplicates).toEqual([{ name: 'again.txt', existingId: 'a.txt' }]);
    expect(ids(service)).toEqual(['a.txt', 'dropped.txt']);
    await log.waitFor('dropped.txt upserted', () => log.upserts('dropped.txt').length > 0);

    const reopened = new Catalog(join(dataDir, 'catalog.sqlite'));
    try {
      expect(reopened.get(root, 'dropped.txt')).toMatchObject({ ok: true, title: `${SEED_TITLE} [dropped]` });
    } finally {
      reopened.close();
    }
  });

  it('imports paths picked in a dialog, and refuses what it cannot take with a reason each', async () => {
    const elsewhere = await temp.make('elsewhere');
    const good = await put(elsewhere, 'picked.txt', articleText('picked'));
    const big = await put(elsewhere, 'big.txt', `${articleText('big')}${'x'.repeat(5000)}`);
    const folder = join(elsewhere, 'folder.txt');
    await mkdir(folder);
    const missing = join(elsewhere, 'missing.txt');

    const report = await service.importPaths([good, big, folder, missing]);

    expect(report.added).toEqual([{ name: 'picked.txt', id: 'picked.txt' }]);
    expect(report.refused.map((r) => r.name).toSorted()).toEqual(['big.txt', 'folder.txt', 'missing.txt']);
    expect(report.refused.find((r) => r.name === 'big.txt')?.reason).toMatch(/^file too large/);
    expect(ids(service)).toEqual(['a.txt', 'picked.txt']);
  });
});
