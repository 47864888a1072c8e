import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, err } from '../contract';
import type { Backend } from '../host/backend';

/** Binds the contract to IPC: requests from the app's own frame only; every pushed event goes to the window. */
export function bindIpc(backend: Backend, window: BrowserWindow, appUrl: string): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!frameUrl.startsWith(appUrl)) return err('bad_input', 'request refused: it did not come from the app');
    if (typeof method !== 'string') return err('bad_input', 'request name must be a string');
    return backend.invoke(method as never, input as never);
  });
  const unsubscribe = backend.onAny((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
