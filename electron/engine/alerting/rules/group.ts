/**
 * One rule group evaluated as Prometheus's rules manager does (rules/group.go, alerting.go, recording.go):
 * rules in order, recording results appended at once so later rules see them, alert state carried from
 * one evaluation to the next, ALERTS / ALERTS_FOR_STATE written, and stale markers for series that stop.
 */
import { instantQuery } from '../../promql/engine';
import type { EngineOptions, Sample } from '../../promql/engine';
import type { Labels, Queryable } from '../../tsdb';
import { labelsKey, STALE_NAN } from '../../tsdb';
import type { AlertingRule, RecordingRule, Rule, RuleGroup } from './rule-file';
import { expandTemplate } from './template';

export type AlertState = 'pending' | 'firing' | 'inactive';
/** One alert of an alerting rule; times in ms. `inactive` with `resolvedAt` is a resolved alert kept for notification. */
export type Alert = {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: AlertState;
  activeAt: number;
  firedAt?: number;
  resolvedAt?: number;
  value: number;
};
export type RuleHealth = 'unknown' | 'ok' | 'err';
export type RuleState = {
  kind: 'alert' | 'record';
  name: string;
  health: RuleHealth;
  lastError?: string;
  lastEvaluationMs?: number;
  /** Alerting rules: the highest state of their alerts (`inactive` when none is pending or firing). */
  state?: AlertState;
};
export type GroupContext = {
  queryable: Queryable;
  append(labels: Record<string, string>, tMs: number, value: number): void;
  externalLabels?: Record<string, string>;
  externalURL?: string;
  engineOptions?: EngineOptions;
};

/** How long a resolved alert is kept (and re-sent) after resolution: Prometheus's resolvedRetention. */
export const RESOLVED_RETENTION_MS = 15 * 60_000;

type Tracked = Alert & { keepFiringSince?: number };
type RuleRuntime = {
  rule: Rule;
  health: RuleHealth;
  lastError?: string;
  lastEvaluationMs?: number;
  /** Alerting rules: alerts by label-set key. */
  active: Map<string, Tracked>;
  /** Series this rule wrote at its last successful evaluation, for stale markers. */
  written: Map<string, Labels>;
};

class RuleEvalError extends Error {}

export class GroupEvaluator {
  private readonly runtimes: RuleRuntime[];

  constructor(
    readonly group: RuleGroup,
    private readonly ctx: GroupContext,
  ) {
    this.runtimes = group.rules.map((rule) => ({ rule, health: 'unknown', active: new Map(), written: new Map() }));
  }

  /** Evaluate every rule in order at `tMs` (absolute ms). */
  eval(tMs: number): void {
    const t = tMs - (this.group.queryOffsetMs ?? 0);
    for (const rt of this.runtimes) {
      rt.lastEvaluationMs = tMs;
      let out: { labels: Labels; value: number }[];
      try {
        const samples = this.query(rt.rule, t);
        out = rt.rule.kind === 'record' ? this.record(rt.rule, samples) : this.alert(rt, rt.rule, samples, t);
      } catch (e) {
        rt.health = 'err';
        rt.lastError = e instanceof Error ? e.message : String(e);
        continue;
      }
      rt.health = 'ok';
      delete rt.lastError;
      const written = new Map<string, Labels>();
      for (const s of out) {
        this.ctx.append({ ...s.labels }, t, s.value);
        written.set(labelsKey(s.labels), s.labels);
      }
      for (const [key, labels] of rt.written) if (!written.has(key)) this.ctx.append({ ...labels }, t, STALE_NAN);
      rt.written = written;
    }
  }

  private query(rule: Rule, t: number): Sample[] {
    const v = instantQuery(this.ctx.queryable, rule.expr, t, this.ctx.engineOptions);
    if (v.type === 'vector') return v.samples;
    if (v.type === 'scalar') return [{ metric: {}, t: v.t, v: v.v }];
    throw new RuleEvalError('rule result is not a vector or scalar');
  }

  private record(rule: RecordingRule, samples: Sample[]): { labels: Labels; value: number }[] {
    const out = samples.map((s) => ({ labels: { ...s.metric, __name__: rule.name, ...rule.labels }, value: s.v }));
    const keys = new Set(out.map((s) => labelsKey(s.labels)));
    if (keys.size !== out.length) throw new RuleEvalError('vector contains metrics with the same labelset after applying rule labels');
    const limit = this.group.limit ?? 0;
    if (limit > 0 && out.length > limit) throw new RuleEvalError(`exceeded limit of ${limit} with ${out.length} series`);
    return out;
  }

