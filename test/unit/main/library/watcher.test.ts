// The folder watcher on its own over real temp folders: what it reports for files and folders coming and going.
import { mkdir, open as openFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  watchLibrary,
  WatchStopped,
  type LibraryWatcher,
  type WatchHandlers,
} from '../../../../src-main/library/watcher';
import { EventLog } from '../../../support/event-log';
import { articleText, put, TempDirs } from '../../../support/temp-library';

const STABLE_MS = 80;
const temp = new TempDirs();

type Kind = 'add' | 'change' | 'unlink';
type Event = readonly [Kind, string];

/** What a watcher reported, as [kind, path relative to the root], with waits on it. */
class WatchLog {
  private readonly log = new EventLog<Event>();
  private readonly errorLog = new EventLog<unknown>();
  readonly handlers: WatchHandlers;

  constructor(private readonly root: string) {
    const record = (kind: Kind) => (path: string) => this.log.record([kind, path.slice(root.length + 1)]);
    this.handlers = {
      onAdd: record('add'),
      onChange: record('change'),
      onUnlink: record('unlink'),
      onError: this.errorLog.record,
    };
  }

  get events(): readonly Event[] {
    return this.log.events;
  }

  get errors(): readonly unknown[] {
    return this.errorLog.events;
  }

  /** Resolves to the first error reported that passes the check, once there is one. */
  async waitForError(what: string, check: (error: unknown) => boolean): Promise<unknown> {
    await this.errorLog.waitFor(what, (errors) => errors.some(check));
    return this.errors.find(check);
  }

  has(kind: Kind, id: string): boolean {
    return this.events.some(([k, p]) => k === kind && p === id);
  }

  waitFor(kind: Kind, id: string): Promise<void> {
    return this.log.waitFor(`${kind} ${id}`, () => this.has(kind, id));
  }

  /**
   * Writes a new file and waits until it is reported: how a test knows that nothing more is coming. Each
   * path's quiet period is the same length (or shorter, when the file's mtime says it is older) and
   * restarts on its latest event, and fs.watch hands events over in the order they happened, so every path
   * heard of before the sentinel was written has its check started first. Each check is one lstat; should
   * the thread pool finish two out of order, a stray report could come after the sentinel's, which can only
   * hide a regression on that run, never fail a correct watcher.
   */
  async settled(sentinel = 'sentinel.txt'): Promise<void> {
    await put(this.root, sentinel, articleText(sentinel));
    await this.waitFor('add', sentinel);
  }
}

let root: string;
let log: WatchLog;
let watcher: LibraryWatcher;

// One watch per folder (Linux's way) and one recursive watch of the root (macOS's and Windows's way).
describe.each([false, true])('watchLibrary (recursive: %s)', (recursive) => {
  beforeEach(async () => {
    root = await temp.make('watch');
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'old/b.txt', articleText('b'));
    await put(root, 'old/deeper/c.txt', articleText('c'));
    log = new WatchLog(root);
    watcher = await watchLibrary(root, log.handlers, { stableMs: STABLE_MS, recursive });
  });

  afterEach(async () => {
    await watcher.close();
    await temp.cleanup();
  });

  it('reports nothing for the files already there', async () => {
    await log.settled();
    expect(log.events).toEqual([['add', 'sentinel.txt']]);
  });

  it('tells a new file from a written one', async () => {
    await put(root, 'new.txt', articleText('new'));
    await writeFile(join(root, 'a.txt'), articleText('edited'));
    await log.waitFor('add', 'new.txt');
    await log.waitFor('change', 'a.txt');
    expect(log.has('add', 'a.txt')).toBe(false);
  });

  it('reports a file once it has stopped being written, not each write', async () => {
    // A longer quiet period than the other tests', so that a busy machine pausing the writer between two
    // writes does not make a legitimate second report.
    const stableMs = STABLE_MS * 4;
    await watcher.close();
    watcher = await watchLibrary(root, log.handlers, { stableMs, recursive });
    // Appends for longer than the quiet period, each write as soon as the one before has landed: a watcher
    // that reported each write, or a fixed time after the first, reports the file more than once.
    const handle = await openFile(join(root, 'slow.txt'), 'w');
    const started = performance.now();
    let lines = 0;
    while (performance.now() - started < stableMs * 1.5) await handle.write(`line ${lines++}\n`);
    await handle.close();
    await log.waitFor('add', 'slow.txt');
    await log.settled();
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
    await log.settled();
    expect(log.events).toEqual([['add', 'sentinel.txt']]);
    expect(log.errors).toEqual([]);
  });

  it('says so when the library folder itself is deleted', async () => {
    await rm(root, { recursive: true });
    const stopped = await log.waitForError('WatchStopped', (error) => error instanceof WatchStopped);
    expect(stopped).toMatchObject({
      message:
        `The library folder ${root} was deleted, moved or renamed. ` +
        'Changes are no longer seen: choose the folder again, or another one.',
    });
  });

  it('reports nothing once closed', async () => {
    // A second watcher of the same folder is the witness: it hears of the file as the closed one would have,
    // so once it has reported the file and then a sentinel, the closed one would have reported it too.
    const witness = new WatchLog(root);
    const open = await watchLibrary(root, witness.handlers, { stableMs: STABLE_MS, recursive });
    try {
      await watcher.close();
      await put(root, 'late.txt', articleText('late'));
      await witness.waitFor('add', 'late.txt');
      await witness.settled();
    } finally {
      await open.close();
    }
    expect(log.events).toEqual([]);
  });
});
