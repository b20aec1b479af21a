// The preload script over a fake electron: window.api is exposed, calls go through ipcRenderer.invoke,
// and listeners never receive the IpcRendererEvent.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src-preload/contract';
import { emptySummary } from '../../support/library-summary';
import { fakeContextBridge, fakeIpcRenderer, FakeIpcRendererEvent } from './fake-electron-renderer';

vi.mock('electron', () =>
  import('./fake-electron-renderer').then((fake) => ({
    contextBridge: fake.fakeContextBridge,
    ipcRenderer: fake.fakeIpcRenderer,
  })),
);

const SUMMARY = emptySummary();

let api: Api;

beforeAll(async () => {
  await import('../../../src-preload/index');
  api = fakeContextBridge.mainWorld.get('api') as Api;
});

beforeEach(() => {
  fakeIpcRenderer.reset();
});

describe('the preload script', () => {
  it('exposes the api, and only the api, in the main world', () => {
    expect([...fakeContextBridge.mainWorld.keys()]).toEqual(['api']);
  });

  it('invokes through ipcRenderer.invoke and returns what main answered', async () => {
    fakeIpcRenderer.reply = (channel) => (channel === 'library:get' ? SUMMARY : undefined);

    await expect(api.getLibrary()).resolves.toEqual(SUMMARY);
    await api.readArticle('2024/harbour.txt');
    await api.openExternal('https://example.org/story');

    expect(fakeIpcRenderer.invocations).toEqual([
      ['library:get'],
      ['articles:read', '2024/harbour.txt'],
      ['shell:open-external', 'https://example.org/story'],
    ]);
  });

  it('passes file bytes through unchanged', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    await api.importFiles([{ name: 'bom.txt', bytes }]);

    expect(fakeIpcRenderer.invocations).toEqual([['library:import-files', [{ name: 'bom.txt', bytes }]]]);
  });

  it('rejects when main refuses', async () => {
    fakeIpcRenderer.reply = () => {
      throw new Error('refused articles:read from an untrusted frame');
    };
    await expect(api.readArticle('a.txt')).rejects.toThrow('untrusted frame');
  });

  it('hands listeners the payload and never the IpcRendererEvent', () => {
    const received: unknown[][] = [];
    api.onAppCommand((...args: unknown[]) => received.push(args));
    api.onLibraryReset((...args: unknown[]) => received.push(args));

    fakeIpcRenderer.emit('app:command', 'add-files');
    fakeIpcRenderer.emit('library:reset', SUMMARY);

    expect(received).toEqual([['add-files'], [SUMMARY]]);
    expect(received.flat().some((value) => value instanceof FakeIpcRendererEvent)).toBe(false);
  });

  it('removes exactly the listener that unsubscribes', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = api.onLibraryChanged((delta) => first.push(delta));
    const offSecond = api.onLibraryChanged((delta) => second.push(delta));
    const delta = { root: '/library', upserted: [], removed: ['old.txt'], renamed: [] };

    offFirst();
    fakeIpcRenderer.emit('library:changed', delta);
    expect(first).toEqual([]);
    expect(second).toEqual([delta]);

    offSecond();
    expect(fakeIpcRenderer.listenerCount('library:changed')).toBe(0);
  });
});