  private alert(rt: RuleRuntime, rule: AlertingRule, samples: Sample[], t: number): { labels: Labels; value: number }[] {
    const fresh = new Map<string, Tracked>();
    for (const s of samples) {
      const data = { labels: { ...s.metric }, value: s.v, externalLabels: this.ctx.externalLabels ?? {}, externalURL: this.ctx.externalURL ?? '' };
      const expand = (text: string): string => {
        const r = expandTemplate(text, data, `__alert_${rule.name}`);
        return r.ok ? r.text : `<error expanding template: ${r.error}>`;
      };
      const labels: Record<string, string> = { ...s.metric };
      delete labels.__name__;
      for (const [k, v] of Object.entries(rule.labels)) labels[k] = expand(v);
      labels.alertname = rule.name;
      const annotations: Record<string, string> = {};
      for (const [k, v] of Object.entries(rule.annotations)) annotations[k] = expand(v);
      const key = labelsKey(labels);
      if (fresh.has(key)) throw new RuleEvalError('vector contains metrics with the same labelset after applying alert labels');
      fresh.set(key, { labels, annotations, state: 'pending', activeAt: t, value: s.v });
    }
    for (const [key, a] of fresh) {
      const existing = rt.active.get(key);
      if (existing && existing.state !== 'inactive') {
        existing.value = a.value;
        existing.annotations = a.annotations;
      } else rt.active.set(key, a);
    }
    const out: { labels: Labels; value: number }[] = [];
    let activeCount = 0;
    for (const [key, a] of [...rt.active].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      if (!fresh.has(key)) {
        let keepFiring = false;
        if (a.state === 'firing' && rule.keepFiringForMs > 0) {
          a.keepFiringSince ??= t;
          if (t - a.keepFiringSince < rule.keepFiringForMs) keepFiring = true;
        }
        if (a.state === 'pending' || (a.resolvedAt !== undefined && t - a.resolvedAt > RESOLVED_RETENTION_MS)) rt.active.delete(key);
        if (a.state !== 'inactive' && !keepFiring) {
          a.state = 'inactive';
          a.resolvedAt = t;
        }
        if (!keepFiring) continue;
      } else delete a.keepFiringSince;
      activeCount++;
      if (a.state === 'pending' && t - a.activeAt >= rule.forMs) {
        a.state = 'firing';
        a.firedAt = t;
      }
      out.push({ labels: { ...a.labels, __name__: 'ALERTS', alertstate: a.state }, value: 1 });
      out.push({ labels: { ...a.labels, __name__: 'ALERTS_FOR_STATE' }, value: Math.floor(a.activeAt / 1000) });
    }
    const limit = this.group.limit ?? 0;
    if (limit > 0 && activeCount > limit) {
      rt.active.clear();
      throw new RuleEvalError(`exceeded limit of ${limit} with ${activeCount} alerts`);
    }
    return out;
  }

  /** Every alert the group holds — pending, firing, and resolved ones still within retention — in rule order. */
  alerts(): Alert[] {
    return this.runtimes.flatMap((rt) =>
      [...rt.active.entries()]
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([, a]) => {
          const copy: Alert = { labels: { ...a.labels }, annotations: { ...a.annotations }, state: a.state, activeAt: a.activeAt, value: a.value };
          if (a.firedAt !== undefined) copy.firedAt = a.firedAt;
          if (a.resolvedAt !== undefined) copy.resolvedAt = a.resolvedAt;
          return copy;
        }),
    );
  }

  /** Health, last error and last evaluation of every rule, in rule order. */
  ruleStates(): RuleState[] {
    return this.runtimes.map((rt) => {
      const s: RuleState = { kind: rt.rule.kind, name: rt.rule.name, health: rt.health };
      if (rt.lastError !== undefined) s.lastError = rt.lastError;
      if (rt.lastEvaluationMs !== undefined) s.lastEvaluationMs = rt.lastEvaluationMs;
      if (rt.rule.kind === 'alert') {
        const states = [...rt.active.values()].map((a) => a.state);
        s.state = states.includes('firing') ? 'firing' : states.includes('pending') ? 'pending' : 'inactive';
      }
      return s;
    });
  }
}
