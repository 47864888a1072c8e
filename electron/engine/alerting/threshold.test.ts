import { describe, expect, it } from 'vitest';
import type { AlertSpec } from '../scenario';
import { simMillis } from '../sim/clock';
import { SIGNAL_METRICS } from '../sim/outputs/signals';
import { SeriesStore } from '../tsdb';
import { evaluateAlerts, initialAlertStates } from './threshold';

const spec = (overrides: Partial<AlertSpec> = {}): AlertSpec => ({
  name: 'HighErrors',
  service: 'api',
  signal: 'error_ratio',
  op: '>',
  threshold: 0.05,
  for: '1m',
  severity: 'page',
  summary: 'errors',
  ...overrides,
});

/** A series for the alert's signal with one sample per 15 s, taking values from `value(t)`. */
function buffer(value: (t: number) => number | undefined, until = 600_000): SeriesStore {
  const store = new SeriesStore();
  const ref = store.ref({ __name__: SIGNAL_METRICS.error_ratio, service: 'api' });
  for (let t = 0; t <= until; t += 15_000) {
    const v = value(t);
    if (v !== undefined) store.append(ref, t, v);
  }
  return store;
}

/** Evaluates every 15 s from 0 to `until`; returns each evaluation's state and the transitions. */
function run(specs: AlertSpec[], metrics: SeriesStore, until = 600_000) {
  const states = initialAlertStates(specs);
  const timeline: [number, string][] = [];
  const transitions = [];
  for (let t = 0; t <= until; t += 15_000) {
    transitions.push(...evaluateAlerts(specs, states, metrics, simMillis(t)));
    timeline.push([t, states[0]!.state]);
  }
  return { states, transitions, stateAt: (t: number) => timeline.find(([at]) => at === t)![1] };
}

describe('evaluateAlerts', () => {
  it('goes pending when the condition holds and fires once it has held for "for"', () => {
    const { transitions, stateAt, states } = run([spec()], buffer((t) => (t >= 60_000 ? 0.2 : 0.01)));
    expect(stateAt(45_000)).toBe('inactive');
    expect(stateAt(60_000)).toBe('pending');
    expect(stateAt(105_000)).toBe('pending');
    expect(stateAt(120_000)).toBe('firing');
    expect(transitions).toEqual([{ kind: 'alert.fired', alert: 'HighErrors', at: 120_000 }]);
    expect(states[0]).toMatchObject({ activeAt: 60_000, firedAt: 120_000, value: 0.2 });
  });

  it('fires at the first evaluation when "for" is 0s', () => {
    const { transitions, stateAt } = run([spec({ for: '0s' })], buffer((t) => (t >= 30_000 ? 0.2 : 0)));
    expect(stateAt(15_000)).toBe('inactive');
    expect(stateAt(30_000)).toBe('firing');
    expect(transitions).toEqual([{ kind: 'alert.fired', alert: 'HighErrors', at: 30_000 }]);
  });

  it('drops a pending alert silently when the condition clears', () => {
    const { transitions, stateAt, states } = run([spec()], buffer((t) => (t >= 60_000 && t < 90_000 ? 0.2 : 0)));
    expect(stateAt(75_000)).toBe('pending');
    expect(stateAt(90_000)).toBe('inactive');
    expect(transitions).toEqual([]);
    expect(states[0]!.activeAt).toBeUndefined();
  });

  it('resolves a firing alert when the condition clears, and starts over if it returns', () => {
    const value = (t: number) => ((t >= 60_000 && t < 180_000) || t >= 300_000 ? 0.2 : 0);
    const { transitions, stateAt } = run([spec()], buffer(value));
    expect(stateAt(180_000)).toBe('resolved');
    expect(stateAt(300_000)).toBe('pending');
    expect(stateAt(345_000)).toBe('pending');
    expect(transitions).toEqual([
      { kind: 'alert.fired', alert: 'HighErrors', at: 120_000 },
      { kind: 'alert.resolved', alert: 'HighErrors', at: 180_000 },
      { kind: 'alert.fired', alert: 'HighErrors', at: 360_000 },
    ]);
  });

  it('compares with "<" as well as ">", strictly', () => {
    const { stateAt } = run([spec({ op: '<', threshold: 50, for: '0s', signal: 'error_ratio' })], buffer((t) => (t === 0 ? 50 : 10)));
    expect(stateAt(0)).toBe('inactive');
    expect(stateAt(15_000)).toBe('firing');
  });

  it('treats a series with no sample in the last 5 minutes as absent', () => {
    const { stateAt } = run([spec({ for: '0s' })], buffer((t) => (t <= 60_000 ? 0.2 : undefined)));
    expect(stateAt(60_000 + 300_000)).toBe('firing');
    expect(stateAt(60_000 + 315_000)).toBe('resolved');
  });
});
