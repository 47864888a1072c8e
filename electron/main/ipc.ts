import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, err } from '../contract';
import type { Backend } from '../host/backend';

/**
 * Binds the contract to IPC once for the whole app: requests are served from any of the app's windows (the
 * learner's, the instructor console, the projector) but only from the app's own pages, and every pushed event goes
 * to every open window, so the console and the projector follow the drill live. Returns the unbinding, for quit.
 */
export function bindIpc(backend: Backend, appUrl: string): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!frameUrl.startsWith(appUrl)) return err('bad_input', 'request refused: it did not come from the app');
    if (typeof method !== 'string') return err('bad_input', 'request name must be a string');
    return backend.invoke(method as never, input as never);
  });
  const unsubscribe = backend.onAny((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
