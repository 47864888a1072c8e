import type { Api, PushEventName, Result } from '../../electron/contract';

type Pending = (result: Result<unknown>) => void;

/** The contract over the harness's WebSocket: numbered request frames, answers matched by id, pushed events. */
export function createWebSocketApi(url: string): Api {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket;
  let opened: Promise<void>;

  const connect = (): void => {
    socket = new WebSocket(url);
    opened = new Promise((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('could not connect to the Firedrill harness')), { once: true });
    });
    opened.catch(() => undefined);
    socket.addEventListener('message', (message) => {
      const frame = JSON.parse(String(message.data)) as { id?: number; result?: Result<unknown>; event?: string; payload?: unknown };
      if (frame.event !== undefined) {
        for (const handler of handlers.get(frame.event) ?? []) handler(frame.payload);
      } else if (frame.id !== undefined && frame.result) {
        pending.get(frame.id)?.(frame.result);
        pending.delete(frame.id);
      }
    });
    socket.addEventListener('close', () => {
      for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'internal', message: 'connection to the harness closed' } });
      pending.clear();
    });
  };
  connect();

  return {
    async invoke(method, input) {
      try {
        await opened;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: (error as Error).message } };
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as Pending);
        socket.send(JSON.stringify({ id, method, input }));
      });
    },
    on(event: PushEventName, handler) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler as (payload: unknown) => void);
      handlers.set(event, set);
      return () => set.delete(handler as (payload: unknown) => void);
    },
  };
}
