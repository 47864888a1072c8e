import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../sim/outputs/ecs';
import { LogStore } from './store';

const T0 = Date.UTC(2026, 2, 13, 10, 0, 0);

function event(ms: number, fields: Record<string, unknown> = {}): EcsEvent {
  return { '@timestamp': new Date(ms).toISOString(), 'ecs.version': '8.11.0', 'log.level': 'info', message: `at ${ms - T0}`, 'event.dataset': 'app.log', ...fields } as EcsEvent;
}

describe('LogStore', () => {
  it('numbers events from 0 and keeps ids stable when retention drops the oldest in a chunk', () => {
    const store = new LogStore(10);
    store.append(Array.from({ length: 11 }, (_, i) => event(T0 + i * 1000)));
    // 11 is within a tenth over capacity (11 - 10 = 1, not more than 1): nothing dropped yet.
    expect(store.size).toBe(11);
    store.append([event(T0 + 11_000)]);
    expect(store.size).toBe(10);
    expect(store.firstId).toBe(2);
    expect(store.get(1)).toBeUndefined();
    expect(store.get(2)?.event.message).toBe('at 2000');
    expect(store.get(11)?.event.message).toBe('at 11000');
    expect(store.get(12)).toBeUndefined();
  });

  it('forgets dropped events in its indexes: field counts and values', () => {
    const store = new LogStore(2);
    store.append([event(T0, { 'service.name': 'old' }), event(T0 + 1, { 'service.name': 'new' }), event(T0 + 2, { 'service.name': 'new' }), event(T0 + 3)]);
    expect(store.size).toBe(2);
    expect(store.values('service.name', '', 10)).toEqual(['new']);
    expect(store.fields().find((f) => f.name === 'service.name')?.count).toBe(1);
  });

  it('rejects an event older than the newest held, and one without a readable @timestamp, counting them', () => {
    const store = new LogStore();
    store.append([event(T0 + 5000), event(T0 + 5000), event(T0 + 4999), { ...event(T0), '@timestamp': 'yesterday' }]);
    expect(store.size).toBe(2);
    expect(store.rejected).toBe(2);
    expect(store.newestMs()).toBe(T0 + 5000);
  });

  it('slices by time with both bounds inclusive, via firstAtOrAfter and firstAfter', () => {
    const store = new LogStore();
    store.append([event(T0), event(T0 + 1000), event(T0 + 1000), event(T0 + 2000)]);
    expect(store.firstAtOrAfter(T0 + 1000)).toBe(1);
    expect(store.firstAfter(T0 + 1000)).toBe(3);
    expect(store.firstAtOrAfter(T0 + 2001)).toBe(4);
    expect(store.firstAfter(T0 - 1)).toBe(0);
  });

  it('lists every field with its type and holder count, nested objects as dotted names', () => {
    const store = new LogStore();
    store.append([event(T0, { labels: { target: 'db' }, 'http.response.status_code': 500 }), event(T0 + 1, { 'event.type': [] })]);
    const fields = Object.fromEntries(store.fields().map((f) => [f.name, [f.type, f.count]]));
    expect(fields['labels.target']).toEqual(['keyword', 1]);
    expect(fields['http.response.status_code']).toEqual(['number', 1]);
    expect(fields['message']).toEqual(['text', 2]);
    // An empty array is not a value: the field is not held.
    expect(fields['event.type']).toBeUndefined();
  });

  it('completes values most frequent first (ties by value), terms for a text field', () => {
    const store = new LogStore();
    store.append([
      event(T0, { 'service.name': 'cart', message: 'Timeout talking to DB' }),
      event(T0 + 1, { 'service.name': 'checkout' }),
      event(T0 + 2, { 'service.name': 'checkout' }),
      event(T0 + 3, { 'service.name': 'catalog' }),
    ]);
    expect(store.values('service.name', 'c', 10)).toEqual(['checkout', 'cart', 'catalog']);
    expect(store.values('service.name', 'ca', 1)).toEqual(['cart']);
    expect(store.values('message', 'ti', 10)).toEqual(['timeout']);
    expect(store.values('nosuch', '', 10)).toEqual([]);
  });

  it('keeps the existing callers working: all() oldest first, tail() newest first', () => {
    const store = new LogStore();
    store.append([event(T0), event(T0 + 1), event(T0 + 2)]);
    expect(store.all().map((e) => e.message)).toEqual(['at 0', 'at 1', 'at 2']);
    expect(store.tail(2).map((e) => e.message)).toEqual(['at 2', 'at 1']);
  });
});
