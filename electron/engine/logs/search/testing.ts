/** Small hand-made stores for the search tests. */
import type { EcsEvent } from '../../sim/outputs/ecs';
import { LogStore } from '../store';

export const T0 = Date.UTC(2026, 2, 13, 10, 0, 0);

/** An event at T0 + `offsetMs` with the given fields. */
export function logEvent(offsetMs: number, fields: Record<string, unknown> = {}): EcsEvent {
  return { '@timestamp': new Date(T0 + offsetMs).toISOString(), 'ecs.version': '8.11.0', 'log.level': 'info', message: 'ok', 'event.dataset': 'app.log', ...fields } as EcsEvent;
}

export function storeOf(events: EcsEvent[], capacity = 100_000): LogStore {
  const store = new LogStore(capacity);
  store.append(events);
  return store;
}
