// LibraryService over real folders and a real folder watcher: open, catalog reuse, live deltas, reads, imports.
import { mkdir, open as openFile, rename, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry, LibraryDelta, LibrarySummary, RenamedEntry } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { LibraryService } from '../../../../src-main/library/library-service';
import { LocalCatalogStore } from '../../../../src-main/catalog/catalog-store';
import { OutsideLibraryError } from '../../../../src-main/library/paths';
import { readCatalogEntry } from '../../../../src-main/library/read-entry';
import {
  articleBytes,
  articleText,
  BINARY_BYTES,
  put,
  SEED_DATE_RAW,
  SEED_PARAGRAPHS,
  SEED_TEXT,
  SEED_TITLE,
  sleep,
  TempDirs,
} from './temp-library';

// The real readCatalogEntry, counted: a reopen that re-parses an unchanged file shows up here.
vi.mock('../../../../src-main/library/read-entry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/library/read-entry')>();
  return { ...actual, readCatalogEntry: vi.fn<typeof actual.readCatalogEntry>(actual.readCatalogEntry) };
});

// The real watchLibrary, with a count of watchers left open and a gate a test can hold shut.
const watchers = vi.hoisted(() => ({
  open: new Map<object, () => Promise<void>>(),
  gate: null as Promise<void> | null,
  waiting: 0,
}));
vi.mock('../../../../src-main/library/watcher', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/library/watcher')>();
  return {
    ...actual,
    watchLibrary: async (...args: Parameters<typeof actual.watchLibrary>) => {
      if (watchers.gate) {
        watchers.waiting++;
        await watchers.gate;
      }
      const watcher = await actual.watchLibrary(...args);
      const token = {};
      watchers.open.set(token, () => watcher.close());
      return {
        close: async () => {
          watchers.open.delete(token);
          await watcher.close();
        },
      };
    },
  };
});

const STABLE_MS = 100;
const RENAME_WINDOW_MS = 400;
const EVENT_TIMEOUT_MS = 10_000;

const temp = new TempDirs();
let root: string;
let dataDir: string;
let services: LibraryService[] = [];

