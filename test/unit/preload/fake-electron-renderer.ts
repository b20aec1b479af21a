// In-memory contextBridge and ipcRenderer for the preload script, which cannot load the real electron.

type RendererListener = (event: FakeIpcRendererEvent, ...args: unknown[]) => void;

/** What ipcRenderer hands a listener before the payload: the thing page code must never see. */
export class FakeIpcRendererEvent {
  readonly senderId = 0;
  readonly ports: readonly unknown[] = [];

  constructor(readonly sender: FakeIpcRenderer) {}
}

export class FakeIpcRenderer {
  readonly invocations: unknown[][] = [];
  private readonly listeners = new Map<string, RendererListener[]>();
  /** Answers an invoke as main would; replace per test. */
  reply: (channel: string, args: unknown[]) => unknown = () => undefined;

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push([channel, ...args]);
    return this.reply(channel, args);
  }

  on(channel: string, listener: RendererListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    const remaining = (this.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener);
    this.listeners.set(channel, remaining);
    return this;
  }

  /** Delivers a message from main the way Electron does: the event first, then the arguments. */
  emit(channel: string, ...args: unknown[]): void {
    const event = new FakeIpcRendererEvent(this);
    // removeListener() replaces the array, so a listener removing itself cannot disturb this loop.
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.length ?? 0;
  }

  reset(): void {
    this.invocations.length = 0;
    this.listeners.clear();
    this.reply = () => undefined;
  }
}

export class FakeContextBridge {
  readonly mainWorld = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    // Electron refuses to overwrite a key that is already exposed.
    if (this.mainWorld.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.mainWorld.set(key, api);
  }
}

export const fakeIpcRenderer = new FakeIpcRenderer();
export const fakeContextBridge = new FakeContextBridge();
