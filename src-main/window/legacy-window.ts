// Reads the IndexedDB databases the page kept when it was served from file://, in a hidden window on a
// script-less file:// page whose preload (src-preload/legacy.ts) dumps them and hands them over once.
// The handover channel answers that window's frame alone.
import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMain, IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import type { LegacyDatabase, LegacyInvokeMap, LegacyReading } from '../../src-preload/contract';
import { LegacyReadingSchema } from '../services/legacy-work';
import { SECURE_WEB_PREFERENCES } from './create-window';

const CHANNEL: keyof LegacyInvokeMap = 'legacy:deliver';

export interface LegacyWindowDeps {
  readonly makeWindow: (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadURL' | 'destroy'>;
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** out/renderer/legacy.html: any page of the old origin; this one runs no script. */
  readonly pageFile: string;
  /** out/preload/legacy.js */
  readonly preload: string;
  readonly timeoutMs?: number;
}

export function readFileOriginWork(deps: LegacyWindowDeps): Promise<LegacyDatabase[]> {
  const url = pathToFileURL(deps.pageFile).href;
  const window = deps.makeWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, preload: deps.preload } });
  return new Promise<LegacyDatabase[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the old storage was not read in time')), deps.timeoutMs ?? 15_000);
    deps.ipcMain.handle(CHANNEL, (event: IpcMainInvokeEvent, sent: unknown) => {
      if (event.senderFrame?.url !== url) throw new Error(`refused ${CHANNEL} from an untrusted frame`);
      clearTimeout(timer);
      const parsed = LegacyReadingSchema.safeParse(sent);
      const reading: LegacyReading = parsed.success ? parsed.data : { ok: false, message: 'what it sent is no dump' };
      if (reading.ok) resolve([...reading.databases]);
      else reject(new Error(`the old storage could not be read: ${reading.message}`));
      return null;
    });
    window.loadURL(url).catch((error: unknown) => {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  }).finally(() => {
    deps.ipcMain.removeHandler(CHANNEL);
    window.destroy();
  });
}