function createService(catalogFile = join(dataDir, 'catalog.sqlite'), maxBytes?: number): LibraryService {
  const service = new LibraryService({
    store: new LocalCatalogStore(catalogFile),
    watch: { stableMs: STABLE_MS },
    renameWindowMs: RENAME_WINDOW_MS,
    flushMs: 20,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  services.push(service);
  return service;
}

/** Every delta a service pushes with the entries it names as they were then, and a way to wait for one. */
class DeltaLog {
  readonly deltas: (LibraryDelta & { readonly entries: readonly CatalogEntry[] })[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(service: LibraryService) {
    service.onChanged((delta) => {
      const entries = service.entriesOf(delta.upserted).filter((entry) => entry !== null);
      this.deltas.push({ ...delta, entries });
      for (const wake of this.waiters) wake();
    });
  }

  upserts(id: string): CatalogEntry[] {
    return this.deltas.flatMap((delta) => delta.entries.filter((entry) => entry.id === id));
  }

  upsertedIds(): Set<string> {
    return new Set(this.deltas.flatMap((delta) => delta.upserted));
  }

  removed(): string[] {
    return this.deltas.flatMap((delta) => delta.removed);
  }

  renamed(): RenamedEntry[] {
    return this.deltas.flatMap((delta) => delta.renamed);
  }

  /** Resolves once the deltas so far satisfy the check; a timeout only guards against a hang. */
  waitFor(what: string, check: () => boolean, timeoutMs = EVENT_TIMEOUT_MS): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no delta with ${what}; saw ${JSON.stringify(this.summary())}`));
      }, timeoutMs);
      const wake = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  private summary(): unknown {
    return this.deltas.map((d) => ({ up: d.upserted, rm: d.removed, mv: d.renamed }));
  }
}

/** Waits out a rename window and more, so that a removal that was going to be reported has been. */
const afterRenameWindow = (): Promise<void> => sleep(RENAME_WINDOW_MS * 2 + STABLE_MS * 2);

/** Writes a file the watcher will report, and waits for it: what was written before has been seen. */
async function sentinel(log: DeltaLog, name = 'sentinel.txt'): Promise<void> {
  await put(root, name, articleText(`sentinel ${name}`));
  await log.waitFor(`sentinel ${name}`, () => log.upserts(name).length > 0);
  await sleep(STABLE_MS * 3);
}

function deferred(): { promise: Promise<void>; release: () => void } {
  const settle: { release?: () => void } = {};
  const promise = new Promise<void>((resolve) => {
    settle.release = resolve;
  });
  return { promise, release: () => settle.release?.() };
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
  vi.mocked(readCatalogEntry).mockClear();
});

afterEach(async () => {
  for (const service of services) await service.close().catch(() => undefined);
  services = [];
  watchers.gate = null;
  watchers.waiting = 0;
  const leaked = [...watchers.open.values()];
  watchers.open.clear();
  for (const close of leaked) await close();
  await temp.cleanup();
  if (leaked.length > 0) throw new Error(`${leaked.length} watcher(s) left open after close()`);
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

    const summary = await service.open(root);

    expect(summary).toMatchObject({ root, articles: 2, brokenTotal: 1, domains: ['russiaherald.com'] });
    expect(summary.folders).toEqual(['sub']);
    expect(summary.broken.map((entry) => entry.id)).toEqual(['bin.txt']);
    expect(ids(service)).toEqual(['a.txt', 'bin.txt', 'sub/b.md']);
    const byId = new Map(service.listed().map((entry) => [entry.id, entry]));
    expect(byId.get('a.txt')).toMatchObject({
      ok: true,
      title: SEED_TITLE,
      date: '2022-02-11',
      dateRaw: SEED_DATE_RAW,
      domain: 'russiaherald.com',
      paragraphs: SEED_PARAGRAPHS.length,
    });
    expect(byId.get('bin.txt')).toMatchObject({ ok: false, error: 'binary file: not text' });
    expect(resets).toEqual([summary]);
    expect(await service.summary()).toEqual(summary);
  });

  it('reuses catalog rows for unchanged files when the same catalog file is opened again', async () => {
    const catalogFile = join(dataDir, 'reuse.sqlite');
    await put(root, 'same.txt', SEED_TEXT);
    await put(root, 'edited.txt', articleText('edited'));
    await put(root, 'deleted.txt', articleText('deleted'));
    const first = createService(catalogFile);
    await first.open(root);
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
    await second.open(root);

    expect(ids(second)).toEqual(['added.txt', 'edited.txt', 'same.txt']);
    const byId = new Map(second.listed().map((entry) => [entry.id, entry]));
    expect(byId.get('same.txt')).toMatchObject({ title: 'Title that only the catalog knows' });
    expect(byId.get('edited.txt')).toMatchObject({ ok: true, paragraphs: 3 });
    // Listed first, indexed after: each new or changed file is read for both; the unchanged one never.
    const parsed = new Set(vi.mocked(readCatalogEntry).mock.calls.map(([id]) => id));
    expect(parsed).toEqual(new Set(['added.txt', 'edited.txt']));
  });

  it('re-parses a file whose modification time changed even when its size did not', async () => {
    const catalogFile = join(dataDir, 'mtime.sqlite');
    await put(root, 'a.txt', articleText('one'));
    const first = createService(catalogFile);
    await first.open(root);
    await first.close();
    await writeFile(join(root, 'a.txt'), articleText('two')); // same length, other content
    const later = new Date(Date.now() + 5000);
    await utimes(join(root, 'a.txt'), later, later);

    const reopened = createService(catalogFile);
    await reopened.open(root);
    expect(reopened.listed()[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [two]` });
  });

  it('keeps the open library as it was when a folder cannot be opened', async () => {
    await put(root, 'a.txt', SEED_TEXT);
    const service = createService();
    await service.open(root);
    const log = new DeltaLog(service);

    await expect(service.open(join(root, 'no-such-folder'))).rejects.toThrow(/ENOENT/);

    expect(service.currentRoot).toBe(root);
    expect(ids(service)).toEqual(['a.txt']);
    await put(root, 'b.txt', articleText('b'));
    await log.waitFor('b.txt upserted', () => log.upserts('b.txt').length > 0);
  });

  it('settles on the last folder when a second open starts while the first is still starting', async () => {
    const rootA = root;
    const rootB = await temp.make('lib-b');
    await put(rootA, 'a.txt', SEED_TEXT);
    await put(rootB, 'b.txt', articleText('b'));
    const service = createService();
    const resets: LibrarySummary[] = [];
    service.onReset((summary) => resets.push(summary));
    const gate = deferred();
    watchers.gate = gate.promise;

    const first = service.open(rootA);
    while (watchers.waiting === 0) await sleep(5); // the first open is starting its watcher
    const second = service.open(rootB);
    await sleep(50);
    watchers.gate = null;
    gate.release();
    await Promise.all([first, second]);

    expect(service.currentRoot).toBe(rootB);
    expect(ids(service)).toEqual(['b.txt']);
    for (const summary of resets) {
      expect(summary.domains).toEqual(['russiaherald.com']);
      expect(summary.articles).toBe(1);
    }
    expect(resets.at(-1)?.root).toBe(rootB);
    expect(watchers.open.size).toBe(1);
  });
});

