import { describe, expect, it } from 'vitest';
import { isStaleNaN, SeriesStore, storeQueryable } from '../../tsdb';
import { GroupEvaluator } from './group';
import { parseRuleFile } from './rule-file';

const MIN = 60_000;

/** A store with the given series sampled every minute from t = 0 (values[i] at i minutes), and a group over it. */
function setup(rulesYaml: string, series: Record<string, { labels: Record<string, string>; values: number[] }>, externalLabels?: Record<string, string>) {
  const store = new SeriesStore();
  for (const { labels, values } of Object.values(series)) {
    const ref = store.ref(labels);
    values.forEach((v, i) => store.append(ref, i * MIN, v));
  }
  const parsed = parseRuleFile(rulesYaml, 'test.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const ctx = {
    queryable: storeQueryable(store, 0),
    append: (labels: Record<string, string>, t: number, v: number) => store.append(store.ref(labels), t, v),
    externalLabels,
  };
  const group = new GroupEvaluator(parsed.groups[0]!, ctx);
  const evalAt = (...minutes: number[]) => minutes.forEach((m) => group.eval(m * MIN));
  /** The samples of one series as [minute, value | 'stale'] pairs. */
  const samples = (labels: Record<string, string>) => {
    const s = store.find(labels);
    if (!s) return [];
    return Array.from({ length: s.length }, (_, i) => [s.times[i]! / MIN, isStaleNaN(s.values[i]!) ? 'stale' : s.values[i]!]);
  };
  return { group, evalAt, samples, store };
}

const up = (values: number[]) => ({ up: { labels: { __name__: 'up', job: 'api', instance: 'a' }, values } });
const filled = (head: number[], length = 40, tail = 1) => [...head, ...Array<number>(length - head.length).fill(tail)];

const instanceDown = (forText: string, extra = '') => `groups:
  - name: g
    rules:
      - alert: InstanceDown
        expr: up == 0
        for: ${forText}
${extra}        labels:
          severity: page
        annotations:
          summary: "{{ $labels.instance }} of {{ $labels.job }} down, value {{ $value }}"
`;

const ALERT_LABELS = { alertname: 'InstanceDown', instance: 'a', job: 'api', severity: 'page' };

