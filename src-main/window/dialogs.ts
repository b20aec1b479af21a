// Native open and save dialogs for the library folder, article files and exports, attached to the app window.
import type { BrowserWindow, Dialog } from 'electron';
import { join } from 'node:path';
import { FORMAT_GROUPS } from '../../src-shared/file-formats';
import type { Dialogs } from '../ipc/handlers';

export function createElectronDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
): Dialogs {
  const open = (options: Electron.OpenDialogOptions): Promise<Electron.OpenDialogReturnValue> => {
    const window = parent();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseLibraryFolder() {
      const result = await open({
        title: 'Choose the library folder',
        buttonLabel: 'Use as Library',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseArticleFiles() {
      const result = await open({
        title: 'Add article files',
        buttonLabel: 'Add to Library',
        properties: ['openFile', 'multiSelections'],
        // Every format first, then each on its own (a folder of mixed downloads narrows to the PDFs).
        filters: [
          { name: 'All articles', extensions: FORMAT_GROUPS.flatMap((group) => group.extensions) },
          ...FORMAT_GROUPS.map((group) => ({ name: group.name, extensions: [...group.extensions] })),
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath({ title, defaultName, filters, defaultFolder }) {
      const window = parent();
      const options: Electron.SaveDialogOptions = {
        title,
        // The folder last exported to, when there is one: analysts keep their briefs together.
        defaultPath: defaultFolder === undefined ? defaultName : join(defaultFolder, defaultName),
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile({ title, filters }) {
      const result = await open({
        title,
        properties: ['openFile'],
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
