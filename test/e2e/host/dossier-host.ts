// The end-to-end host: the real main-process services and handler table, bound to a Chromium page
// through Playwright instead of Electron's IPC. Only the two thin Electron bindings differ.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppCommand, EventChannel, EventMap, InvokeChannel, ScanProgress } from '../../../src-preload/contract';
import { forwardLibraryEvents } from '../../../src-main/ipc/events';
import { createHandlerTable, type Dialogs, type HandlerTable } from '../../../src-main/ipc/handlers';
import type { LibraryService } from '../../../src-main/library/library-service';
import { createMainServices } from '../../../src-main/services/main-services';
import { PAGE_BRIDGE_FILE } from './build-page-bridge';
import { PhaseHolds, type PhaseHold } from './phase-holds';
import { decodeWire, encodeWire } from './wire';
import { CATALOG_WORKER, TSX } from '../../support/worker-scripts';

// A loopback origin is a secure context, as the app's own page is in Electron; nothing listens there:
// every request is answered from out/renderer by the route below.
export const APP_ORIGIN = 'http://localhost:47913';
const RENDERER_DIR = resolve(__dirname, '../../../out/renderer');

/** Native dialogs answered by the test: queue what the analyst "picks" next. */
export class ScriptedDialogs implements Dialogs {
  readonly folders: (string | null)[] = [];
  readonly files: string[][] = [];
  readonly savePaths: (string | null)[] = [];
  readonly openPaths: (string | null)[] = [];
  chooseLibraryFolder(): Promise<string | null> {
    return Promise.resolve(this.folders.shift() ?? null);
  }
  chooseArticleFiles(): Promise<string[]> {
    return Promise.resolve(this.files.shift() ?? []);
  }
  chooseSavePath(): Promise<string | null> {
    return Promise.resolve(this.savePaths.shift() ?? null);
  }
  chooseOpenFile(): Promise<string | null> {
    return Promise.resolve(this.openPaths.shift() ?? null);
  }
}

export interface HostOptions {
  readonly libraryRoot: string;
  readonly userData: string;
  /** Files read per step of a background scan (the app's default when absent). */
  readonly scanStep?: number;
}

export interface DossierHost {
  readonly library: LibraryService;
  readonly dialogs: ScriptedDialogs;
  readonly openedExternally: string[];
  /** Makes calls on this channel fail with `message` (as a main-side error would), until set to null. */
  failChannel(channel: InvokeChannel, message: string | null): void;
  /** Holds the next background read of this folder when it reaches this phase, until released. */
  holdPhase(folder: string, phase: ScanProgress['phase']): PhaseHold;
  /**
   * Sends an application-menu command to the page, as the app's menu does for its shortcuts (Ctrl+F sends
   * 'focus-search'); resolves once the page's listeners have run.
   */
  sendCommand(command: AppCommand): Promise<void>;
  /** Loads the app page; resolves once the page's script has started. */
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function startHost(page: Page, options: HostOptions): Promise<DossierHost> {
  const holds = new PhaseHolds();
  const { settings, library } = createMainServices({
    userData: options.userData,
    // The same worker the app runs, from source: tsx compiles it as it loads.
    catalogWorker: CATALOG_WORKER,
    execArgv: TSX,
    library: {
      ...(options.scanStep ? { chunkSize: options.scanStep } : {}),
      watchOptions: { stableMs: 150 },
      phaseGate: holds.gate,
    },
  });
  await library.open(options.libraryRoot);
  await settings.update({ libraryRoot: options.libraryRoot });
  const dialogs = new ScriptedDialogs();
  const openedExternally: string[] = [];
  const table: HandlerTable = createHandlerTable({
    library,
    settings,
    dialogs,
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    // The app prints with Electron's printToPDF; here the same HTML is printed by the test's Chromium.
    printPdf: async (html) => {
      const context = page.context();
      const printer = await context.newPage();
      try {
        await printer.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await printer.pdf({ format: 'A4', printBackground: true }));
      } finally {
        await printer.close();
      }
    },
  });

  const failing = new Map<string, string>();
  await page.exposeFunction('__dossierInvoke', async (channel: string, args: unknown) => {
    if (!Object.hasOwn(table, channel)) throw new Error(`no such channel: ${channel}`);
    const fault = failing.get(channel);
    if (fault !== undefined) throw new Error(fault);
    const handler = table[channel as InvokeChannel] as (...a: unknown[]) => Promise<unknown>;
    return encodeWire(await handler(...(decodeWire(args) as unknown[])));
  });
  await page.addInitScript({ path: PAGE_BRIDGE_FILE });
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(RENDERER_DIR + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: contentType(file) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });

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
  const stopForwarding = forwardLibraryEvents(
    library,
    (channel, payload) => void emit(channel, payload).catch(() => undefined),
  );

  return {
    library,
    dialogs,
    openedExternally,
    failChannel: (channel, message) => {
      if (message === null) failing.delete(channel);
      else failing.set(channel, message);
    },
    holdPhase: (folder, phase) => holds.hold(folder, phase),
    sendCommand: (command) => emit('app:command', command),
    open: async () => {
      await page.goto(`${APP_ORIGIN}/index.html`);
    },
    close: async () => {
      stopForwarding();
      holds.releaseAll();
      await library.close();
    },
  };
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
  };
  return types[extname(file)] ?? 'application/octet-stream';
}
