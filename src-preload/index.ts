// Preload: the Electron transport for the bridge, exposed to the isolated page as window.api.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi, type Transport } from './bridge';
import type { EventChannel, EventMap } from './contract';

const transport: Transport = {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void) {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: EventMap[E]): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', createApi(transport));
