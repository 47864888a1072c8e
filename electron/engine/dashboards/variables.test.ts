import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';
import { newDashboard } from './layout';
import type { Dashboard, Variable } from './model';
import { parseDashboard } from './parse';
import { applyVariableSelections, resolveVariables, selectVariableValue } from './variables';
import type { VariableFetchers } from './variable-state';

const RANGE = { from: Date.UTC(2024, 2, 13, 12), to: Date.UTC(2024, 2, 13, 13) };

/** A fake data source recording what it was asked. */
function fakeFetchers() {
  const calls: string[] = [];
  const fetchers: VariableFetchers = {
    labelValues: async (label, match) => {
      calls.push(`labelValues ${label} ${match?.join(';') ?? ''}`);
      if (label === '__name__') return ['up', 'http_requests_total', 'node_cpu_seconds_total'];
      if (label === 'instance') return match?.[0]?.includes('job="web"') ? ['web-1:80', 'web-2:80'] : ['api-1:80'];
      return ['web', 'api', 'db'];
    },
    labelNames: async (match) => {
      calls.push(`labelNames ${match?.join(';') ?? ''}`);
      return ['job', 'instance'];
    },
    query: async (expr) => {
      calls.push(`query ${expr}`);
      if (expr.includes('boom')) throw new Error('parse error: boom');
      return [{ metric: { __name__: 'up', job: 'api' }, value: 1 }];
    },
  };
  return { calls, fetchers };
}

function withVariables(list: Variable[]): Dashboard {
  return { ...newDashboard('T', 'abc'), templating: { list } };
}

