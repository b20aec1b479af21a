// Native open dialogs: what they ask the OS for, and what a cancel turns into.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FORMAT_EXTENSIONS } from '../../../../src-shared/file-formats';
import { createElectronDialogs } from '../../../../src-main/window/dialogs';
import { FakeBrowserWindow, FakeDialog } from '../../../support/fake-electron';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

describe('createElectronDialogs', () => {
  let dialog: FakeDialog;
  let window: FakeBrowserWindow;

  beforeEach(() => {
    dialog = new FakeDialog();
    window = new FakeBrowserWindow();
  });

  describe('chooseLibraryFolder', () => {
    it('asks for one directory, attached to the app window', async () => {
      dialog.result = { canceled: false, filePaths: ['/home/analyst/News'] };
      const dialogs = createElectronDialogs(dialog, () => window.asBrowserWindow());

      await expect(dialogs.chooseLibraryFolder()).resolves.toBe('/home/analyst/News');

      expect(dialog.calls).toHaveLength(1);
      const [call] = dialog.calls;
      expect(call?.window).toBe(window);
      expect(call?.options.properties).toContain('openDirectory');
      expect(call?.options.properties).not.toContain('openFile');
      expect(call?.options.properties).not.toContain('multiSelections');
    });

    it('gives null when the analyst cancels', async () => {
      dialog.result = { canceled: true, filePaths: [] };
      const dialogs = createElectronDialogs(dialog, () => window.asBrowserWindow());

      await expect(dialogs.chooseLibraryFolder()).resolves.toBeNull();
    });

    it('gives null when the OS reports no path', async () => {
      dialog.result = { canceled: false, filePaths: [] };
      const dialogs = createElectronDialogs(dialog, () => window.asBrowserWindow());

      await expect(dialogs.chooseLibraryFolder()).resolves.toBeNull();
    });

    it('still opens, unparented, when there is no window', async () => {
      dialog.result = { canceled: false, filePaths: ['/srv/library'] };
      const dialogs = createElectronDialogs(dialog, () => null);

      await expect(dialogs.chooseLibraryFolder()).resolves.toBe('/srv/library');
      expect(dialog.calls[0]?.window).toBeNull();
    });
  });

  describe('chooseArticleFiles', () => {
    it('asks for several files with a filter of every format first, then one per format', async () => {
      dialog.result = { canceled: false, filePaths: ['/tmp/a.txt', '/tmp/b.md'] };
      const dialogs = createElectronDialogs(dialog, () => window.asBrowserWindow());

      await expect(dialogs.chooseArticleFiles()).resolves.toEqual(['/tmp/a.txt', '/tmp/b.md']);

      const options = dialog.calls[0]?.options;
      expect(dialog.calls[0]?.window).toBe(window);
      expect(options?.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
      expect(options?.properties).not.toContain('openDirectory');
      const [articles, ...others] = options?.filters ?? [];
      expect(articles?.name).toBe('All articles');
      // Every ending the library reads, without its dot (as Electron wants it).
      expect([...(articles?.extensions ?? [])].sort()).toEqual(FORMAT_EXTENSIONS.map((ext) => ext.slice(1)).sort());
      expect(others.map((filter) => filter.name)).toEqual([
        'Text and Markdown',
        'Web pages',
        'PDF documents',
        'Word documents',
        'E-mails',
        'Feeds (RSS, Atom)',
        'All files',
      ]);
      expect(others.find((filter) => filter.name === 'PDF documents')?.extensions).toEqual(['pdf']);
      expect(others.at(-1)?.extensions).toEqual(['*']);
    });

    it('gives an empty list when the analyst cancels', async () => {
      dialog.result = { canceled: true, filePaths: ['/tmp/ignored.txt'] };
      const dialogs = createElectronDialogs(dialog, () => window.asBrowserWindow());

      await expect(dialogs.chooseArticleFiles()).resolves.toEqual([]);
    });
  });
});

describe('save and open dialogs for exports and imports', () => {
  it('asks where to save with the suggested name and filters, and returns the chosen path', async () => {
    const dialog = new FakeDialog();
    dialog.saveResult = { canceled: false, filePath: '/home/analyst/brief.md' };
    const dialogs = createElectronDialogs(dialog, () => null);
    const path = await dialogs.chooseSavePath({
      title: 'Export brief',
      defaultName: 'brief.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    expect(path).toBe('/home/analyst/brief.md');
    expect(dialog.saveCalls[0]?.options).toMatchObject({
      title: 'Export brief',
      defaultPath: 'brief.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
  });

  it('returns null when the save dialog is cancelled', async () => {
    const dialog = new FakeDialog();
    expect(
      await createElectronDialogs(dialog, () => null).chooseSavePath({
        title: 't',
        defaultName: 'x.json',
        filters: [],
      }),
    ).toBeNull();
  });

  it('opens one file for import, or null when cancelled', async () => {
    const dialog = new FakeDialog();
    const dialogs = createElectronDialogs(dialog, () => null);
    expect(
      await dialogs.chooseOpenFile({ title: 'Import', filters: [{ name: 'JSON', extensions: ['json'] }] }),
    ).toBeNull();
    dialog.result = { canceled: false, filePaths: ['/tmp/notes.json'] };
    expect(await dialogs.chooseOpenFile({ title: 'Import', filters: [{ name: 'JSON', extensions: ['json'] }] })).toBe(
      '/tmp/notes.json',
    );
    expect(dialog.calls.at(-1)?.options.properties).toEqual(['openFile']);
  });
});
