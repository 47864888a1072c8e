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
    expect(result.hits.every((e) => e['log.level'] === 'error')).toBe(true);
    const times = result.hits.map((e) => Date.parse(e['@timestamp']));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times[0]).toBe(Math.max(...expected.map((e) => Date.parse(e['@timestamp']))));
  });

  it('honours the time range, and an empty query matches everything in it', async () => {
    const from = START_MS + 3 * MINUTE;
    const to = START_MS + 4 * MINUTE;
    const inRange = session().drill.sim.logs.all().filter((e) => Date.parse(e['@timestamp']) >= from && Date.parse(e['@timestamp']) <= to);
    const result = await query({ query: '', from, to, limit: 1000, auto: true });
    expect(result.total).toBe(inRange.length);
    for (const e of result.hits) expect(Date.parse(e['@timestamp'])).toBeGreaterThanOrEqual(from);
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
