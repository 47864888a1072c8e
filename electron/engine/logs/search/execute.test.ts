import { describe, expect, it } from 'vitest';
import { parseKql } from '../kql';
import { countMatches, matchingEvents, searchLogs } from './execute';
import { logEvent, storeOf, T0 } from './testing';

const NOW = T0 + 3_600_000;

function search(store: ReturnType<typeof storeOf>, query: string, options: Partial<Parameters<typeof searchLogs>[2]> = {}) {
  const found = searchLogs(store, query, { nowMs: NOW, limit: 100, ...options });
  if (!found.ok) throw new Error(found.error.message);
  return found.result;
}

const services = ['checkout', 'cart', 'checkout', 'payments', 'checkout', 'cart'];
const store = storeOf(services.map((s, i) => logEvent(i * 1000, { 'service.name': s, message: `request ${i} done` })));

describe('searchLogs', () => {
  it('returns hits newest first with their ids, and pages by offset over the same total', () => {
    expect(search(store, 'service.name:checkout').hits.map((h) => h.id)).toEqual([4, 2, 0]);
    const page = search(store, 'service.name:checkout', { limit: 1, offset: 1 });
    expect(page.hits.map((h) => h.id)).toEqual([2]);
    expect(page.total).toBe(3);
    expect(search(store, 'service.name:checkout', { limit: 5, offset: 3 }).hits).toEqual([]);
  });

  it('caps the hits at the limit but counts every match', () => {
    const result = search(store, '', { limit: 2 });
    expect(result.hits.map((h) => h.id)).toEqual([5, 4]);
    expect(result.total).toBe(6);
  });

  it('takes from and to inclusively; to defaults to now and from to the oldest event', () => {
    expect(search(store, '', { from: T0 + 1000, to: T0 + 3000 }).hits.map((h) => h.id)).toEqual([3, 2, 1]);
    expect(search(store, '', { nowMs: T0 + 2000 }).total).toBe(3);
    expect(search(store, '', { from: T0 + 2500, to: T0 + 2600 }).total).toBe(0);
  });

  it('sees events appended after a search of the same query and range (the cache is keyed by the newest id)', () => {
    const growing = storeOf([logEvent(0, { 'service.name': 'a' })]);
    expect(search(growing, 'service.name:a').total).toBe(1);
    growing.append([logEvent(1, { 'service.name': 'a' })]);
    expect(search(growing, 'service.name:a').total).toBe(2);
  });

  it('reports a syntax error with Kibana’s message and its position', () => {
    const found = searchLogs(store, 'service.name:', { nowMs: NOW, limit: 10 });
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.error.message).toMatch(/^Expected .* but end of input found\.$/);
      expect(found.error.position).toBe(13);
    }
  });

  it('says when a named field is in no event, or a field pattern fits none; a path to objects counts as held', () => {
    const nested = storeOf([logEvent(0, { labels: { target: 'db' } })]);
    expect(search(nested, 'nosuch:x or labels:* or labels.target:db or lab*:db or zz*:x').notices).toEqual([
      'Field “nosuch” does not exist in the logs: it matches nothing',
      'No field matches “zz*” in the logs: it matches nothing',
    ]);
    const arrays = storeOf([logEvent(0, { items: [{ name: 'pear' }] })]);
    expect(search(arrays, 'items.name:pear').notices).toEqual([]);
    expect(search(arrays, 'items.name:pear').total).toBe(1);
  });

  it('summarises the fields of the newest `sample` hits: count and top values, sorted by name', () => {
    const result = search(store, '', { fields: { sample: 4 } });
    expect(result.sampled).toBe(4);
    const service = result.fields!.find((f) => f.name === 'service.name')!;
    // The newest four: cart (5), checkout (4), payments (3), checkout (2).
    expect(service).toEqual({ name: 'service.name', type: 'keyword', count: 4, top: [{ value: 'checkout', count: 2 }, { value: 'cart', count: 1 }, { value: 'payments', count: 1 }] });
    const names = result.fields!.map((f) => f.name);
    expect(names).toEqual([...names].sort());
  });

  it('limits a summary to the ten most frequent values', () => {
    const many = storeOf(Array.from({ length: 12 }, (_, i) => logEvent(i, { 'url.path': `/p${String(i).padStart(2, '0')}` })));
    const top = search(many, '', { fields: { sample: 100 } }).fields!.find((f) => f.name === 'url.path')!.top;
    expect(top.map((t) => t.value)).toEqual(['/p00', '/p01', '/p02', '/p03', '/p04', '/p05', '/p06', '/p07', '/p08', '/p09']);
  });

  it('marks what matched when asked', () => {
    const hit = search(store, 'message:done and service.name:cart', { highlight: true, limit: 1 }).hits[0]!;
    expect(hit.highlight?.['message']).toEqual([[10, 14]]);
    expect(search(store, 'message:done', { limit: 1 }).hits[0]!.highlight).toBeUndefined();
  });
});

describe('matchingEvents and countMatches', () => {
  it('yields the matches of a parsed query in [from, to], oldest first', () => {
    const parsed = parseKql('service.name:checkout or service.name:cart');
    if (!parsed.ok) throw new Error('parse');
    const got = [...matchingEvents(store, parsed.ast, T0 + 1000, T0 + 4000, NOW)].map((e) => e.message);
    expect(got).toEqual(['request 1 done', 'request 2 done', 'request 4 done']);
  });

  it('counts afresh, with the same ranges as a search', () => {
    expect(countMatches(store, 'not service.name:checkout', { from: T0 + 1000, nowMs: NOW })).toEqual({ ok: true, result: 3 });
    expect(countMatches(store, 'a:', { nowMs: NOW }).ok).toBe(false);
  });
});
