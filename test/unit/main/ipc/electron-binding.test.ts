// The electron IPC binding: one handler per channel, the sender-frame check, and the window event sink.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel, InvokeResult } from '../../../../src-preload/contract';
import { bindHandlerTable, createSenderCheck, createWindowEventSink } from '../../../../src-main/ipc/electron-binding';
import type { HandlerTable } from '../../../../src-main/ipc/handlers';
import { FakeIpcMain, FakeWebContents } from '../../../support/fake-electron';
import { emptySummary, indexedReport } from '../../../support/library-summary';

// The binding imports electron for types only; the mock keeps a stray runtime import from fetching the binary.
vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

const APP_URL = 'app://dossier/index.html';
const DEV_URL = 'http://localhost:5173';

/** A handler table whose handlers only record what they were called with. */
class FakeHandlers {
  readonly calls: [InvokeChannel, unknown[]][] = [];
  readonly table: HandlerTable = {
    'library:get': this.record('library:get', emptySummary()),
    'library:entries': this.record('library:entries', []),
    'library:find-by-hashes': this.record('library:find-by-hashes', []),
    'library:choose-folder': this.record('library:choose-folder', null),
    'library:import-files': this.record('library:import-files', { added: [], duplicates: [], refused: [] }),
    'library:add-files-dialog': this.record('library:add-files-dialog', null),
    'articles:read': this.record('articles:read', {
      id: 'a.txt',
      title: 'A title',
      date: null,
      dateRaw: null,
      url: null,
      source: null,
      domain: null,
      outlet: null,
      author: null,
      language: null,
      format: 'text',
      paragraphs: ['One paragraph.'],
      hash: 'h',
      warnings: [],
    }),
    'shell:open-external': this.record('shell:open-external', true),
    'files:save': this.record('files:save', null),
    'files:open-text': this.record('files:open-text', null),
    'briefs:export': this.record('briefs:export', null),
    'briefs:export-preferences': this.record('briefs:export-preferences', { brief: null, article: null, folder: null }),
    'files:open-exported': this.record('files:open-exported', null),
    'files:show-exported': this.record('files:show-exported', null),
    'files:open-original': this.record('files:open-original', null),
    'search:query': this.record('search:query', { total: 0, offset: 0, hits: [], corrections: [], elapsedMs: 0 }),
    'search:set-annotations': this.record('search:set-annotations', indexedReport(0)),
    'sources:set-grades': this.record('sources:set-grades', 0),
    'stories:of': this.record('stories:of', null),
    'stories:ids': this.record('stories:ids', []),
    'library:cancel-scan': this.record('library:cancel-scan', null),
    'library:retry': this.record('library:retry', emptySummary()),
    'app:take-notices': this.record('app:take-notices', []),
    'app:take-legacy-work': this.record('app:take-legacy-work', []),
    'app:legacy-work-moved': this.record('app:legacy-work-moved', null),
    'snapshots:list': this.record('snapshots:list', { folder: '/data/snapshots', snapshots: [] }),
    'snapshots:save': this.record('snapshots:save', {
      snapshot: {
        id: 's.json',
        takenAt: 0,
        reason: 'auto',
        counts: { highlights: 0, notes: 0, briefs: 0, matrices: 0 },
      },
      written: true,
    }),
    'snapshots:read': this.record('snapshots:read', {
      type: 'AnnotationCollection',
      'dossier:format': 'dossier-work',
      'dossier:version': 1,
      items: [],
    }),
  };

  private record<C extends InvokeChannel>(channel: C, result: InvokeResult<C>) {
    return async (...args: unknown[]): Promise<InvokeResult<C>> => {
      this.calls.push([channel, args]);
      return result;
    };
  }
}

