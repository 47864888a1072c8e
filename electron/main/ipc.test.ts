import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract';
import { createBackend } from '../host/backend';
import type { Backend } from '../host/backend';

// The Electron binary cannot run here: ipcMain and BrowserWindow are stood in for by the little of them ipc.ts uses.
type Handler = (event: { senderFrame?: { url: string } }, method: unknown, input: unknown) => unknown;
const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>(), windows: [] as FakeWindow[] }));
type FakeWindow = { destroyed: boolean; sent: unknown[][]; isDestroyed(): boolean; webContents: { isDestroyed(): boolean; send(...args: unknown[]): void } };
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  BrowserWindow: { getAllWindows: () => electron.windows },
}));
const { bindIpc } = await import('./ipc');

const APP = 'file:///opt/firedrill/out/renderer/';
function fakeWindow(): FakeWindow {
  const w: FakeWindow = {
    destroyed: false,
    sent: [],
    isDestroyed: () => w.destroyed,
    webContents: { isDestroyed: () => w.destroyed, send: (...args) => void w.sent.push(args) },
  };
  return w;
}

let backend: Backend;
beforeEach(() => {
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [], live: false });
  electron.windows = [];
});
afterEach(() => {
  electron.handlers.clear();
  backend.close();
});

describe('bindIpc', () => {
  it('serves requests from any of the app’s pages and refuses other frames', async () => {
    bindIpc(backend, APP);
    const handler = electron.handlers.get(INVOKE_CHANNEL)!;
    for (const page of ['index.html', 'index.html?view=instructor', 'index.html?view=projector']) {
      expect(await handler({ senderFrame: { url: `${APP}${page}` } }, 'scenario.list', {})).toEqual({ ok: true, value: [] });
    }
    const refused = { ok: false, error: { code: 'bad_input', message: 'request refused: it did not come from the app' } };
    expect(await handler({ senderFrame: { url: 'https://example.com/' } }, 'scenario.list', {})).toEqual(refused);
    expect(await handler({ senderFrame: { url: 'file:///opt/firedrill/out/renderer-copy/index.html' } }, 'scenario.list', {})).toEqual(refused);
    expect(await handler({}, 'scenario.list', {})).toEqual(refused);
  });

  it('sends every pushed event to every open window, skipping closed ones', () => {
    bindIpc(backend, APP);
    const [learner, instructor, projector] = [fakeWindow(), fakeWindow(), fakeWindow()];
    projector.destroyed = true;
    electron.windows = [learner, instructor, projector];
    backend.context.emit('drill.ended', { reason: 'instructor' } as never);
    expect(learner.sent).toEqual([[EVENT_CHANNEL, 'drill.ended', { reason: 'instructor' }]]);
    expect(instructor.sent).toEqual(learner.sent);
    expect(projector.sent).toEqual([]);
  });

  it('unbinds on quit: no handler, no more events, and it can be bound again', () => {
    const unbind = bindIpc(backend, APP);
    const window = fakeWindow();
    electron.windows = [window];
    unbind();
    expect(electron.handlers.has(INVOKE_CHANNEL)).toBe(false);
    backend.context.emit('drill.ended', {} as never);
    expect(window.sent).toEqual([]);
    expect(() => bindIpc(backend, APP)).not.toThrow();
  });
});
