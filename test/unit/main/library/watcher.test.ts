// The folder watcher on its own over real temp folders: what it reports for files and folders coming and going.
import { mkdir, open as openFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchLibrary, type LibraryWatcher } from '../../../../src-main/library/watcher';
import { articleText, put, sleep, TempDirs } from './temp-library';

const STABLE_MS = 80;
const temp = new TempDirs();

type Event = readonly ['add' | 'change' | 'unlink', string];

class EventLog {
  readonly events: Event[] = [];
  readonly errors: unknown[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(private readonly root: string) {}

  readonly handlers = {
    onAdd: (path: string) => this.push(['add', path]),
    onChange: (path: string) => this.push(['change', path]),
    onUnlink: (path: string) => this.push(['unlink', path]),
    onError: (error: unknown) => this.errors.push(error),
  };

  private push([kind, path]: Event): void {
    this.events.push([kind, path.slice(this.root.length + 1)]);
    for (const wake of this.waiters) wake();
  }

  has(kind: Event[0], id: string): boolean {
    return this.events.some(([k, p]) => k === kind && p === id);
  }

  waitFor(kind: Event[0], id: string): Promise<void> {
    if (this.has(kind, id)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${kind} ${id}; saw ${JSON.stringify(this.events)}`)), 10_000);
      const wake = (): void => {
        if (!this.has(kind, id)) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }
}

let root: string;
let log: EventLog;
let watcher: LibraryWatcher;

// One watch per folder (Linux's way) and one recursive watch of the root (macOS's and Windows's way).
describe.each([false, true])('watchLibrary (recursive: %s)', (recursive) => {
  beforeEach(async () => {
    root = await temp.make('watch');
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'old/b.txt', articleText('b'));
    await put(root, 'old/deeper/c.txt', articleText('c'));
    log = new EventLog(root);
    watcher = await watchLibrary(root, log.handlers, { stableMs: STABLE_MS, recursive });
  });

  afterEach(async () => {
    await watcher.close();
    await temp.cleanup();
  });

  it('reports nothing for the files already there', async () => {
    await sleep(STABLE_MS * 3);
    expect(log.events).toEqual([]);
  });

  it('tells a new file from a written one', async () => {
    await put(root, 'new.txt', articleText('new'));
    await writeFile(join(root, 'a.txt'), articleText('edited'));
    await log.waitFor('add', 'new.txt');
    await log.waitFor('change', 'a.txt');
    expect(log.has('add', 'a.txt')).toBe(false);
  });

  it('reports a file once it has stopped being written, not each write', async () => {
    const handle = await openFile(join(root, 'slow.txt'), 'w');
    for (let i = 0; i < 5; i++) {
      await handle.write(`line ${i}\n`);
      await sleep(STABLE_MS / 4);
    }
    await handle.close();
    await log.waitFor('add', 'slow.txt');
    await sleep(STABLE_MS * 2);
    expect(log.events.filter(([, path]) => path === 'slow.txt')).toEqual([['add', 'slow.txt']]);
  });

  it('reports a removed file, and a rename as a removal and an addition', async () => {
    await unlink(join(root, 'a.txt'));
    await rename(join(root, 'old/b.txt'), join(root, 'old/b2.txt'));
    await log.waitFor('unlink', 'a.txt');
    await log.waitFor('unlink', 'old/b.txt');
    await log.waitFor('add', 'old/b2.txt');
    expect(log.has('change', 'old/b2.txt')).toBe(false);
  });

  it('announces every file of a folder moved in, and watches inside it', async () => {
    const outside = await temp.make('outside');
    await put(outside, 'moved/x.txt', articleText('x'));
    await put(outside, 'moved/inner/y.txt', articleText('y'));
    await rename(join(outside, 'moved'), join(root, 'moved'));
    await log.waitFor('add', 'moved/x.txt');
    await log.waitFor('add', 'moved/inner/y.txt');
    await put(root, 'moved/inner/z.txt', articleText('z'));
    await log.waitFor('add', 'moved/inner/z.txt');
    expect(log.events.filter(([kind]) => kind === 'unlink')).toEqual([]);
  });

  it('reports the files of a removed folder, however deep, and stops watching it', async () => {
    await rm(join(root, 'old'), { recursive: true });
    await log.waitFor('unlink', 'old/b.txt');
    await log.waitFor('unlink', 'old/deeper/c.txt');
    await mkdir(join(root, 'old'));
    await put(root, 'old/back.txt', articleText('back'));
    await log.waitFor('add', 'old/back.txt');
    expect(
      log.events
        .filter(([kind]) => kind === 'unlink')
        .map(([, id]) => id)
        .toSorted(),
    ).toEqual(['old/b.txt', 'old/deeper/c.txt']);
  });

  // Node emulates a recursive watch on Linux by watching each folder itself, and a file written into a
  // folder made a moment before it does so can go unseen there; macOS and Windows, where the app uses the
  // recursive watch, watch the whole tree natively.
  it.skipIf(recursive && process.platform === 'linux')(
    'watches a folder deleted and made again at once under the same name',
    async () => {
      await rm(join(root, 'old'), { recursive: true });
      await mkdir(join(root, 'old'));
      await put(root, 'old/again.txt', articleText('again'));
      await log.waitFor('add', 'old/again.txt');
      await log.waitFor('unlink', 'old/b.txt');
      await put(root, 'old/later.txt', articleText('later'));
      await log.waitFor('add', 'old/later.txt');
      expect(log.has('unlink', 'old/deeper/c.txt')).toBe(true);
    },
  );

  it('ignores hidden folders, temporary files and other kinds of file', async () => {
    await put(root, '.git/inside.txt', articleText('git'));
    await put(root, 'draft.txt~', articleText('draft'));
    await put(root, 'photo.png', 'not text');
    await put(root, 'sentinel.txt', articleText('sentinel'));
    await log.waitFor('add', 'sentinel.txt');
    await sleep(STABLE_MS * 2);
    expect(log.events).toEqual([['add', 'sentinel.txt']]);
    expect(log.errors).toEqual([]);
  });

  it('says so when the library folder itself is deleted', async () => {
    await rm(root, { recursive: true });
    await expect
      .poll(() => log.errors.map(String).join(' '), { timeout: 10_000 })
      .toMatch(/library folder .* was deleted, moved or renamed/);
  });

  it('reports nothing once closed', async () => {
    await watcher.close();
    await put(root, 'late.txt', articleText('late'));
    await sleep(STABLE_MS * 3);
    expect(log.events).toEqual([]);
  });
});
