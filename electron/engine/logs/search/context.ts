/** Kibana's surrounding documents: the events just before and after one, by time then id, whatever the query. */
import type { LogStore } from '../store';
import type { LogContext, LogHit } from '../types';

export function surrounding(store: LogStore, id: number, before: number, after: number): LogContext | undefined {
  const anchor = store.get(id);
  if (!anchor) return undefined;
  const position = id - store.firstId;
  const hitAt = (p: number): LogHit => ({ id: store.firstId + p, event: store.all()[p]! });
  const older: LogHit[] = [];
  for (let p = Math.max(0, position - before); p < position; p++) older.push(hitAt(p));
  const newer: LogHit[] = [];
  for (let p = position + 1; p <= Math.min(store.size - 1, position + after); p++) newer.push(hitAt(p));
  return { anchor, before: older, after: newer, moreBefore: position - before > 0, moreAfter: position + after < store.size - 1 };
}
