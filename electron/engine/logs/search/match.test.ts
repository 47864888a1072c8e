/**
 * The index must never change what a query matches: random queries built from the fields and values of
 * real simulation events, over random ranges, give the same total and hits as a plain scan of the slice
 * with the KQL predicate.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Drill } from '../../drill';
import { bundledScenario } from '../../testing/bundled.node';
import type { EcsEvent } from '../../sim/outputs/ecs';
import { compileKql, fieldValue, parseKql } from '../kql';
import { LogStore } from '../store';
import { searchLogs } from './execute';

/** The sample with a few arrays of objects at the end, and without them (free text has an indexed path only then). */
let store: LogStore;
let flatStore: LogStore;
let events: readonly EcsEvent[];
let times: number[];
/** Per field: sample values as the event holds them. */
const samples = new Map<string, string[]>();
const words: string[] = [];

beforeAll(() => {
  const drill = new Drill(bundledScenario('checkout-bad-deploy'), 5);
  drill.advanceTo(240_000);
  const all = drill.sim.logs.all();
  // Every 7th event plus every platform event keeps the test quick and every source represented.
  const picked = all.filter((e, i) => i % 7 === 0 || e['event.kind'] === 'event');
  const withNested = picked.map((e, i) => (i % 5 === 0 && e['service.name'] ? nestService(e) : e));
  // A few events with an array of objects (nested documents to KQL) after the rest.
  const last = Date.parse(withNested[withNested.length - 1]!['@timestamp']);
  const items = [0, 1, 2].map((i) => ({ ...withNested[i]!, '@timestamp': new Date(last + 1 + i).toISOString(), items: [{ name: 'banana', stock: 5 + i }, { name: `pear-${i}` }] }) as EcsEvent);
  store = new LogStore(100_000);
  store.append([...withNested, ...items]);
  flatStore = new LogStore(100_000);
  flatStore.append(withNested);
  events = store.all();
  times = events.map((e) => Date.parse(e['@timestamp']));
  for (const e of events.slice(0, 2000)) {
    for (const field of FIELDS) {
      const v = fieldValue(e, field);
      for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) add(field, String(x));
    }
    words.push(...e.message.split(/\s+/).filter((w) => w.length > 1));
  }
}, 120_000);

/** The same event with `service.*` written as a nested object, as some NDJSON producers write it. */
function nestService(e: EcsEvent): EcsEvent {
  const copy: Record<string, unknown> = { ...e };
  const service: Record<string, unknown> = {};
  for (const key of ['service.name', 'service.version', 'service.environment']) {
    if (key in copy) service[key.slice('service.'.length)] = copy[key];
    delete copy[key];
  }
  copy['service'] = service;
  return copy as EcsEvent;
}

const FIELDS = [
  'service.name',
  'log.level',
  'event.dataset',
  'event.outcome',
  'event.type',
  'http.request.method',
  'http.response.status_code',
  'url.path',
  'host.name',
  'error.type',
  'error.message',
  'message',
  'labels.target',
  'client.ip',
  'event.action',
];

function add(field: string, value: string): void {
  const list = samples.get(field) ?? [];
  if (list.length < 40 && !list.includes(value)) list.push(value);
  samples.set(field, list);
}

/** A value as KQL text: quoted with escapes, or unquoted with the special characters escaped. */
function quoted(v: string): string {
  return `"${v.replace(/[\\"]/g, '\\$&')}"`;
}
function unquoted(v: string): string {
  return v.replace(/[\\():<>"*{}]/g, '\\$&').replace(/\s+/g, ' ');
}

const pick = <T>(list: readonly T[]) => fc.integer({ min: 0, max: Math.max(0, list.length - 1) }).map((i) => list[i]!);

function leaf(): fc.Arbitrary<string> {
  const field = fc.constantFrom(...FIELDS).filter((f) => (samples.get(f) ?? []).length > 0);
  const fieldValue = field.chain((f) => pick(samples.get(f)!).map((v) => [f, v] as const));
  return fc.oneof(
    fieldValue.map(([f, v]) => `${f}:${quoted(v)}`),
    fieldValue.filter(([, v]) => /^[\w./-]+$/.test(v)).map(([f, v]) => `${f}:${unquoted(v)}`),
    fieldValue.chain(([f, v]) => fc.integer({ min: 0, max: Math.max(0, v.length - 1) }).map((n) => `${f}:${unquoted(v.slice(0, n))}*`)),
    fc.tuple(fc.constantFrom('message', 'error.message'), pick(words)).map(([f, w]) => `${f}:${unquoted(w)}`),
    fc.tuple(fc.constantFrom('message', 'error.message'), pick(words), pick(words)).map(([f, a, b]) => `${f}:${quoted(`${a} ${b}`)}`),
    fc.constantFrom(...FIELDS, 'labels', 'nosuch.field').map((f) => `${f}:*`),
    fc.tuple(fc.constantFrom('>', '>=', '<', '<='), fc.constantFrom(200, 404, 499, 500, 502)).map(([op, n]) => `http.response.status_code ${op} ${n}`),
    fc.constantFrom('@timestamp > now-2m', '@timestamp <= now-90s'),
    fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(24, 19, 16)).map(([i, n]) => `@timestamp:${quoted(new Date(times[i % times.length]!).toISOString().slice(0, n))}`),
    pick(words).map((w) => unquoted(w)),
    fc.constantFrom('service.*:checkout', 'error.*:timeout', '*', 'labels:{ target:checkout }', 'nosuch:value', 'service:*', 'items:{ name:banana and stock > 5 }', 'banana', 'items.name:pear-1', 'items:*'),
  );
}

const query: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf(),
    fc.tuple(tie('q'), fc.constantFrom('and', 'or', 'AND', 'OR'), tie('q')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('q').map((q) => `not (${q})`),
  ),
})).q;

function range(): fc.Arbitrary<{ from?: number; to?: number }> {
  const t = fc.integer({ min: 0, max: times.length - 1 }).chain((i) => fc.constantFrom(times[i]!, times[i]! - 1, times[i]! + 1));
  return fc.record({ from: t, to: t }, { requiredKeys: [] }).map((r) => (r.from !== undefined && r.to !== undefined && r.from > r.to ? { from: r.to, to: r.from } : r));
}

describe('searchLogs over the indexes', () => {
  it('matches exactly what a plain scan with the KQL predicate matches', () => {
    fc.assert(
      fc.property(query, range(), (q, r) => {
        const parsed = parseKql(q);
        if (!parsed.ok) return;
        for (const searched of [store, flatStore]) {
          const held = searched.all();
          const nowMs = times[times.length - 1]!;
          const found = searchLogs(searched, q, { ...r, nowMs, limit: 1_000_000 });
          expect(found.ok).toBe(true);
          if (!found.ok) return;
          const match = compileKql(parsed.ast, { nowMs });
          const from = r.from ?? -Infinity;
          const to = r.to ?? nowMs;
          const expected: number[] = [];
          for (let i = held.length - 1; i >= 0; i--) if (times[i]! >= from && times[i]! <= to && match(held[i]!)) expected.push(searched.firstId + i);
          expect(found.result.hits.map((h) => h.id)).toEqual(expected);
          expect(found.result.total).toBe(expected.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses the generator enough to exercise each kind of leaf (some queries match, some do not)', () => {
    const totals = fc.sample(query, 200).map((q) => {
      const found = searchLogs(store, q, { nowMs: times[times.length - 1]!, limit: 1 });
      return found.ok ? found.result.total : -1;
    });
    expect(totals.some((t) => t > 0)).toBe(true);
    expect(totals.some((t) => t === 0)).toBe(true);
  });
});
