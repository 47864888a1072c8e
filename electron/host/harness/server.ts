import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Backend } from '../backend';
import { serveStatic } from './static-files';
import { parseClientMessage } from './wire';

export type Harness = { url: string; port: number; token: string; close(): Promise<void> };

export type HarnessOptions = { backend: Backend; rendererDir: string; port?: number; token?: string };

/**
 * The browser harness: serves the built renderer on 127.0.0.1 and the contract over a WebSocket.
 * The socket requires the per-run token from the printed URL and an Origin and Host of this server,
 * so neither another web page nor another local user's browser tab can drive it.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  const server = createServer((request, response) => {
    if (!hostAllowed(request, port())) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden host');
      return;
    }
    serveStatic(options.rendererDir, new URL(request.url ?? '/', 'http://127.0.0.1').pathname, response);
  });
  const port = (): number => (server.address() as AddressInfo).port;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const expectedOrigins = [`http://127.0.0.1:${port()}`, `http://localhost:${port()}`];
    if (url.pathname !== '/api' || !tokenMatches(url.searchParams.get('token'), token) || !expectedOrigins.includes(request.headers.origin ?? "") || !hostAllowed(request, port())) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    const unsubscribe = options.backend.onAny((event, payload) => ws.send(JSON.stringify({ event, payload })));
    ws.on('close', () => {
      unsubscribe();
      sockets.delete(ws);
    });
    ws.on('message', async (data) => {
      const message = parseClientMessage(String(data));
      if (!message.ok) {
        ws.send(JSON.stringify({ id: message.id ?? null, result: { ok: false, error: { code: 'bad_input', message: message.reason } } }));
        return;
      }
      const result = await options.backend.invoke(message.method as never, message.input as never);
      ws.send(JSON.stringify({ id: message.id, result }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port()}/?token=${token}`,
    port: port(),
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tokenMatches(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses other Host names (DNS rebinding): only 127.0.0.1 and localhost on our port. */
function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
