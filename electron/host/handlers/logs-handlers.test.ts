import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../contract';
import type { Backend } from '../backend';
import { startedBackend, valueOf } from './handler-testing';

const START_MS = Date.parse('2026-03-13T10:00:00Z');
const MINUTE = 60_000;

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend();
  backend.context.session!.advanceTo(6 * MINUTE);
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const query = async (input: RequestInput<'logs.query'>) => valueOf(await backend.invoke('logs.query', input));

describe('logs.query', () => {
  it('answers matching events newest first, up to the limit, with the total of all matches in range', async () => {
    const all = session().drill.sim.logs.all();
    const from = START_MS + 2 * MINUTE;
    const expected = all.filter((e) => e['log.level'] === 'error' && Date.parse(e['@timestamp']) >= from);
    expect(expected.length).toBeGreaterThan(5);

    const result = await query({ query: 'log.level:error', from, limit: 5, auto: true });
    expect(result.total).toBe(expected.length);
    expect(result.hits).toHaveLength(5);
    expect(result.hits.every((h) => h.event['log.level'] === 'error')).toBe(true);
    const times = result.hits.map((h) => Date.parse(h.event['@timestamp']));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times[0]).toBe(Math.max(...expected.map((e) => Date.parse(e['@timestamp']))));
  });

  it('honours the time range, and an empty query matches everything in it', async () => {
    const from = START_MS + 3 * MINUTE;
    const to = START_MS + 4 * MINUTE;
    const inRange = session().drill.sim.logs.all().filter((e) => Date.parse(e['@timestamp']) >= from && Date.parse(e['@timestamp']) <= to);
    const result = await query({ query: '', from, to, limit: 1000, auto: true });
    expect(result.total).toBe(inRange.length);
    for (const h of result.hits) expect(Date.parse(h.event['@timestamp'])).toBeGreaterThanOrEqual(from);
  });

  it("refuses a syntax error with Kibana's message and position, recording nothing", async () => {
    const before = session().events().length;
    const result = await backend.invoke('logs.query', { query: 'log.level:(error' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'query' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Expected .* but end of input found\.$/);
      expect(result.error.position?.start).toBe('log.level:(error'.length);
    }
    expect(session().events()).toHaveLength(before);
  });

  it('records a query a person typed, not a panel refresh', async () => {
    const before = session().events().length;
    await query({ query: 'service.name:checkout', auto: true });
    expect(session().events()).toHaveLength(before);
    await query({ query: 'service.name:checkout' });
    expect(session().events().at(-1)).toMatchObject({ type: 'logs.query', payload: { query: 'service.name:checkout' } });
  });
});

describe('logs.query for Discover', () => {
  it('pages newest first by offset: consecutive pages join into the first page of twice the size', async () => {
    const whole = await query({ query: 'log.level:error', limit: 20, auto: true });
    const first = await query({ query: 'log.level:error', limit: 10, auto: true });
    const second = await query({ query: 'log.level:error', limit: 10, offset: 10, auto: true });
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(whole.hits.map((h) => h.id));
    expect(second.total).toBe(whole.total);
  });

  it('answers the histogram, field summaries and highlights when asked, and notices for a field no event holds', async () => {
    const to = START_MS + 6 * MINUTE;
    const from = to - 5 * MINUTE;
    const result = await query({ query: 'log.level:error', from, to, histogram: true, fields: true, sample: 50, highlight: true, auto: true });
    const histogram = result.histogram!;
    expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(result.total);
    expect(histogram.counts.length).toBeGreaterThanOrEqual(25);
    expect(histogram.counts.length).toBeLessThanOrEqual(100);
    expect(result.sampled).toBe(Math.min(50, result.total));
    const level = result.fields!.find((f) => f.name === 'log.level')!;
    expect(level.top).toEqual([{ value: 'error', count: result.sampled }]);
    expect(result.hits[0]!.highlight?.['log.level']).toEqual([[0, 'error'.length]]);
    expect(result.notices).toEqual([]);

    const unknown = await query({ query: 'no.such.field:x', auto: true });
    expect(unknown.total).toBe(0);
    expect(unknown.notices.join(' ')).toContain('no.such.field');
  });
});

describe('logs.context, logs.fields, logs.values, logs.fieldOverTime', () => {
  it('shows the events around one, older before and newer after, and records the learner opening it', async () => {
    const anchor = (await query({ query: 'log.level:error', limit: 1, offset: 50, auto: true })).hits[0]!;
    const result = await backend.invoke('logs.context', { id: anchor.id, before: 5, after: 5 });
    const context = valueOf(result);
    expect(context.anchor.id).toBe(anchor.id);
    expect(context.before).toHaveLength(5);
    expect(context.after).toHaveLength(5);
    for (const h of context.before) expect(h.id).toBeLessThan(anchor.id);
    for (const h of context.after) expect(h.id).toBeGreaterThan(anchor.id);
    expect(session().events().at(-1)).toMatchObject({ type: 'logs.context', payload: { id: anchor.id } });
    expect(await backend.invoke('logs.context', { id: 10 ** 9 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
  });

  it('lists the fields with their types, and values of a field by prefix for completion', async () => {
    const fields = valueOf(await backend.invoke('logs.fields', {}));
    expect(fields.find((f) => f.name === 'message')?.type).toBe('text');
    expect(fields.find((f) => f.name === 'http.response.status_code')?.type).toBe('number');
    expect(fields.find((f) => f.name === 'service.name')?.type).toBe('keyword');
    const values = valueOf(await backend.invoke('logs.values', { field: 'service.name', prefix: 'check' }));
    expect(values).toContain('checkout');
    for (const v of values) expect(v.startsWith('check')).toBe(true);
  });

  it('counts a field over time for the top values, and records the learner asking', async () => {
    const to = START_MS + 6 * MINUTE;
    const from = to - 5 * MINUTE;
    const result = valueOf(await backend.invoke('logs.fieldOverTime', { query: 'log.level:error', field: 'service.name', from, to }));
    const total = (await query({ query: 'log.level:error', from, to, auto: true })).total;
    const counted = [...result.series.flatMap((s) => s.counts), ...result.other, ...result.missing].reduce((a, b) => a + b, 0);
    expect(counted).toBe(total);
    expect(result.series[0]?.value).toBe('checkout');
    expect(session().events().at(-1)).toMatchObject({ type: 'logs.fieldOverTime', payload: { field: 'service.name' } });
  });
});

describe('saved searches', () => {
  it('saves, lists, replaces by name and deletes the learner\'s searches', async () => {
    valueOf(await backend.invoke('logs.saveSearch', { name: 'Errors', query: 'log.level:error', columns: ['message'] }));
    valueOf(await backend.invoke('logs.saveSearch', { name: 'Errors', query: 'log.level:(error or fatal)', columns: [], time: { from: 'now-1h', to: 'now' } }));
    const listed = valueOf(await backend.invoke('logs.savedSearches', {}));
    expect(listed).toMatchObject([{ name: 'Errors', query: 'log.level:(error or fatal)', columns: [], time: { from: 'now-1h', to: 'now' } }]);
    expect(valueOf(await backend.invoke('logs.deleteSearch', { name: 'Errors' }))).toBe(true);
    expect(valueOf(await backend.invoke('logs.savedSearches', {}))).toEqual([]);
    expect(await backend.invoke('logs.saveSearch', { name: '  ', query: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'name' } });
  });
});
