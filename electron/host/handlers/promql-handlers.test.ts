import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { startedBackend } from './handler-testing';

/** The scenario's start (2026-03-13T10:00:00Z) in unix seconds. */
const START_S = Date.parse('2026-03-13T10:00:00Z') / 1000;

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend();
  backend.context.session!.advanceTo(5 * 60_000);
});
afterEach(() => backend.close());

const events = () => backend.context.session!.events().map((e) => e.type);

describe('promql.query and promql.queryRange', () => {
  it('answers an instant query at the drill\'s current time in the HTTP API shape, and records it', async () => {
    const result = await backend.invoke('promql.query', { expr: 'sum by (service) (rate(http_requests_total[1m]))' });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.resultType !== 'vector') throw new Error('expected a vector');
    const services = result.value.result.map((s) => s.metric.service).sort();
    expect(services).toEqual(['checkout', 'payments']);
    for (const s of result.value.result) {
      expect(s.value[0]).toBe(START_S + 300);
      expect(Number(s.value[1])).toBeGreaterThan(0);
    }
    expect(events()).toContain('promql.query');
  });

  it('does not record a panel\'s automatic refresh', async () => {
    await backend.invoke('promql.query', { expr: 'up', auto: true });
    expect(events()).not.toContain('promql.query');
  });

  it('sees the warm past: a range query an hour back returns a point per step', async () => {
    const end = START_S + 300;
    const result = await backend.invoke('promql.queryRange', { expr: 'sum(up{job="checkout"})', start: end - 3600, end, step: 60 });
    if (!result.ok || result.value.resultType !== 'matrix') throw new Error('expected a matrix');
    expect(result.value.result).toHaveLength(1);
    expect(result.value.result[0]!.values).toHaveLength(61);
    expect(result.value.result[0]!.values[0]).toEqual([end - 3600, '3']);
  });

  it('reports a malformed query with its position, and changes nothing', async () => {
    const before = events().length;
    const result = await backend.invoke('promql.query', { expr: 'sum(rate(http_requests_total[5m])' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_input');
    expect(result.error.field).toBe('expr');
    expect(result.error.message).toMatch(/^1:\d+: parse error: /);
    expect(result.error.position?.start).toBeGreaterThanOrEqual(0);
    expect(events()).toHaveLength(before);
  });

  it('refuses a range with more than 11,000 points per series', async () => {
    const result = await backend.invoke('promql.queryRange', { expr: 'up', start: START_S - 86_400, end: START_S, step: 1 });
    expect(result.ok ? undefined : result.error.field).toBe('step');
  });

  it('lists label names and values for completion', async () => {
    const names = await backend.invoke('promql.labels', {});
    expect(names.ok && names.value).toEqual(expect.arrayContaining(['__name__', 'job', 'instance', 'service']));
    const metrics = await backend.invoke('promql.labelValues', { label: '__name__' });
    expect(metrics.ok && metrics.value).toEqual(expect.arrayContaining(['up', 'http_requests_total', 'node_cpu_seconds_total']));
  });
});

describe('promql.series and promql.labelValues with match[]', () => {
  it('lists the label sets of the series any selector matches, each once', async () => {
    const result = await backend.invoke('promql.series', { match: ['up{job="checkout"}', 'up{job=~"check.*"}', 'node_load1'] });
    if (!result.ok) throw new Error(result.error.message);
    const names = new Set(result.value.map((s) => s.__name__));
    expect(names).toEqual(new Set(['up', 'node_load1']));
    const checkout = result.value.filter((s) => s.__name__ === 'up');
    expect(checkout.length).toBeGreaterThan(0);
    expect(checkout.every((s) => s.job === 'checkout')).toBe(true);
    expect(new Set(checkout.map((s) => JSON.stringify(s))).size).toBe(checkout.length);
  });

  it('limits label values to series matching a selector', async () => {
    const jobs = await backend.invoke('promql.labelValues', { label: 'service', match: ['http_requests_total{service!="payments"}'] });
    expect(jobs).toEqual({ ok: true, value: ['checkout'] });
    const routes = await backend.invoke('promql.labelValues', { label: 'route', match: ['http_requests_total{service="payments"}'] });
    expect(routes).toEqual({ ok: true, value: ['/v1/charges'] });
  });

  it('honours start and end: a window before the warm past holds no series', async () => {
    const old = await backend.invoke('promql.series', { match: ['up'], start: START_S - 10 * 86_400, end: START_S - 9 * 86_400 });
    expect(old).toEqual({ ok: true, value: [] });
    const recent = await backend.invoke('promql.series', { match: ['up'], start: START_S + 60, end: START_S + 120 });
    expect(recent.ok && recent.value.length).toBeGreaterThan(0);
  });

  it('names a selector that does not parse', async () => {
    const result = await backend.invoke('promql.series', { match: ['up{job='] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'match' } });
  });
});
