import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../sim/outputs/ecs';
import { LogStore } from '../../logs/store';
import { SeriesStore, storeQueryable } from '../../tsdb';
import { parseLogRuleFile } from './log-rule-file';
import { LOG_RULE_METRIC, LogRuleGroupEvaluator } from './log-rule-group';

const S = 1000;

/** A log event at `sec` seconds after the epoch (unix 0, so store times are unix ms). */
function event(sec: number, fields: Partial<EcsEvent> = {}): EcsEvent {
  return {
    '@timestamp': new Date(sec * S).toISOString(),
    'ecs.version': '8.11.0',
    'log.level': 'error',
    message: 'POST /api/checkout 500: order total is null',
    'event.dataset': 'checkout.log',
    'service.name': 'checkout',
    ...fields,
  };
}

/** Events every `step` seconds from `from` to `to` inclusive. */
const every = (step: number, from: number, to: number, fields: Partial<EcsEvent> = {}) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => event(from + i * step, fields));

const byTime = (events: EcsEvent[]) => events.sort((a, b) => (a['@timestamp'] < b['@timestamp'] ? -1 : a['@timestamp'] > b['@timestamp'] ? 1 : 0));

function setup(yaml: string, events: EcsEvent[]) {
  const parsed = parseLogRuleFile(yaml, 'log-rules.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const store = new SeriesStore();
  const logs = new LogStore();
  logs.append(byTime([...events]));
  const group = new LogRuleGroupEvaluator(parsed.groups[0]!, {
    logs: () => logs,
    queryable: storeQueryable(store, 0),
    append: (labels, t, v) => store.append(store.ref(labels), t, v),
  });
  const evalAt = (...secs: number[]) => secs.forEach((s) => group.eval(s * S));
  /** One series' samples as [second, value] pairs. */
  const samples = (labels: Record<string, string>) => {
    const s = store.find(labels);
    return s ? Array.from({ length: s.length }, (_, i) => [s.times[i]! / S, s.values[i]!]) : [];
  };
  return { group, evalAt, samples };
}

const RULE = (extra = '') => `groups:
  - name: checkout-logs
    interval: 30s
    rules:
      - alert: CheckoutErrorLogs
        query: 'service.name:checkout and log.level:error'
        window: 1m
        threshold: 2
        for: 1m
${extra}        labels: { severity: ticket }
        annotations:
          summary: "{{ $value }} errors from checkout"
`;

describe('LogRuleGroupEvaluator: alert lifecycle', () => {
  // Errors every 10s from 60s to 180s, among info lines and another service's errors that the query excludes.
  const events = byTime([...every(10, 60, 180), ...every(5, 0, 300, { 'log.level': 'info' }), ...every(5, 0, 300, { 'service.name': 'payments' })]);
  const LABELS = { alertname: 'CheckoutErrorLogs', severity: 'ticket' };

  it('goes inactive → pending → firing → resolved at the right evaluations, with the count as $value', () => {
    const { group, evalAt, samples } = setup(RULE(), events);
    evalAt(0, 30, 60); // at 60s: one error in (0s, 60s]
    expect(group.alerts()).toEqual([]);
    expect(group.ruleStates()).toEqual([{ kind: 'alert', name: 'CheckoutErrorLogs', health: 'ok', lastEvaluationMs: 60 * S, state: 'inactive' }]);
    evalAt(90); // 60, 70, 80, 90
    expect(group.alerts()).toEqual([{ labels: LABELS, annotations: { summary: '4 errors from checkout' }, state: 'pending', activeAt: 90 * S, value: 4 }]);
    evalAt(120);
    expect(group.alerts()[0]).toMatchObject({ state: 'pending', value: 6 });
    evalAt(150); // 150 − 90 ≥ for
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', activeAt: 90 * S, firedAt: 150 * S, value: 6 });
    evalAt(180, 210); // at 210s: 160, 170, 180
    expect(group.alerts()[0]).toMatchObject({ state: 'firing', value: 3, annotations: { summary: '3 errors from checkout' } });
    evalAt(240); // nothing in (180s, 240s]
    expect(group.alerts()).toEqual([expect.objectContaining({ state: 'inactive', firedAt: 150 * S, resolvedAt: 240 * S })]);
    expect(samples({ __name__: LOG_RULE_METRIC, rule: 'CheckoutErrorLogs' })).toEqual([[0, 0], [30, 0], [60, 1], [90, 4], [120, 6], [150, 6], [180, 6], [210, 3], [240, 0]]);
    expect(samples({ __name__: 'ALERTS', alertname: 'CheckoutErrorLogs', alertstate: 'firing', severity: 'ticket' }).map(([t]) => t)).toEqual([150, 180, 210, 240]);
  });

  it('keeps firing for keep_firing_for after the count drops', () => {
    const { group, evalAt } = setup(RULE('        keep_firing_for: 1m\n'), events);
    evalAt(0, 30, 60, 90, 120, 150, 180, 210, 240);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing' });
    evalAt(270);
    expect(group.alerts()[0]).toMatchObject({ state: 'firing' });
    evalAt(300);
    expect(group.alerts()[0]).toMatchObject({ state: 'inactive', resolvedAt: 300 * S });
  });

  it('describes its rules for the drill', () => {
    const { group } = setup(RULE(), events);
    expect(group.group).toMatchObject({ name: 'checkout-logs', intervalMs: 30 * S });
    expect(group.rules()).toEqual([
      { name: 'CheckoutErrorLogs', query: 'service.name:checkout and log.level:error', forMs: 60 * S, labels: { severity: 'ticket' }, annotations: { summary: '{{ $value }} errors from checkout' } },
    ]);
  });
});

describe('LogRuleGroupEvaluator: group_by', () => {
  const yaml = `groups:
  - name: g
    rules:
      - alert: ErrorLogs
        query: log.level:error
        window: 1m
        group_by: [service.name]
        threshold: 3
        annotations:
          summary: "{{ $value }} from {{ $labels.service_name }}"
`;
  // checkout errs every 10s throughout; payments every 10s until 60s; platform events have no service.name.
  const events = byTime([...every(10, 0, 240), ...every(10, 0, 60, { 'service.name': 'payments' }), ...every(10, 0, 240, { 'service.name': undefined, message: 'pod crashed' })]);

  it('counts and alerts on each value of the group_by fields on its own', () => {
    const { group, evalAt, samples } = setup(yaml, events);
    evalAt(60);
    expect(group.alerts().map((a) => [a.labels, a.state, a.value, a.annotations.summary])).toEqual([
      [{ alertname: 'ErrorLogs', service_name: 'checkout' }, 'firing', 6, '6 from checkout'],
      [{ alertname: 'ErrorLogs', service_name: 'payments' }, 'firing', 6, '6 from payments'],
    ]);
    evalAt(120); // payments has stopped: its count is written as 0 and its alert resolves
    expect(group.alerts().map((a) => [a.labels.service_name, a.state])).toEqual([['checkout', 'firing'], ['payments', 'inactive']]);
    expect(samples({ __name__: LOG_RULE_METRIC, rule: 'ErrorLogs', service_name: 'payments' })).toEqual([[60, 6], [120, 0]]);
    // Events without service.name are counted under no group.
    expect(samples({ __name__: LOG_RULE_METRIC, rule: 'ErrorLogs' })).toEqual([]);
  });
});

describe('LogRuleGroupEvaluator: a "<" threshold', () => {
  const yaml = `groups:
  - name: g
    rules:
      - alert: CheckoutSilent
        query: service.name:checkout
        window: 1m
        op: "<"
        threshold: 1
`;

  it('fires when nothing matched, from the first evaluation', () => {
    const { group, evalAt } = setup(yaml, every(10, 0, 60));
    evalAt(60);
    expect(group.alerts()).toEqual([]);
    evalAt(120); // last event at 60s: none in (60s, 120s]
    expect(group.alerts()).toEqual([expect.objectContaining({ labels: { alertname: 'CheckoutSilent' }, state: 'firing', value: 0 })]);
  });
});