describe('GroupEvaluator: alert lifecycle', () => {
  it('is pending after one evaluation and fires once `for` has passed', () => {
    const { group, evalAt } = setup(instanceDown('2m'), up(filled([0, 0, 0, 0])));
    evalAt(0);
    expect(group.alerts()).toEqual([
      { labels: ALERT_LABELS, annotations: { summary: 'a of api down, value 0' }, state: 'pending', activeAt: 0, value: 0 },
    ]);
    evalAt(1);
    expect(group.alerts()[0]).toMatchObject({ state: 'pending', activeAt: 0 });
    evalAt(2); // 2m − 0 ≥ for
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', activeAt: 0, firedAt: 2 * MIN });
    expect(group.ruleStates()).toEqual([{ kind: 'alert', name: 'InstanceDown', health: 'ok', lastEvaluationMs: 2 * MIN, state: 'firing' }]);
  });

  it('fires at the first evaluation with for: 0', () => {
    const { group, evalAt } = setup(instanceDown('0s'), up(filled([0])));
    evalAt(0);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', activeAt: 0, firedAt: 0 });
  });

  it('drops a pending alert silently when its series clears', () => {
    const { group, evalAt, samples } = setup(instanceDown('5m'), up(filled([0, 0])));
    evalAt(0, 1);
    expect(group.alerts()).toHaveLength(1);
    evalAt(2);
    expect(group.alerts()).toEqual([]);
    expect(group.ruleStates()[0]!.state).toBe('inactive');
    expect(samples({ __name__: 'ALERTS', alertstate: 'pending', ...ALERT_LABELS })).toEqual([[0, 1], [1, 1], [2, 'stale']]);
  });

  it('resolves a firing alert, keeps it 15 minutes, then forgets it', () => {
    const { group, evalAt } = setup(instanceDown('1m'), up(filled([0, 0, 0])));
    evalAt(0, 1, 2);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', firedAt: MIN });
    evalAt(3);
    expect(group.alerts()).toEqual([expect.objectContaining({ state: 'inactive', activeAt: 0, firedAt: MIN, resolvedAt: 3 * MIN })]);
    evalAt(18); // 15m after resolution: still kept
    expect(group.alerts()).toHaveLength(1);
    evalAt(19); // 16m after: gone
    expect(group.alerts()).toEqual([]);
  });

  it('starts a new pending alert when resolved labels become active again', () => {
    const { group, evalAt } = setup(instanceDown('1m'), up(filled([0, 0, 1, 0, 0])));
    evalAt(0, 1);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing' });
    evalAt(2);
    expect(group.alerts()[0]).toMatchObject({ state: 'inactive', resolvedAt: 2 * MIN });
    evalAt(3);
    expect(group.alerts()).toEqual([expect.objectContaining({ state: 'pending', activeAt: 3 * MIN })]);
    expect(group.alerts()[0]!.resolvedAt).toBeUndefined();
    evalAt(4);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', activeAt: 3 * MIN, firedAt: 4 * MIN });
  });

  it('keeps firing for keep_firing_for after the series disappears', () => {
    const { group, evalAt } = setup(instanceDown('0s', '        keep_firing_for: 2m\n'), up(filled([0, 1, 1, 1, 0, 1])));
    evalAt(0);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing' });
    evalAt(1, 2); // gone since 1m: 0m and 1m < 2m
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', activeAt: 0 });
    expect(group.alerts()[0]!.resolvedAt).toBeUndefined();
    evalAt(3); // 2m since 1m: no longer kept
    expect(group.alerts()[0]).toMatchObject({ state: 'inactive', resolvedAt: 3 * MIN });
  });

  it('restarts the keep_firing_for clock when the series comes back', () => {
    const { group, evalAt } = setup(instanceDown('0s', '        keep_firing_for: 2m\n'), up(filled([0, 1, 0, 1, 1, 1])));
    evalAt(0, 1, 2, 3, 4);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing' }); // gone since 3m only
    evalAt(5);
    expect(group.alerts()[0]).toMatchObject({ state: 'inactive', resolvedAt: 5 * MIN });
  });

  it('writes ALERTS and ALERTS_FOR_STATE, with stale markers when they stop', () => {
    const { evalAt, samples } = setup(instanceDown('1m'), up(filled([1, 1, 0, 0, 0])));
    evalAt(0, 1, 2, 3, 4, 5);
    // active at 2m (120 s); pending at 2m, firing at 3m and 4m, resolved at 5m.
    expect(samples({ __name__: 'ALERTS', alertstate: 'pending', ...ALERT_LABELS })).toEqual([[2, 1], [3, 'stale']]);
    expect(samples({ __name__: 'ALERTS', alertstate: 'firing', ...ALERT_LABELS })).toEqual([[3, 1], [4, 1], [5, 'stale']]);
    expect(samples({ __name__: 'ALERTS_FOR_STATE', ...ALERT_LABELS })).toEqual([[2, 120], [3, 120], [4, 120], [5, 'stale']]);
  });

  it('re-expands annotations with the current value at each evaluation', () => {
    const yaml = `groups:
  - name: g
    rules:
      - alert: High
        expr: errors > 5
        for: 10m
        annotations:
          summary: "{{ $value | humanize }} errors in {{ $externalLabels.cluster }}"
          broken: "{{ humanize \\"x\\" }}"
`;
    const { group, evalAt } = setup(yaml, { e: { labels: { __name__: 'errors', job: 'api' }, values: [10, 1234567] } }, { cluster: 'eu-1' });
    evalAt(0);
    expect(group.alerts()[0]!.annotations.summary).toBe('10 errors in eu-1');
    // Prometheus prepends 112 bytes of {{$labels := .Labels}}… definitions, so the command sits at column 112 + 3.
    expect(group.alerts()[0]!.annotations.broken).toBe(
      '<error expanding template: template: __alert_High:1:115: executing "__alert_High" at <humanize "x">: error calling humanize: strconv.ParseFloat: parsing "x": invalid syntax>',
    );
    evalAt(1);
    expect(group.alerts()[0]).toMatchObject({ value: 1234567, annotations: { summary: '1.235M errors in eu-1' } });
    expect(group.alerts()[0]!.labels).toEqual({ alertname: 'High', job: 'api' }); // __name__ dropped
  });

  it('expands label templates into the alert identity', () => {
    const yaml = `groups:
  - name: g
    rules:
      - alert: Big
        expr: size > 0
        labels:
          tier: "{{ if gt $value 100.0 }}large{{ else }}small{{ end }}"
`;
    const { group, evalAt } = setup(yaml, { a: { labels: { __name__: 'size', id: '1' }, values: [500] }, b: { labels: { __name__: 'size', id: '2' }, values: [5] } });
    evalAt(0);
    expect(group.alerts().map((a) => a.labels)).toEqual([
      { alertname: 'Big', id: '1', tier: 'large' },
      { alertname: 'Big', id: '2', tier: 'small' },
    ]);
  });
});

