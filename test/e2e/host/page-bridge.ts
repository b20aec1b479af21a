// Runs in the page before the app (as a Playwright init script): the end-to-end transport for the
// real bridge code, reaching main's services in the test process through an exposed function.
import { createApi, type Transport } from '../../../src-preload/bridge';
import type { EventChannel, EventMap } from '../../../src-preload/contract';
import { decodeWire, encodeWire } from './wire';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;
type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __dossierInvoke?: Invoke;
    __dossierEmit?: (channel: string, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

window.__dossierEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(decodeWire(payload));
};

const transport: Transport = {
  invoke: async (channel, ...args) => {
    const invoke = window.__dossierInvoke;
    if (!invoke) throw new Error('the end-to-end host is not attached');
    return decodeWire(await invoke(channel, encodeWire(args))) as never;
  },
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void) {
    const wrapped: Listener = (payload) => listener(payload as EventMap[E]);
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(wrapped);
    listeners.set(channel, set);
    return () => {
      set.delete(wrapped);
    };
  },
};

Object.defineProperty(window, 'api', { value: createApi(transport), writable: false, configurable: false });
