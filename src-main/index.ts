// Composition root: ready -> app origin -> security -> services -> ipc -> window. No logic lives here; a
// start that fails still opens a window that says what went wrong.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { unpackedPath } from './catalog/catalog-thread';
import { bindHandlerTable, createSenderCheck, createWindowEventSink } from './ipc/electron-binding';
import { forwardLibraryEvents, forwardNotices } from './ipc/events';
import { createHandlerTable } from './ipc/handlers';
import { reportUnhandledRejection } from './services/fault-report';
import { LegacyWork } from './services/legacy-work';
import { createMainServices } from './services/main-services';
import { NoticeBoard } from './services/notices';
import { startLibrary } from './services/start-library';
import { readDevOverrides } from './settings/dev-overrides';
import { holdQuitForSnapshots } from './snapshots/quit-hold';
import { buildMenuTemplate } from './window/app-menu';
import { appPageUrl, createMainWindow, focusWindow } from './window/create-window';
import { createElectronDialogs } from './window/dialogs';
import { readFileOriginWork } from './window/legacy-window';
import { createPdfPrinter } from './window/print-pdf';
import { watchRenderer } from './window/renderer-watch';
import { applySecurity } from './window/security';
import { registerAppScheme, serveApp } from './window/serve-app';
import { describeStartupError, startupErrorUrl } from './window/startup-error';

const overrides = readDevOverrides(process.env, app.isPackaged);
if (overrides.userData) app.setPath('userData', overrides.userData);
registerAppScheme(protocol);

const outDir = join(__dirname, '..');
const pageUrl = appPageUrl(overrides.rendererUrl);
const isAppUrl = createSenderCheck(pageUrl);
const notices = new NoticeBoard();
let mainWindow: BrowserWindow | null = null;

process.on('unhandledRejection', reportUnhandledRejection({ notices, log: console.error }));

// A second launch only brings the running app's window forward.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();
app.on('second-instance', () => focusWindow(mainWindow));
app.on('window-all-closed', () => app.quit());

const errorPage = (what: string, detail?: string): string =>
  startupErrorUrl(pageUrl, { what, ...(detail ? { detail } : {}), dataDir: app.getPath('userData') });

function openWindow(url: string): BrowserWindow {
  const window = createMainWindow(outDir, url);
  watchRenderer(window.webContents, { notices, log: console.error, errorPage: (what) => errorPage(what) });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

async function start(): Promise<void> {
  const { settings, library, snapshots } = createMainServices({
    userData: app.getPath('userData'),
    catalogWorker: unpackedPath(join(__dirname, 'catalog-worker.js')),
    library: { log: console.warn },
    notices,
  });
  app.on('will-quit', () => void library.close());
  holdQuitForSnapshots(app, snapshots);
  const samplesDir = app.isPackaged
    ? join(process.resourcesPath, 'sample-library')
    : join(app.getAppPath(), 'resources', 'sample-library');
  await startLibrary({
    library,
    settings,
    documentsDir: app.getPath('documents'),
    samplesDir,
    ...(overrides.library ? { override: overrides.library } : {}),
  });

  const dialogs = createElectronDialogs(dialog, () => mainWindow);
  // The work the page kept under file:// is read once the main window is open (a hidden window closing
  // first would end the app); the page, asking for it, waits for that read.
  const legacy = new LegacyWork(app.getPath('userData'));
  let reading: Promise<void> = Promise.resolve();
  const table = createHandlerTable({
    library,
    settings,
    dialogs,
    notices,
    snapshots,
    legacyWork: {
      take: async () => {
        await reading;
        return legacy.take();
      },
      moved: () => legacy.moved(),
    },
    openExternal: (url) => shell.openExternal(url),
    fileShell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
    printPdf: createPdfPrinter((options) => new BrowserWindow(options)),
  });
  bindHandlerTable(ipcMain, table, isAppUrl);
  const send = createWindowEventSink(() => mainWindow?.webContents ?? null);
  forwardLibraryEvents(library, send);
  forwardNotices(notices, send);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate((command) => send('app:command', command), process.platform === 'darwin')),
  );
  mainWindow = openWindow(pageUrl);
  // The dev server's page never lived at file://.
  if (!overrides.rendererUrl) {
    reading = legacy
      .collect(() =>
        readFileOriginWork({
          makeWindow: (options) => new BrowserWindow(options),
          ipcMain,
          pageFile: join(outDir, 'renderer', 'legacy.html'),
          preload: join(outDir, 'preload', 'legacy.js'),
        }),
      )
      .catch((error: unknown) => console.error('The work kept under file:// was not read:', error));
  }
}

void app.whenReady().then(async () => {
  if (!primary) return;
  try {
    serveApp(protocol, join(outDir, 'renderer'));
    applySecurity({ app, session: session.defaultSession, shell, isAppUrl });
  } catch (error) {
    // Without its origin the app cannot show even its error page: the system's own dialog says it.
    dialog.showErrorBox('Dossier could not start', describeStartupError(error).what);
    app.quit();
    return;
  }
  try {
    await start();
  } catch (error) {
    console.error('Dossier could not start:', error);
    const { what, detail } = describeStartupError(error);
    if (mainWindow) void mainWindow.loadURL(errorPage(what, detail));
    else mainWindow = openWindow(errorPage(what, detail));
  }
});