describe('resolveVariables', () => {
  it('resolves the fixture: query multi+All, custom, interval auto, constant, textbox', async () => {
    const parsed = parseDashboard(readFileSync(new URL('./testdata/variables.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('fixture');
    const states = await resolveVariables(parsed.dashboard, RANGE, fakeFetchers().fetchers);
    const byName = Object.fromEntries(states.map((s) => [s.variable.name, s]));
    expect(byName.job!.options.map((o) => o.value)).toEqual(['$__all', 'api', 'db', 'web']);
    expect(byName.job!.current.value).toEqual(['$__all']);
    expect(byName.env!.current).toEqual({ text: ['production'], value: ['prod'] });
    // 1 h / 30 is 2 min, above auto_min 10s.
    expect(byName.iv!.autoInterval).toBe('2m');
    expect(byName.iv!.options.map((o) => o.text)).toEqual(['auto', '1m', '5m']);
    expect(byName.cluster!.current.value).toEqual(['training']);
    expect(byName.path!.current.value).toEqual(['/api']);
    expect(interpolate('$job|$env|$iv|$cluster|${path:regex}', states, { __auto_interval_iv: '2m' })).toBe('(api|db|web)|prod|2m|training|\\/api');
  });

  it('interpolates a query with the variables before it', async () => {
    const { calls, fetchers } = fakeFetchers();
    const states = await resolveVariables(withVariables([
      { type: 'query', name: 'job', query: 'label_values(job)', current: { text: 'web', value: 'web' } },
      { type: 'query', name: 'instance', query: 'label_values(up{job="$job"}, instance)' },
    ]), RANGE, fetchers);
    expect(calls).toEqual(['labelValues job ', 'labelValues instance up{job="web"}']);
    expect(states[1]!.current.value).toEqual(['web-1:80']);
  });

  it('runs every query form', async () => {
    const { calls, fetchers } = fakeFetchers();
    const states = await resolveVariables(withVariables([
      { type: 'query', name: 'a', query: 'label_names()' },
      { type: 'query', name: 'b', query: 'metrics(^http_)' },
      { type: 'query', name: 'c', query: { query: 'query_result(up)', refId: 'X' }, regex: '/job="(\\w+)"/' },
      { type: 'query', name: 'd', query: 'query_result(count(up))' },
      { type: 'query', name: 'e', query: 'label_names(http_)' },
    ]), RANGE, fetchers);
    expect(states.map((s) => s.options.map((o) => o.value))).toEqual([
      ['job', 'instance'],
      ['http_requests_total'],
      ['api'],
      [`up{job="api"} 1 ${RANGE.to}`],
      ['job', 'instance'],
    ]);
    expect(calls).toContain('labelNames {__name__=~".*http_.*"}');
    expect(calls).toContain('query count(up)');
  });

  it('keeps a selection still offered, else falls back to the first option', async () => {
    const custom: Variable = { type: 'custom', name: 'x', query: 'a,b,c', multi: true, current: { text: ['b', 'z'], value: ['b', 'z'] } };
    const [kept] = await resolveVariables(withVariables([custom]), RANGE, fakeFetchers().fetchers);
    expect(kept!.current.value).toEqual(['b']);
    const [fallback] = await resolveVariables(withVariables([{ ...custom, current: { text: 'z', value: 'z' } }]), RANGE, fakeFetchers().fetchers);
    expect(fallback!.current).toEqual({ text: ['a'], value: ['a'] });
  });

  it('prefers the previous state over the saved selection', async () => {
    const d = withVariables([{ type: 'custom', name: 'x', query: 'a,b', current: { text: 'a', value: 'a' } }]);
    const [first] = await resolveVariables(d, RANGE, fakeFetchers().fetchers);
    const [again] = await resolveVariables(d, RANGE, fakeFetchers().fetchers, [selectVariableValue(first!, ['b'])]);
    expect(again!.current.value).toEqual(['b']);
  });

  it('runs a load-time query again only when its interpolated query changed; refresh 2 always', async () => {
    const { calls, fetchers } = fakeFetchers();
    const d = withVariables([
      { type: 'query', name: 'job', query: 'label_values(job)', refresh: 1, current: { text: 'web', value: 'web' } },
      { type: 'query', name: 'instance', query: 'label_values(up{job="$job"}, instance)', refresh: 1 },
      { type: 'query', name: 'metric', query: 'metrics(up)', refresh: 2 },
    ]);
    const first = await resolveVariables(d, RANGE, fetchers);
    expect(calls).toHaveLength(3);
    await resolveVariables(d, RANGE, fetchers, first);
    expect(calls.slice(3)).toEqual(['labelValues __name__ ']);
    await resolveVariables(d, RANGE, fetchers, [selectVariableValue(first[0]!, ['api']), ...first.slice(1)]);
    expect(calls.slice(4)).toEqual(['labelValues instance up{job="api"}', 'labelValues __name__ ']);
  });

  it('turns a failing query into an error on that variable only', async () => {
    const states = await resolveVariables(withVariables([
      { type: 'query', name: 'bad', query: 'query_result(boom)' },
      { type: 'custom', name: 'ok', query: 'a' },
    ]), RANGE, fakeFetchers().fetchers);
    expect(states[0]).toMatchObject({ error: 'parse error: boom', options: [] });
    expect(states[1]!.error).toBeUndefined();
  });

  it('applies the auto_min floor of interval variables', async () => {
    const [iv] = await resolveVariables(withVariables([{ type: 'interval', name: 'iv', query: '1m', auto: true, auto_count: 30, auto_min: '5m' }]), RANGE, fakeFetchers().fetchers);
    expect(iv!.autoInterval).toBe('5m');
  });
});

describe('selecting and saving', () => {
  const multi: Variable = { type: 'custom', name: 'x', query: 'A : a,B : b', multi: true, includeAll: true };

  it('selects values, All, or falls back to the first option when emptied', async () => {
    const [state] = await resolveVariables(withVariables([multi]), RANGE, fakeFetchers().fetchers);
    expect(selectVariableValue(state!, ['a', 'b']).current).toEqual({ text: ['A', 'B'], value: ['a', 'b'] });
    expect(selectVariableValue(state!, ['a', '$__all']).current).toEqual({ text: ['All'], value: ['$__all'] });
    expect(selectVariableValue(state!, ['$__all', 'b']).current).toEqual({ text: ['B'], value: ['b'] });
    expect(selectVariableValue(state!, []).current.value).toEqual(['$__all']);
  });

  it('keeps one value for single-value variables', async () => {
    const [state] = await resolveVariables(withVariables([{ ...multi, multi: false, includeAll: false }]), RANGE, fakeFetchers().fetchers);
    expect(selectVariableValue(state!, ['b', 'a']).current).toEqual({ text: ['B'], value: ['b'] });
  });

  it("writes `current` back in Grafana's saved shape", async () => {
    const d = withVariables([multi, { type: 'textbox', name: 't', query: 'x' }]);
    const states = await resolveVariables(d, RANGE, fakeFetchers().fetchers);
    const saved = applyVariableSelections(d, [selectVariableValue(states[0]!, ['b']), selectVariableValue(states[1]!, ['typed'])]);
    expect(saved.templating.list[0]!.current).toEqual({ text: ['B'], value: ['b'] });
    expect(saved.templating.list[1]!.current).toEqual({ text: 'typed', value: 'typed' });
    expect(d.templating.list[0]!.current).toBeUndefined();
  });
});