describe('live changes', () => {
  let service: LibraryService;
  let log: DeltaLog;

  beforeEach(async () => {
    await put(root, 'a.txt', SEED_TEXT);
    await mkdir(join(root, 'sub'));
    service = createService();
    log = new DeltaLog(service);
    await service.open(root);
  });

  it('reports a new file as an upsert and catalogues it', async () => {
    await put(root, 'new.txt', articleText('new'));
    await log.waitFor('new.txt upserted', () => log.upserts('new.txt').length > 0);
    expect(log.upserts('new.txt')[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [new]`, paragraphs: 8 });
    expect(ids(service)).toEqual(['a.txt', 'new.txt']);
    expect(log.deltas[0]?.root).toBe(root);
  });

  it('reports a file in a new folder', async () => {
    await put(root, 'fresh/deeper/new.txt', articleText('deep'));
    await log.waitFor('fresh/deeper/new.txt upserted', () => log.upserts('fresh/deeper/new.txt').length > 0);
    expect(ids(service)).toEqual(['a.txt', 'fresh/deeper/new.txt']);
  });

  it('reports an edited file with its new content', async () => {
    const before = entryOf(service, 'a.txt');
    await writeFile(join(root, 'a.txt'), articleText('edited', 3));
    await log.waitFor('a.txt with 3 paragraphs', () => log.upserts('a.txt').some((e) => e.ok && e.paragraphs === 3));
    const after = entryOf(service, 'a.txt');
    expect(after).toMatchObject({ ok: true, paragraphs: 3, title: `${SEED_TITLE} [edited]` });
    expect(after?.hash).not.toBe(before?.hash);
  });

  it('reports a file that became unreadable as a broken entry', async () => {
    await writeFile(join(root, 'a.txt'), BINARY_BYTES);
    await log.waitFor('a.txt broken', () => log.upserts('a.txt').some((e) => !e.ok));
    expect(log.upserts('a.txt').at(-1)).toMatchObject({ ok: false, error: 'binary file: not text' });
  });

  it('reports a deleted file as removed once the rename window has passed', async () => {
    await unlink(join(root, 'a.txt'));
    await log.waitFor('a.txt removed', () => log.removed().includes('a.txt'));
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual([]);
  });

  it('reports a renamed file as one rename, never as a removal', async () => {
    await rename(join(root, 'a.txt'), join(root, 'b.txt'));
    await log.waitFor('a.txt renamed', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to: 'b.txt' }]);
    expect(log.upserts('b.txt')[0]).toMatchObject({ ok: true, title: SEED_TITLE });
    await afterRenameWindow();
    expect(log.removed()).toEqual([]);
    expect(ids(service)).toEqual(['b.txt']);
  });

  it('reports a move into a subfolder as a rename', async () => {
    await rename(join(root, 'a.txt'), join(root, 'sub', 'a.txt'));
    await log.waitFor('a.txt moved', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to: 'sub/a.txt' }]);
    await afterRenameWindow();
    expect(log.removed()).toEqual([]);
    expect(ids(service)).toEqual(['sub/a.txt']);
  });

  it('reports a move into a folder made just before as a rename', async () => {
    await mkdir(join(root, 'made-now'));
    await rename(join(root, 'a.txt'), join(root, 'made-now', 'a.txt'));
    await log.waitFor('a.txt moved', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to: 'made-now/a.txt' }]);
  });

  it('reports the files of a deleted folder as removed', async () => {
    await put(root, 'sub/x.txt', articleText('x'));
    await put(root, 'sub/y.txt', articleText('y'));
    await log.waitFor(
      'sub files added',
      () => log.upsertedIds().has('sub/x.txt') && log.upsertedIds().has('sub/y.txt'),
    );
    await rm(join(root, 'sub'), { recursive: true });
    await log.waitFor('sub files removed', () => ['sub/x.txt', 'sub/y.txt'].every((id) => log.removed().includes(id)));
    expect(ids(service)).toEqual(['a.txt']);
  });

  it('keeps a file that is deleted and written again under the same name', async () => {
    await unlink(join(root, 'a.txt'));
    await sleep(STABLE_MS * 2); // the removal is seen before the file comes back
    await writeFile(join(root, 'a.txt'), articleText('rewritten'));
    await log.waitFor('a.txt rewritten', () =>
      log.upserts('a.txt').some((e) => e.ok && e.title.endsWith('[rewritten]')),
    );
    await afterRenameWindow();
    expect(log.removed()).not.toContain('a.txt');
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual(['a.txt']);
  });

  it('keeps a file that is deleted and written again with the same content, without a rename to itself', async () => {
    await unlink(join(root, 'a.txt'));
    await sleep(STABLE_MS * 2);
    await writeFile(join(root, 'a.txt'), SEED_TEXT);
    await sentinel(log);
    await afterRenameWindow();
    expect(log.removed()).not.toContain('a.txt');
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual(['a.txt', 'sentinel.txt']);
  });

  it('delivers a burst of 500 new files, each one readable', async () => {
    const names = Array.from({ length: 500 }, (_, i) => `burst/${String(i).padStart(3, '0')}.txt`);
    await mkdir(join(root, 'burst'));
    await Promise.all(names.map((name, i) => writeFile(join(root, name), articleText(`burst ${i}`))));
    await log.waitFor('all 500 burst files', () => names.every((name) => log.upsertedIds().has(name)), 60_000);
    for (const name of names) {
      expect(log.upserts(name).at(-1)).toMatchObject({ id: name, ok: true, paragraphs: SEED_PARAGRAPHS.length });
    }
    expect(service.listed()).toHaveLength(501);
  }, 90_000);

  it('reads a file that is written in two parts only once it is whole', async () => {
    const full = articleText('halves');
    const cut = full.indexOf(SEED_PARAGRAPHS[2] ?? '');
    const handle = await openFile(join(root, 'halves.txt'), 'w');
    await handle.write(full.slice(0, cut));
    await handle.sync();
    await sleep(STABLE_MS / 4);
    await handle.write(full.slice(cut));
    await handle.close();
    await log.waitFor('halves.txt', () => log.upserts('halves.txt').length > 0);
    await sleep(STABLE_MS * 3);
    const seen = log.upserts('halves.txt');
    expect(seen.map((entry) => (entry.ok ? entry.paragraphs : -1))).toEqual(seen.map(() => SEED_PARAGRAPHS.length));
  });

  it('ignores hidden, temporary and non-article files', async () => {
    await put(root, '.hidden.txt', SEED_TEXT);
    await put(root, '~$lock.txt', SEED_TEXT);
    await put(root, 'draft.txt~', SEED_TEXT);
    await put(root, 'photo.png', BINARY_BYTES);
    await put(root, '.git/inside.txt', SEED_TEXT);
    await sentinel(log);
    expect(ids(service)).toEqual(['a.txt', 'sentinel.txt']);
    expect([...log.upsertedIds()]).toEqual(['sentinel.txt']);
  });

  it('does not catalogue a link to a file outside the library, nor a link to a folder', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), 'Secret title only the link could reveal\n20240101\nbody');
    await mkdir(join(outside, 'photos'));
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    await symlink(join(outside, 'photos'), join(root, 'photos'), 'dir');
    await sentinel(log);
    expect(ids(service)).toEqual(['a.txt', 'sentinel.txt']);
    expect(JSON.stringify(log.deltas)).not.toContain('Secret title');
  });

  it('stops reporting once closed', async () => {
    await service.close();
    await put(root, 'late.txt', SEED_TEXT);
    await sleep(STABLE_MS * 4);
    expect(log.deltas).toEqual([]);
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
    await service.open(root);
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
    await service.open(root);
    await expect(service.readArticle(id)).rejects.toThrow(OutsideLibraryError);
  });

  it('rejects a link inside the library to a file outside it', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    const service = createService();
    await service.open(root);
    await expect(service.readArticle('secret.txt')).rejects.toThrow(OutsideLibraryError);
  });

  it('reads only article files: not hidden ones, not other kinds', async () => {
    await put(root, '.hidden.txt', SEED_TEXT);
    await put(root, '.git/config.txt', SEED_TEXT);
    await put(root, 'settings.json', SEED_TEXT);
    const service = createService();
    await service.open(root);
    for (const id of ['.hidden.txt', '.git/config.txt', 'settings.json']) {
      await expect(service.readArticle(id)).rejects.toThrow(`"${id}" is not an article file in the library`);
    }
  });

  it('says why an unreadable file cannot be read', async () => {
    await put(root, 'bin.txt', BINARY_BYTES);
    const service = createService();
    await service.open(root);
    await expect(service.readArticle('bin.txt')).rejects.toThrow('bin.txt cannot be read: binary file: not text');
  });
});

describe('imports', () => {
  let service: LibraryService;
  let log: DeltaLog;

  beforeEach(async () => {
    await put(root, 'a.txt', SEED_TEXT);
    service = createService(join(dataDir, 'catalog.sqlite'), 4096);
    log = new DeltaLog(service);
    await service.open(root);
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