describe('bindHandlerTable', () => {
  let ipcMain: FakeIpcMain;
  let handlers: FakeHandlers;

  beforeEach(() => {
    ipcMain = new FakeIpcMain();
    handlers = new FakeHandlers();
  });

  it('registers exactly one ipcMain handler per channel of the table', () => {
    bindHandlerTable(ipcMain, handlers.table, createSenderCheck(APP_URL));
    expect([...ipcMain.handlers.keys()].toSorted()).toEqual(Object.keys(handlers.table).toSorted());
  });

  it('calls the channel handler with the arguments from the renderer and returns its result', async () => {
    bindHandlerTable(ipcMain, handlers.table, createSenderCheck(APP_URL));

    const article = await ipcMain.invoke('articles:read', APP_URL, 'a.txt');
    const opened = await ipcMain.invoke('shell:open-external', APP_URL, 'https://example.org/');

    expect(article).toMatchObject({ id: 'a.txt', title: 'A title' });
    expect(opened).toBe(true);
    expect(handlers.calls).toEqual([
      ['articles:read', ['a.txt']],
      ['shell:open-external', ['https://example.org/']],
    ]);
  });

  it.each([
    ['another web page', 'https://evil.example/index.html'],
    ['another local file', 'file:///tmp/downloaded.html'],
    ['a blank frame', 'about:blank'],
    ['a frame that is gone', undefined],
  ])('refuses a call from %s without running the handler', async (_label, frameUrl) => {
    bindHandlerTable(ipcMain, handlers.table, createSenderCheck(APP_URL));

    await expect(ipcMain.invoke('articles:read', frameUrl, 'a.txt')).rejects.toThrow(
      'refused articles:read from an untrusted frame',
    );
    expect(handlers.calls).toEqual([]);
  });

  it('removes every handler when unbound, so the table can be bound again', () => {
    const unbind = bindHandlerTable(ipcMain, handlers.table, createSenderCheck(APP_URL));
    unbind();
    expect(ipcMain.handlers.size).toBe(0);

    bindHandlerTable(ipcMain, handlers.table, createSenderCheck(APP_URL));
    expect(ipcMain.handlers.size).toBe(Object.keys(handlers.table).length);
  });
});

describe('createSenderCheck for the bundled page', () => {
  const isApp = createSenderCheck(APP_URL);

  it.each([
    ['the page itself', APP_URL],
    ['the page with a fragment', `${APP_URL}#/article/a.txt`],
    ['the page with a query', `${APP_URL}?restored=1`],
    ['the host in capitals', 'app://DOSSIER/index.html'],
  ])('accepts %s', (_label, url) => {
    expect(isApp(url)).toBe(true);
  });

  it.each([
    ['another page of the same origin', 'app://dossier/error.html'],
    ['the same path on another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://dossier.evil.example/index.html'],
    ['a local file of the same name', 'file:///index.html'],
    ['the old file page', 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html'],
    ['an https page', 'https://dossier/index.html'],
    ['a blob of the origin', 'blob:app://dossier/5d41402a-bc4b-2a76-b971-9d911017c592'],
    ['the dev server', 'http://localhost:5173/'],
    ['a data URL', 'data:text/html,<h1>hi</h1>'],
    ['about:blank', 'about:blank'],
    ['an empty string', ''],
    ['something that is not a URL', 'not a url'],
    ['no URL at all', undefined],
  ])('refuses %s', (_label, url) => {
    expect(isApp(url)).toBe(false);
  });
});

describe('createSenderCheck for the dev server', () => {
  const isApp = createSenderCheck(DEV_URL);

  it.each([
    ['its root', 'http://localhost:5173/'],
    ['any path on its origin', 'http://localhost:5173/src/main.tsx?t=1#x'],
  ])('accepts %s', (_label, url) => {
    expect(isApp(url)).toBe(true);
  });

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['https on the same host and port', 'https://localhost:5173/'],
    ['the same port on another host name', 'http://127.0.0.1:5173/'],
    ['a look-alike host', 'http://localhost:5173.evil.example/'],
    ['the bundled file', APP_URL],
    ['no URL at all', undefined],
  ])('refuses %s', (_label, url) => {
    expect(isApp(url)).toBe(false);
  });
});

describe('createWindowEventSink', () => {
  it('sends the event to the window contents', () => {
    const contents = new FakeWebContents();
    const send = createWindowEventSink(() => contents);

    send('app:command', 'add-files');

    expect(contents.sent).toEqual([['app:command', 'add-files']]);
  });

  it('skips destroyed contents instead of throwing', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    const send = createWindowEventSink(() => contents);

    expect(() => send('app:command', 'focus-search')).not.toThrow();
    expect(contents.sent).toEqual([]);
  });

  it('skips while there is no window, and reaches the window created later', () => {
    let contents: FakeWebContents | null = null;
    const send = createWindowEventSink(() => contents);

    send('app:command', 'add-files');
    contents = new FakeWebContents();
    send('app:command', 'choose-library');

    expect(contents.sent).toEqual([['app:command', 'choose-library']]);
  });
});
