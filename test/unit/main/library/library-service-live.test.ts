// LibraryService's live changes over a real temp folder and a fake watcher the test drives: new, edited,
// broken, deleted and renamed files as deltas, what it ignores, watch errors, and silence once closed. It
// waits on the service's own promises (whenIdle) and events; the real watcher's timing is watcher.test.ts's.
import { mkdir, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryProblem } from '../../../../src-preload/contract';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import type { LibraryService } from '../../../../src-main/library/library-service';
import { WatchStopped } from '../../../../src-main/library/watcher';
import type { FakeWatcher } from '../../../support/fake-watcher';
import { LibraryLog } from '../../../support/library-log';
import { articleText, BINARY_BYTES, put, SEED_PARAGRAPHS, SEED_TEXT, SEED_TITLE } from '../../../support/temp-library';
import { entryOf, ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

// The real readCatalogEntry, counted: a reopen that re-parses an unchanged file shows up here.
vi.mock('../../../../src-main/catalog/reading/read-entry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/catalog/reading/read-entry')>();
  return { ...actual, readCatalogEntry: vi.fn<typeof actual.readCatalogEntry>(actual.readCatalogEntry) };
});

let h: ServiceHarness;
withLibraryService((made) => (h = made));

describe('live changes', () => {
  let service: LibraryService;
  let log: LibraryLog;
  let watcher: FakeWatcher;

  /** Waits until a removal held now would have been reported: a file removed after it is reported first. */
  async function afterRenameWindow(): Promise<void> {
    const fence = `fence-${log.deltas.events.length}.txt`;
    await put(h.root, fence, articleText(fence));
    watcher.add(fence);
    await service.whenIdle();
    await unlink(join(h.root, fence));
    watcher.unlink(fence);
    await log.waitFor(`${fence} removed`, () => log.removed().includes(fence));
  }

  beforeEach(async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    await mkdir(join(h.root, 'sub'));
    service = h.createService();
    const first = new LibraryLog(service);
    await opened(service, h.root);
    await first.waitFor('a.txt listed', () => first.upsertedIds().has('a.txt'));
    // Each test hears only what happens after the first read.
    log = new LibraryLog(service);
    watcher = h.fakes.of(h.root);
  });

  it('reports a new file as an upsert and catalogues it', async () => {
    await put(h.root, 'new.txt', articleText('new'));
    watcher.add('new.txt');
    await log.waitFor('new.txt upserted', () => log.upserts('new.txt').length > 0);
    expect(log.upserts('new.txt')[0]).toMatchObject({ ok: true, title: `${SEED_TITLE} [new]`, paragraphs: 8 });
    expect(ids(service)).toEqual(['a.txt', 'new.txt']);
    expect(log.deltas.events[0]?.root).toBe(h.root);
  });

  it('reports a file in a new folder', async () => {
    await put(h.root, 'fresh/deeper/new.txt', articleText('deep'));
    watcher.add('fresh/deeper/new.txt');
    await log.waitFor('fresh/deeper/new.txt upserted', () => log.upserts('fresh/deeper/new.txt').length > 0);
    expect(ids(service)).toEqual(['a.txt', 'fresh/deeper/new.txt']);
  });

  it('reports an edited file with its new content, and numbers each delta after the last', async () => {
    const before = entryOf(service, 'a.txt');
    const { version } = await service.summary();
    await writeFile(join(h.root, 'a.txt'), articleText('edited', 3));
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
    await writeFile(join(h.root, 'a.txt'), BINARY_BYTES);
    watcher.change('a.txt');
    await log.waitFor('a.txt broken', () => log.upserts('a.txt').some((e) => !e.ok));
    expect(log.upserts('a.txt').at(-1)).toMatchObject({ ok: false, error: 'binary file: not text' });
  });

  it('reports a deleted file as removed once the rename window has passed', async () => {
    await unlink(join(h.root, 'a.txt'));
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
    await mkdir(join(h.root, 'made-now'));
    await rename(join(h.root, 'a.txt'), join(h.root, ...to.split('/')));
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
    await rename(join(h.root, 'a.txt'), join(h.root, 'b.txt'));
    watcher.add('b.txt');
    await service.whenIdle();
    watcher.unlink('a.txt');
    await log.waitFor('a.txt renamed', () => log.renamed().length > 0);
    expect(log.renamed()).toEqual([{ from: 'a.txt', to: 'b.txt' }]);
    await afterRenameWindow();
    expect(log.removed().filter((id) => !id.startsWith('fence'))).toEqual([]);
  });

  it('reports the files of a deleted folder as removed', async () => {
    await put(h.root, 'sub/x.txt', articleText('x'));
    await put(h.root, 'sub/y.txt', articleText('y'));
    watcher.add('sub/x.txt');
    watcher.add('sub/y.txt');
    await service.whenIdle();
    await rm(join(h.root, 'sub'), { recursive: true });
    watcher.unlink('sub/x.txt');
    watcher.unlink('sub/y.txt');
    await log.waitFor('sub files removed', () => ['sub/x.txt', 'sub/y.txt'].every((id) => log.removed().includes(id)));
    expect(ids(service)).toEqual(['a.txt']);
  });

  it.each([
    ['other content', articleText('rewritten')],
    ['the same content, without a rename to itself', SEED_TEXT],
  ])('keeps a file that is deleted and written again under the same name, with %s', async (_what, content) => {
    await unlink(join(h.root, 'a.txt'));
    watcher.unlink('a.txt');
    await service.whenIdle(); // the removal is seen (and held for the rename window) before the file comes back
    await writeFile(join(h.root, 'a.txt'), content);
    watcher.add('a.txt');
    await afterRenameWindow();
    expect(log.removed()).not.toContain('a.txt');
    expect(log.renamed()).toEqual([]);
    expect(ids(service)).toEqual(['a.txt']);
    expect(entryOf(service, 'a.txt')).toMatchObject({ ok: true, title: content.split('\n')[0] });
  });

  it('delivers a burst of 500 new files, each one readable', async () => {
    const names = Array.from({ length: 500 }, (_, i) => `burst/${String(i).padStart(3, '0')}.txt`);
    await mkdir(join(h.root, 'burst'));
    await Promise.all(names.map((name, i) => writeFile(join(h.root, name), articleText(`burst ${i}`))));
    for (const name of names) watcher.add(name);
    await log.waitFor('all 500 burst files', () => names.every((name) => log.upsertedIds().has(name)));
    for (const name of names) {
      expect(log.upserts(name).at(-1)).toMatchObject({ id: name, ok: true, paragraphs: SEED_PARAGRAPHS.length });
    }
    expect(service.listed()).toHaveLength(501);
  });

  it('ignores hidden, temporary and non-article files, and links that lead out or to a folder', async () => {
    const outside = await h.temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), 'Secret title only the link could reveal\n20240101\nbody');
    await mkdir(join(outside, 'photos'));
    await symlink(join(outside, 'secret.txt'), join(h.root, 'secret.txt'));
    await symlink(join(outside, 'photos'), join(h.root, 'photos'), 'dir');
    const ignored = ['.hidden.txt', '~$lock.txt', 'draft.txt~', 'photo.png', '.git/inside.txt'];
    for (const name of ignored) await put(h.root, name, SEED_TEXT);
    for (const name of [...ignored, 'secret.txt', 'photos']) watcher.add(name);
    await put(h.root, 'sentinel.txt', articleText('sentinel'));
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
    expect(problems).toEqual([{ root: h.root, message: 'The library folder was deleted or moved.' }]);
    expect(h.logged.filter((line) => line.startsWith('watch error'))).toHaveLength(2);
  });

  it('closes its watcher when closed, and hears no event that arrives after', async () => {
    await service.close();
    expect(watcher.closed).toBe(true);
    await put(h.root, 'late.txt', SEED_TEXT);
    watcher.add('late.txt');
    watcher.error(new WatchStopped('late'));
    await service.whenIdle();
    expect(service.listed()).toEqual([]);
    expect(log.deltas.events).toEqual([]);
    expect(() => service.entriesOf(['a.txt'])).toThrow('the library is closed');
  });
});
