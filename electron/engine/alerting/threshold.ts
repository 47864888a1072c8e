import type { AlertSpec } from '../scenario';
import type { SimMillis } from '../sim/clock';
import { parseDuration } from '../sim/duration';
import { SIGNAL_METRICS } from '../sim/outputs/signals';
import type { SeriesStore } from '../tsdb';
import { sampleAt } from '../tsdb';

/** inactive → pending → firing, as Prometheus; a firing alert that clears becomes resolved. */
export type AlertStateName = 'inactive' | 'pending' | 'firing' | 'resolved';

export type AlertState = {
  name: string;
  severity: AlertSpec['severity'];
  summary: string;
  service: string;
  state: AlertStateName;
  value?: number;
  activeAt?: SimMillis;
  firedAt?: SimMillis;
  resolvedAt?: SimMillis;
  acknowledgedAt?: SimMillis;
};

export type AlertTransition = { kind: 'alert.fired' | 'alert.resolved'; alert: string; at: SimMillis };

/** Rules are evaluated on this interval, as Prometheus's default evaluation_interval. */
export const EVALUATION_INTERVAL_MS = 15_000;

export function initialAlertStates(specs: readonly AlertSpec[]): AlertState[] {
  return specs.map((spec) => ({ name: spec.name, severity: spec.severity, summary: spec.summary, service: spec.service, state: 'inactive' }));
}

/** Evaluates every threshold rule at time t (against the newest sample within the lookback) and moves each alert through its states. */
export function evaluateAlerts(specs: readonly AlertSpec[], states: AlertState[], store: SeriesStore, t: SimMillis): AlertTransition[] {
  const transitions: AlertTransition[] = [];
  specs.forEach((spec, i) => {
    const alert = states[i]!;
    const sample = sampleAt(store.find({ __name__: SIGNAL_METRICS[spec.signal], service: spec.service }), t);
    const active = sample !== undefined && (spec.op === '>' ? sample.v > spec.threshold : sample.v < spec.threshold);
    if (active) {
      alert.value = sample.v;
      if (alert.state === 'inactive' || alert.state === 'resolved') {
        Object.assign(alert, { state: 'pending', activeAt: t, firedAt: undefined, resolvedAt: undefined, acknowledgedAt: undefined });
      }
      if (alert.state === 'pending' && t - alert.activeAt! >= parseDuration(spec.for)!) {
        alert.state = 'firing';
        alert.firedAt = t;
        transitions.push({ kind: 'alert.fired', alert: spec.name, at: t });
      }
    } else if (alert.state === 'pending') {
      // A pending alert that clears is dropped without notification, as in Prometheus.
      Object.assign(alert, { state: 'inactive', activeAt: undefined, value: undefined });
    } else if (alert.state === 'firing') {
      alert.state = 'resolved';
      alert.resolvedAt = t;
      transitions.push({ kind: 'alert.resolved', alert: spec.name, at: t });
    }
  });
  return transitions;
}
