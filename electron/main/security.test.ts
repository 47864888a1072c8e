import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClassroomView } from './classroom';

// Stand-ins for the parts of Electron security.ts touches, recording what the policy did.
type OpenHandler = (details: { url: string }) => { action: string };
const electron = vi.hoisted(() => ({
  contentsCreated: undefined as undefined | ((event: unknown, contents: unknown) => void),
  external: [] as string[],
}));
vi.mock('electron', () => ({
  app: { on: (name: string, listener: (event: unknown, contents: unknown) => void) => void (name === 'web-contents-created' && (electron.contentsCreated = listener)) },
  session: {
    defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, webRequest: { onHeadersReceived: () => undefined } },
  },
  shell: { openExternal: async (url: string) => void electron.external.push(url) },
}));
const { applySecurityPolicy } = await import('./security');

const PAGE = 'file:///opt/firedrill/out/renderer/index.html';
const opened: ClassroomView[] = [];
let openHandler: OpenHandler;

beforeAll(() => {
  applySecurityPolicy({ appPageUrl: PAGE, openClassroom: (view) => void opened.push(view) });
  const contents = { on: () => undefined, setWindowOpenHandler: (handler: OpenHandler) => void (openHandler = handler) };
  electron.contentsCreated!({}, contents);
});

describe('the window.open policy', () => {
  it('opens the app’s own classroom pages as the shell’s windows, never as the page asked', () => {
    expect(openHandler({ url: `${PAGE}?view=instructor` })).toEqual({ action: 'deny' });
    expect(openHandler({ url: `${PAGE}?view=projector` })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['instructor', 'projector']);
  });

  it('sends https links to the user’s browser and denies everything else', () => {
    opened.length = 0;
    expect(openHandler({ url: 'https://prometheus.io/docs/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: `${PAGE}?view=settings` })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd?view=instructor' })).toEqual({ action: 'deny' });
    expect(electron.external).toEqual(['https://prometheus.io/docs/']);
    expect(opened).toEqual([]);
  });
});