describe('GroupEvaluator: errors and recording rules', () => {
  it('fails the rule when labels collide after applying alert labels', () => {
    const yaml = `groups:
  - name: g
    rules:
      - alert: Dup
        expr: up == 0
        labels:
          instance: same
`;
    const series = { a: { labels: { __name__: 'up', instance: 'a' }, values: [0] }, b: { labels: { __name__: 'up', instance: 'b' }, values: [0] } };
    const { group, evalAt } = setup(yaml, series);
    evalAt(0);
    expect(group.alerts()).toEqual([]);
    expect(group.ruleStates()[0]).toMatchObject({
      health: 'err',
      lastError: 'vector contains metrics with the same labelset after applying alert labels',
      lastEvaluationMs: 0,
    });
  });

  it('lets a recording rule feed an alert in the same evaluation', () => {
    const yaml = `groups:
  - name: g
    rules:
      - record: job:errors:sum
        expr: sum by (job) (errors)
        labels:
          source: rule
      - alert: ManyErrors
        expr: job:errors:sum > 5
`;
    const series = {
      a: { labels: { __name__: 'errors', job: 'api', instance: 'a' }, values: [2, 4] },
      b: { labels: { __name__: 'errors', job: 'api', instance: 'b' }, values: [2, 4] },
    };
    const { group, evalAt, samples } = setup(yaml, series);
    evalAt(0); // 4: no alert
    expect(group.alerts()).toEqual([]);
    evalAt(1); // 8: fires at once (for: 0)
    expect(group.alerts()).toEqual([
      { labels: { alertname: 'ManyErrors', job: 'api', source: 'rule' }, annotations: {}, state: 'firing', activeAt: MIN, firedAt: MIN, value: 8 },
    ]);
    expect(samples({ __name__: 'job:errors:sum', job: 'api', source: 'rule' })).toEqual([[0, 4], [1, 8]]);
    expect(group.ruleStates().map((s) => s.health)).toEqual(['ok', 'ok']);
  });

  it('records a scalar result as a series with only the rule name and labels', () => {
    const yaml = 'groups:\n  - name: g\n    rules:\n      - record: answer\n        expr: 6 * 7\n';
    const { evalAt, samples } = setup(yaml, {});
    evalAt(0);
    expect(samples({ __name__: 'answer' })).toEqual([[0, 42]]);
  });

  it('writes a stale marker when a recorded series stops', () => {
    const yaml = 'groups:\n  - name: g\n    rules:\n      - record: up:down\n        expr: up == 0\n';
    const { evalAt, samples } = setup(yaml, up(filled([0, 1])));
    evalAt(0, 1, 2);
    expect(samples({ __name__: 'up:down', job: 'api', instance: 'a' })).toEqual([[0, 0], [1, 'stale']]);
  });

  it('fails a recording rule whose results collide after the rule labels', () => {
    const yaml = 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up\n        labels: {instance: x}\n';
    const series = { a: { labels: { __name__: 'up', instance: 'a' }, values: [1] }, b: { labels: { __name__: 'up', instance: 'b' }, values: [1] } };
    const { group, evalAt, samples } = setup(yaml, series);
    evalAt(0);
    expect(group.ruleStates()[0]).toMatchObject({ health: 'err', lastError: 'vector contains metrics with the same labelset after applying rule labels' });
    expect(samples({ __name__: 'r', instance: 'x' })).toEqual([]);
  });

  it('enforces the group limit on alerts', () => {
    const yaml = 'groups:\n  - name: g\n    limit: 1\n    rules:\n      - alert: A\n        expr: up == 0\n';
    const series = { a: { labels: { __name__: 'up', instance: 'a' }, values: [0] }, b: { labels: { __name__: 'up', instance: 'b' }, values: [0] } };
    const { group, evalAt } = setup(yaml, series);
    evalAt(0);
    expect(group.alerts()).toEqual([]);
    expect(group.ruleStates()[0]).toMatchObject({ health: 'err', lastError: 'exceeded limit of 1 with 2 alerts' });
  });

  it('reports a query error and recovers when the query succeeds again', () => {
    const yaml = 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: abs({__name__=~"a|b"})\n';
    // a and b share their labels once abs() drops the names: an execution error while both are present.
    const series = { a: { labels: { __name__: 'a', x: '1' }, values: [1, 1] }, b: { labels: { __name__: 'b', x: '1' }, values: [2] } };
    const { group, evalAt, samples } = setup(yaml, series);
    evalAt(0);
    expect(group.ruleStates()[0]).toMatchObject({ health: 'err', lastError: expect.stringContaining('same labelset') });
    evalAt(5.5); // b's only sample (0m) is past the 5m lookback, a's 1m sample is within it
    expect(group.ruleStates()[0]).toEqual({ kind: 'record', name: 'r', health: 'ok', lastEvaluationMs: 5.5 * MIN });
    expect(samples({ __name__: 'r', x: '1' })).toEqual([[5.5, 1]]);
  });

  it('fails a rule whose result is not a vector or scalar', () => {
    const yaml = 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up[5m]\n';
    const { group, evalAt } = setup(yaml, up([1]));
    evalAt(0);
    expect(group.ruleStates()[0]).toMatchObject({ health: 'err', lastError: 'rule result is not a vector or scalar' });
  });

  it('evaluates query_offset earlier and writes results at the offset time', () => {
    const yaml = 'groups:\n  - name: g\n    query_offset: 1m\n    rules:\n      - alert: Down\n        expr: up == 0\n';
    const { group, evalAt, samples } = setup(yaml, up(filled([0, 1])));
    evalAt(1); // queries t = 0m, where up is 0
    expect(group.alerts()).toEqual([expect.objectContaining({ state: 'firing', activeAt: 0 })]);
    expect(samples({ __name__: 'ALERTS', alertname: 'Down', alertstate: 'firing', instance: 'a', job: 'api' })).toEqual([[0, 1]]);
  });

  it('reports an unevaluated rule as unknown', () => {
    const { group } = setup(instanceDown('1m'), up([0]));
    expect(group.ruleStates()).toEqual([{ kind: 'alert', name: 'InstanceDown', health: 'unknown', state: 'inactive' }]);
  });
});
