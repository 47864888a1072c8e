import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { startHarness } from './server';
import type { Harness } from './server';

const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));

let tmp: string;
let backend: Backend;
let harness: Harness;

beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-harness-'));
  mkdirSync(join(tmp, 'renderer'));
  writeFileSync(join(tmp, 'renderer', 'index.html'), '<!doctype html><title>Firedrill</title>');
  writeFileSync(join(tmp, 'secret.txt'), 'outside the renderer');
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [BUNDLED], live: false });
  harness = await startHarness({ backend, rendererDir: join(tmp, 'renderer') });
});
afterEach(async () => {
  await harness.close();
  backend.close();
  rmSync(tmp, { recursive: true, force: true });
});

const self = () => `http://127.0.0.1:${harness.port}`;

/** Opens a socket; resolves with it once open, or with the HTTP status the upgrade was refused with. */
function connect(path: string, origin?: string): Promise<{ ws: WebSocket } | { refused: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}${path}`, origin === undefined ? {} : { origin });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, frame: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  });
}

function get(path: string, host = `127.0.0.1:${harness.port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: harness.port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('harness WebSocket', () => {
  it('answers scenario.list for the right token and its own Origin', async () => {
    const opened = await connect(`/api?token=${harness.token}`, self());
    if (!('ws' in opened)) throw new Error(`refused with ${opened.refused}`);
    const reply = (await call(opened.ws, { id: 1, method: 'scenario.list', input: {} })) as { id: number; result: { ok: boolean; value: { id: string }[] } };
    opened.ws.close();
    expect(reply.id).toBe(1);
    expect(reply.result.ok).toBe(true);
    expect(reply.result.value.map((s) => s.id)).toEqual(['checkout-bad-deploy']);
  });

  it.each([
    ['a wrong token', () => `/api?token=${'x'.repeat(harness.token.length)}`, self],
    ['a token one character short', () => `/api?token=${harness.token.slice(1)}`, self],
    ['no token', () => '/api', self],
    ['another Origin', () => `/api?token=${harness.token}`, () => 'http://evil.example'],
    ['the right host on another port', () => `/api?token=${harness.token}`, () => `http://127.0.0.1:${harness.port + 1}`],
    ['no Origin', () => `/api?token=${harness.token}`, () => undefined],
    ['another path', () => `/socket?token=${harness.token}`, self],
  ])('refuses %s', async (_name, path, origin) => {
    expect(await connect(path(), origin())).toEqual({ refused: 403 });
  });

  it('answers a malformed frame with bad_input instead of dropping the socket', async () => {
    const opened = await connect(`/api?token=${harness.token}`, self());
    if (!('ws' in opened)) throw new Error('refused');
    expect(await call(opened.ws, 'not json')).toMatchObject({ id: null, result: { ok: false, error: { code: 'bad_input' } } });
    expect(await call(opened.ws, { id: 2, method: 'drill.nope' })).toMatchObject({ id: 2, result: { ok: false, error: { code: 'unknown_request' } } });
    opened.ws.close();
  });

  it('uses a fresh random token each run and prints it in the URL', async () => {
    const other = await startHarness({ backend, rendererDir: join(tmp, 'renderer') });
    try {
      expect(other.token).not.toBe(harness.token);
      expect(harness.token.length).toBeGreaterThanOrEqual(32);
      expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/?token=${harness.token}`);
    } finally {
      await other.close();
    }
  });
});

describe('harness static files', () => {
  it('serves the renderer', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: expect.stringContaining('Firedrill') });
  });

  it('refuses other Host names (DNS rebinding)', async () => {
    expect((await get('/', `evil.example:${harness.port}`)).status).toBe(403);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])('does not serve files outside the renderer: %s', async (path) => {
    expect(await get(path)).toMatchObject({ status: 404 });
  });

  it('survives a malformed percent-escape', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});
