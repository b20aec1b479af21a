// Composition root: ready -> security -> services -> ipc -> window. No logic lives here.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { unpackedPath } from './catalog/catalog-thread';
import { bindHandlerTable, createSenderCheck, createWindowEventSink } from './ipc/electron-binding';
import { forwardLibraryEvents } from './ipc/events';
import { createHandlerTable } from './ipc/handlers';
import { createMainServices } from './services/main-services';
import { resolveLibraryRoot } from './settings/default-library';
import { holdQuitForSnapshots } from './snapshots/quit-hold';
import { createElectronDialogs } from './window/dialogs';
import { createPdfPrinter } from './window/print-pdf';
import { buildMenuTemplate } from './window/app-menu';
import { appPageUrl, createMainWindow } from './window/create-window';
import { applySecurity } from './window/security';

// Tests and portable installs may point the app at their own folders.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', process.env.DOSSIER_USER_DATA);

const outDir = join(__dirname, '..');
const pageUrl = appPageUrl(outDir, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
const isAppUrl = createSenderCheck(pageUrl);
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(async () => {
  applySecurity({ app, session: session.defaultSession, shell, isAppUrl: (url) => isAppUrl(url) });

  const { settings, library, snapshots } = createMainServices({
    userData: app.getPath('userData'),
    catalogWorker: unpackedPath(join(__dirname, 'catalog-worker.js')),
    library: { log: console.warn },
  });
  const samplesDir = app.isPackaged
    ? join(process.resourcesPath, 'sample-library')
    : join(app.getAppPath(), 'resources', 'sample-library');
  const root =
    process.env.DOSSIER_LIBRARY ??
    (await resolveLibraryRoot({ documentsDir: app.getPath('documents'), samplesDir, settings }));
  await library.open(root);

  const dialogs = createElectronDialogs(dialog, () => mainWindow);
  bindHandlerTable(
    ipcMain,
    createHandlerTable({
      library,
      settings,
      dialogs,
      snapshots,
      openExternal: (url) => shell.openExternal(url),
      printPdf: createPdfPrinter((options) => new BrowserWindow(options)),
    }),
    isAppUrl,
  );
  const send = createWindowEventSink(() => mainWindow?.webContents ?? null);
  forwardLibraryEvents(library, send);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate((command) => send('app:command', command), process.platform === 'darwin')),
  );

  mainWindow = createMainWindow(outDir, pageUrl);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  holdQuitForSnapshots(app, snapshots);
  app.on('will-quit', () => void library.close());
});
