import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../contract';
import { PUSH_EVENT_NAMES } from '../contract/events';
import type { PushEventName } from '../contract/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract/ipc-channels';

/** The only thing the renderer gets: the contract's invoke and on. The IPC event object never crosses. */
const api: Api = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on(event, handler) {
    if (!PUSH_EVENT_NAMES.includes(event as PushEventName)) throw new Error(`unknown event "${event}"`);
    const listener = (_ipcEvent: unknown, name: string, payload: unknown) => {
      if (name === event) handler(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
};

contextBridge.exposeInMainWorld('firedrill', api);
