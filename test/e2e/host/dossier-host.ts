// The end-to-end host: the real main-process services and handler table, bound to a Chromium page
// through Playwright instead of Electron's IPC. Only the two thin Electron bindings differ.
import type { Page, Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { AppCommand, EventChannel, EventMap, InvokeChannel, ScanProgress } from '../../../src-preload/contract';
import type { AtomicFileOps } from '../../../src-main/files/atomic-write';
import { forwardLibraryEvents, forwardNotices } from '../../../src-main/ipc/events';
import { createHandlerTable, type Dialogs, type HandlerTable } from '../../../src-main/ipc/handlers';
import type { LibraryService } from '../../../src-main/library/library-service';
import { LegacyWork } from '../../../src-main/services/legacy-work';
import type { SnapshotStore } from '../../../src-main/snapshots/snapshot-store';
import { createMainServices } from '../../../src-main/services/main-services';
import type { NoticeBoard } from '../../../src-main/services/notices';
import { startLibrary } from '../../../src-main/services/start-library';
import { appResponseHeaders, resolveAppPath } from '../../../src-main/window/app-protocol';
import { createPdfPrinter } from '../../../src-main/window/print-pdf';
import { PAGE_BRIDGE_FILE } from './build-page-bridge';
export { IDB_DUMP_FILE } from './build-page-bridge';
import { PhaseHolds, type PhaseHold } from './phase-holds';
import { playwrightPrintWindows } from './print-window';
import { decodeWire, encodeWire } from './wire';

// A loopback origin is a secure context, as the app's own page (app://dossier) is in Electron; nothing
// listens there: every request is answered from out/renderer by the route below, through the same path
// resolution, types and CSP as the app's protocol handler (src-main/window/app-protocol.ts).
export const APP_ORIGIN = 'http://localhost:47913';
/** out/renderer, or another build of it (DOSSIER_RENDERER_DIR) that a bench probe compares with it. */
const RENDERER_DIR = process.env.DOSSIER_RENDERER_DIR ?? resolve(__dirname, '../../../out/renderer');
const SAMPLES_DIR = resolve(__dirname, '../../../resources/sample-library');
/**
 * The catalog worker the app runs, as built beside the renderer (its read worker sits beside it). Loaded
 * from source through tsx instead, each start and stop cost about 3 s more per test on CI's 2 cores.
 */
export const BUILT_CATALOG_WORKER = resolve(__dirname, '../../../out/main/catalog-worker.js');

/** Native dialogs answered by the test: queue what the analyst "picks" next. */
export class ScriptedDialogs implements Dialogs {
  readonly folders: (string | null)[] = [];
  readonly files: string[][] = [];
  readonly savePaths: (string | null)[] = [];
  readonly openPaths: (string | null)[] = [];
  /** Every save dialog asked for, with the folder it would open in. */
  readonly saveRequests: Parameters<Dialogs['chooseSavePath']>[0][] = [];
  chooseLibraryFolder(): Promise<string | null> {
    return Promise.resolve(this.folders.shift() ?? null);
  }
  chooseArticleFiles(): Promise<string[]> {
    return Promise.resolve(this.files.shift() ?? []);
  }
  chooseSavePath(request: Parameters<Dialogs['chooseSavePath']>[0]): Promise<string | null> {
    this.saveRequests.push(request);
    return Promise.resolve(this.savePaths.shift() ?? null);
  }
  chooseOpenFile(): Promise<string | null> {
    return Promise.resolve(this.openPaths.shift() ?? null);
  }
}

export interface HostOptions {
  /** The library folder the settings remember; the host starts as the app does (start-library.ts). */
  readonly libraryRoot: string;
  readonly userData: string;
  /** Files read per step of a background scan (the app's default when absent). */
  readonly scanStep?: number;
  /** The file operations saves and imports write with: a test's full disk (test/support/full-disk.ts). */
  readonly fileOps?: AtomicFileOps;
}

export interface DossierHost {
  readonly library: LibraryService;
  readonly notices: NoticeBoard;
  /** The work kept from the page's old origin, in the host's data folder (services/legacy-work.ts). */
  readonly legacyWork: LegacyWork;
  /** Every catalog worker started, the first and any started again after one stopped. */
  readonly catalogWorkers: readonly Worker[];
  /** The snapshots of the work the page sends, in userData/snapshots as in the app. */
  readonly snapshots: SnapshotStore;
  readonly dialogs: ScriptedDialogs;
  readonly openedExternally: string[];
  /** Exported files the page had main open ('open') or show in their folder ('show'), in order. */
  readonly fileShellCalls: { readonly call: 'open' | 'show'; readonly path: string }[];
  /** Makes calls on this channel fail with `message` (as a main-side error would), until set to null. */
  failChannel(channel: InvokeChannel, message: string | null): void;
  /** Holds the next background read of this folder when it reaches this phase, until released. */
  holdPhase(folder: string, phase: ScanProgress['phase']): PhaseHold;
  /**
   * Sends an application-menu command to the page, as the app's menu does for its shortcuts (Ctrl+F sends
   * 'focus-search'); resolves once the page's listeners have run.
   */
  sendCommand(command: AppCommand): Promise<void>;
  /** Calls from the page that main is still answering (a bench waits for none before it measures). */
  pendingCalls(): number;
  /** Resolves once main has answered every call the page made, those made meanwhile included. */
  whenCallsDone(): Promise<void>;
  /** Loads the app page; resolves once the page's script has started. */
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function startHost(page: Page, options: HostOptions): Promise<DossierHost> {
  const holds = new PhaseHolds();
  const catalogWorkers: Worker[] = [];
  const { settings, library, notices, snapshots } = createMainServices({
    userData: options.userData,
    // The same worker the app runs, built with the renderer by the npm script (global-setup checks it is new).
    catalogWorker: BUILT_CATALOG_WORKER,
    library: {
      ...(options.scanStep ? { chunkSize: options.scanStep } : {}),
      watchOptions: { stableMs: 150 },
      phaseGate: holds.gate,
      fileOps: options.fileOps,
    },
    onCatalogWorker: (worker) => catalogWorkers.push(worker),
  });
  await settings.update({ libraryRoot: options.libraryRoot });
  await startLibrary({ library, settings, documentsDir: join(options.userData, 'Documents'), samplesDir: SAMPLES_DIR });
  const dialogs = new ScriptedDialogs();
  const legacyWork = new LegacyWork(options.userData);
  const openedExternally: string[] = [];
  const fileShellCalls: { call: 'open' | 'show'; path: string }[] = [];
  const table: HandlerTable = createHandlerTable({
    library,
    settings,
    dialogs,
    notices,
    legacyWork,
    snapshots,
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    fileShell: {
      openPath: async (path) => {
        fileShellCalls.push({ call: 'open', path });
        return '';
      },
      showItemInFolder: (path) => void fileShellCalls.push({ call: 'show', path }),
    },
    // The app's printer, its temporary file loaded and printed by the test's Chromium instead of Electron's.
    printPdf: createPdfPrinter(playwrightPrintWindows(page.context())),
    fileOps: options.fileOps,
  });

  const failing = new Map<string, string>();
  // Once closing, the page (still open until the test's teardown ends) is answered no more, and the calls
  // already under way are waited for: a snapshot saved as the page hides must not write into a data folder
  // that is being removed.
  let closing = false;
  const inFlight = new Set<Promise<unknown>>();
  await page.exposeFunction('__dossierInvoke', async (channel: string, args: unknown) => {
    if (closing) throw new Error('the app is closing');
    if (!Object.hasOwn(table, channel)) throw new Error(`no such channel: ${channel}`);
    const fault = failing.get(channel);
    if (fault !== undefined) throw new Error(fault);
    const handler = table[channel as InvokeChannel] as (...a: unknown[]) => Promise<unknown>;
    const call = handler(...(decodeWire(args) as unknown[]));
    inFlight.add(call);
    try {
      return encodeWire(await call);
    } finally {
      inFlight.delete(call);
    }
  });
  await page.addInitScript({ path: PAGE_BRIDGE_FILE });
  await page.route(`${APP_ORIGIN}/**`, serveRenderer);

  /** Hands an event to the page's listeners, as main's events reach them through the preload in the app. */
  const emit = <E extends EventChannel>(channel: E, payload: EventMap[E]): Promise<void> =>
    page.evaluate(
      ([c, p]) => {
        if (!window.__dossierEmit) throw new Error('the end-to-end bridge is not in the page');
        window.__dossierEmit(c, p);
      },
      [channel, encodeWire(payload)] as const,
    );
  // The page may be navigating or closed; main's events then have no one to reach.
  const send = <E extends EventChannel>(channel: E, payload: EventMap[E]): void =>
    void emit(channel, payload).catch(() => undefined);
  const stopLibraryEvents = forwardLibraryEvents(library, send);
  const stopNotices = forwardNotices(notices, send);

  return {
    library,
    notices,
    legacyWork,
    catalogWorkers,
    snapshots,
    dialogs,
    openedExternally,
    fileShellCalls,
    failChannel: (channel, message) => {
      if (message === null) failing.delete(channel);
      else failing.set(channel, message);
    },
    holdPhase: (folder, phase) => holds.hold(folder, phase),
    sendCommand: (command) => emit('app:command', command),
    pendingCalls: () => inFlight.size,
    whenCallsDone: async () => {
      while (inFlight.size > 0) await Promise.allSettled(inFlight);
    },
    open: async () => {
      await page.goto(`${APP_ORIGIN}/index.html`);
    },
    close: async () => {
      closing = true;
      await Promise.allSettled(inFlight);
      stopLibraryEvents();
      stopNotices();
      holds.releaseAll();
      await snapshots.whenIdle();
      await library.close();
    },
  };
}

/** Answers a request for the page's files from out/renderer, as the app's protocol handler does. */
export async function serveRenderer(route: Route): Promise<void> {
  const file = resolveAppPath(RENDERER_DIR, new URL(route.request().url()).pathname);
  if (file === null) return route.fulfill({ status: 404 });
  try {
    return await route.fulfill({ status: 200, body: await readFile(file), headers: appResponseHeaders(file) });
  } catch {
    return route.fulfill({ status: 404 });
  }
}
