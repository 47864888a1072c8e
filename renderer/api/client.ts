import type { Api } from '../../electron/contract';
import { createWebSocketApi } from './ws-transport';

declare global {
  interface Window {
    /** Present when the desktop shell's preload exposed the contract over IPC. */
    firedrill?: Api;
  }
}

let current: Api | undefined;

/**
 * Picks the transport once, at start: the preload's IPC bridge in the desktop app, otherwise the browser
 * harness's WebSocket with the token from the page's address. Nothing else in the renderer knows which.
 */
export function connectApi(win: Window): { ok: true } | { ok: false; reason: string } {
  if (win.firedrill) {
    current = win.firedrill;
    return { ok: true };
  }
  const token = new URLSearchParams(win.location.search).get('token');
  if (!token) return { ok: false, reason: 'This page needs the address printed by `npx firedrill serve` (it carries an access token).' };
  current = createWebSocketApi(`ws://${win.location.host}/api?token=${encodeURIComponent(token)}`);
  return { ok: true };
}

/** The API chosen at start. */
export function api(): Api {
  if (!current) throw new Error('api used before connectApi');
  return current;
}
