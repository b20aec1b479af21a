// In-memory stand-ins for the parts of electron the main-process glue touches (the dialogs' are in
// fake-dialog.ts). Unit tests must never load the real module: requiring it downloads the Electron binary.
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  IpcMainInvokeEvent,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { FakeDialog } from './fake-dialog';

export { FakeDialog, type FakeDialogCall } from './fake-dialog';

type Listener = (...args: unknown[]) => void;

/** The slice of Node's EventEmitter that the glue uses: on, once, emit. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(name, wrapped);
      listener(...args);
    };
    return this.on(name, wrapped);
  }

  off(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  emit(name: string, ...args: unknown[]): void {
    // off() replaces the array, so a once() listener removing itself cannot disturb this loop.
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** Electron's Event: preventDefault plus the flag it sets. */
export class FakeEvent {
  defaultPrevented = false;

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    // Electron throws on a second handler for one channel; so does the fake, to catch double binding.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke does from a frame at frameUrl (undefined: a frame already gone). */
  async invoke(channel: string, frameUrl: string | undefined, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = frameUrl === undefined ? null : { url: frameUrl };
    return handler({ senderFrame } as unknown as IpcMainInvokeEvent, ...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: unknown[][] = [];
  readonly loadedUrls: string[] = [];
  reloads = 0;
  destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, ...args]);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  reload(): void {
    this.reloads++;
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Asks the stored handler about window.open(url) from the page. */
  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) throw new Error('no window open handler was set');
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    });
  }

  /** For APIs typed against the whole WebContents, of which the fake has only the part used. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeShell {
  readonly opened: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export class FakeApp extends FakeEmitter {
  /** App.on has an overload per event, which a one-signature fake cannot spell out. */
  asApp(): Pick<App, 'on'> {
    return this as unknown as Pick<App, 'on'>;
  }
}

/** Records every window the code under test creates; the window does nothing on its own. */
export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }

  show(): void {
    this.visible = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  focus(): void {
    this.focused = true;
  }

  destroy(): void {
    this.destroyed = true;
  }

  asBrowserWindow(): BrowserWindow {
    return this as unknown as BrowserWindow;
  }
}

/** The module vi.mock('electron') hands out, so a stray runtime import never loads the real one. */
export function fakeElectronModule(): Record<string, unknown> {
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    dialog: new FakeDialog(),
    ipcMain: new FakeIpcMain(),
    session: { defaultSession: new FakeSession() },
    shell: new FakeShell(),
  };
}
