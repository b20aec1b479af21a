// Binds the handler table to ipcMain, refusing calls from any frame that is not the app's own page,
// and sends events to the app window.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeChannel } from '../../src-preload/contract';
import type { EventSink } from './events';
import type { HandlerTable } from './handlers';

export type SenderCheck = (senderUrl: string | undefined) => boolean;

export function bindHandlerTable(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  table: HandlerTable,
  isTrustedSender: SenderCheck,
): () => void {
  const channels = Object.keys(table) as InvokeChannel[];
  for (const channel of channels) {
    const handler = table[channel] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        throw new Error(`refused ${channel} from an untrusted frame`);
      }
      return handler(...args);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/**
 * Only the app's page (app://dossier/index.html, the page app-protocol.ts serves) or the dev server's
 * origin may call main. A custom scheme's origin is opaque to the URL parser ("null", as a data: URL's
 * is), so for it the scheme, host and path are compared instead.
 */
export function createSenderCheck(appUrl: string): SenderCheck {
  const app = new URL(appUrl);
  return (senderUrl) => {
    if (!senderUrl) return false;
    let sender: URL;
    try {
      sender = new URL(senderUrl);
    } catch {
      return false;
    }
    if (app.origin === 'null') {
      return (
        sender.protocol === app.protocol &&
        sender.host.toLowerCase() === app.host.toLowerCase() &&
        sender.pathname === app.pathname
      );
    }
    return sender.origin === app.origin;
  };
}

export function createWindowEventSink(target: () => Pick<WebContents, 'send' | 'isDestroyed'> | null): EventSink {
  return (channel, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
}
