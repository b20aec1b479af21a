// The application menu: native shortcuts for the commands the page also offers as buttons.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../src-preload/contract';

export function buildMenuTemplate(send: (command: AppCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Add Files…', accelerator: 'CmdOrCtrl+O', click: () => send('add-files') },
        { label: 'Open Library Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('choose-library') },
        { type: 'separator' },
        { label: 'Export Annotations…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-annotations') },
        { label: 'Import Annotations…', click: () => send('import-annotations') },
        { label: 'Restore from Snapshot…', click: () => send('restore-snapshots') },
        { label: 'Manage Tags…', accelerator: 'CmdOrCtrl+Shift+T', click: () => send('manage-tags') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+1', click: () => send('show-library') },
        { label: 'Briefs', accelerator: 'CmdOrCtrl+2', click: () => send('show-briefs') },
        { label: 'Sources', accelerator: 'CmdOrCtrl+3', click: () => send('show-sources') },
        { label: 'Evidence', accelerator: 'CmdOrCtrl+4', click: () => send('show-evidence') },
        { label: 'Hypotheses', accelerator: 'CmdOrCtrl+5', click: () => send('show-hypotheses') },
        { label: 'Timeline', accelerator: 'CmdOrCtrl+6', click: () => send('show-timeline') },
        { type: 'separator' },
        { label: 'Find in Library', accelerator: 'CmdOrCtrl+F', click: () => send('focus-search') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
