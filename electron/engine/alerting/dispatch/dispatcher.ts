import type { AlertmanagerConfig, Receiver, Route } from './config';
import { Inhibitor } from './inhibit';
import type { LabelSet } from './matchers';
import { fingerprint, labelSetString } from './matchers';
import { groupLabels, matchRoutes } from './route';
import { Silences } from './silences';

/** An alert as Prometheus posts it to /api/v2/alerts; times are unix ms or RFC3339 strings. */
export type IncomingAlert = {
  labels: LabelSet;
  annotations?: LabelSet;
  startsAt?: number | string;
  endsAt?: number | string;
  generatorURL?: string;
};

/** An alert inside a notification. `endsAtMs` is null for a firing alert (Go's zero time in the payload). */
export type NotifiedAlert = {
  status: 'firing' | 'resolved';
  labels: LabelSet;
  annotations: LabelSet;
  startsAtMs: number;
  endsAtMs: number | null;
  generatorURL: string;
  fingerprint: string;
};

export type Notification = {
  receiver: string;
  groupKey: string;
  groupLabels: LabelSet;
  commonLabels: LabelSet;
  commonAnnotations: LabelSet;
  status: 'firing' | 'resolved';
  alerts: NotifiedAlert[];
  /** The simulated time the group flushed, unix ms. */
  at: number;
};

type StoredAlert = {
  labels: LabelSet;
  annotations: LabelSet;
  startsAtMs: number;
  endsAtMs: number;
  generatorURL: string;
  fingerprint: string;
};

type NflogEntry = { firing: Set<string>; resolved: Set<string>; at: number };

type AggrGroup = {
  readonly route: Route;
  readonly labels: LabelSet;
  readonly groupKey: string;
  readonly alerts: Map<string, StoredAlert>;
  nextFlushAt: number;
  hasFlushed: boolean;
  last: NflogEntry | undefined;
};

/** Integrations whose send_resolved defaults to true (notifier docs); email and slack default to false. */
const SEND_RESOLVED_DEFAULT: Record<string, boolean> = {
  webhook_configs: true,
  pagerduty_configs: true,
  email_configs: false,
  slack_configs: false,
};

function toMs(v: number | string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'number') return v;
  const ms = Date.parse(v);
  // Go's zero time (0001-01-01) counts as unset.
  return Number.isNaN(ms) || ms <= -62135596800000 ? undefined : ms;
}

/**
 * Alertmanager's dispatcher on a simulated clock: routes received alerts into aggregation groups keyed by
 * (route, group_by values) and flushes each group first after group_wait, then every group_interval. A flush
 * notifies when the set of firing alerts grew, all alerts resolved, newly resolved alerts exist (send_resolved),
 * or repeat_interval has passed since the last notification (dedup stage of notify.go). Muted alerts (inhibited
 * or silenced at flush time) are dropped before that decision. Resolved alerts leave the group after a flush.
 */
export class Dispatcher {
  readonly silences = new Silences();
  private readonly inhibitor: Inhibitor;
  private readonly groups = new Map<string, AggrGroup>();
  /** Every alert received, by fingerprint; the inhibitor's view of sources. */
  private readonly alerts = new Map<string, StoredAlert>();
  private readonly receivers: Map<string, Receiver>;

  constructor(readonly config: AlertmanagerConfig) {
    this.inhibitor = new Inhibitor(config.inhibitRules);
    this.receivers = new Map(config.receivers.map((r) => [r.name, r]));
  }

  /** Takes alerts as the API does: a missing startsAt is now, a missing endsAt is now + resolve_timeout. */
  receive(incoming: readonly IncomingAlert[], nowMs: number): void {
    for (const a of incoming) {
      const labels = Object.fromEntries(Object.entries(a.labels).filter(([, v]) => v !== ''));
      const fp = fingerprint(labels);
      const startsAtMs = toMs(a.startsAt) ?? nowMs;
      let endsAtMs = toMs(a.endsAt) ?? nowMs + this.config.resolveTimeoutMs;
      if (endsAtMs < startsAtMs) endsAtMs = startsAtMs;
      let alert: StoredAlert = { labels, annotations: { ...(a.annotations ?? {}) }, startsAtMs, endsAtMs, generatorURL: a.generatorURL ?? '', fingerprint: fp };
      const old = this.alerts.get(fp);
      // Merge with a still-current alert of the same labels: it keeps its earliest start (types.Alert.Merge).
      if (old && !(old.endsAtMs <= nowMs && startsAtMs > old.endsAtMs)) {
        alert = { ...alert, startsAtMs: Math.min(old.startsAtMs, startsAtMs) };
      }
      this.alerts.set(fp, alert);
      for (const route of matchRoutes(this.config.route, labels)) this.insert(route, alert, nowMs);
    }
  }

  private insert(route: Route, alert: StoredAlert, nowMs: number): void {
    const labels = groupLabels(route, alert.labels);
    const id = `${route.id.join('.')}|${labelSetString(labels)}`;
    let g = this.groups.get(id);
    if (!g) {
      g = {
        route,
        labels,
        groupKey: `${route.key}:${labelSetString(labels)}`,
        alerts: new Map(),
        nextFlushAt: nowMs + route.groupWaitMs,
        hasFlushed: false,
        last: undefined,
      };
      this.groups.set(id, g);
    }
    g.alerts.set(alert.fingerprint, alert);
    // An alert older than group_wait is flushed at once on a group's first flush (AggrGroup.insert).
    if (!g.hasFlushed && alert.startsAtMs + route.groupWaitMs < nowMs) g.nextFlushAt = Math.min(g.nextFlushAt, nowMs);
  }

  /** Runs every group flush due up to `nowMs`, in time order; returns the notifications sent. */
  tick(nowMs: number): Notification[] {
    const out: Notification[] = [];
    for (;;) {
      let next: [string, AggrGroup] | undefined;
      for (const entry of this.groups) if (entry[1].nextFlushAt <= nowMs && (!next || entry[1].nextFlushAt < next[1].nextFlushAt)) next = entry;
      if (!next) break;
      const [id, g] = next;
      const at = g.nextFlushAt;
      g.nextFlushAt = at + g.route.groupIntervalMs;
      g.hasFlushed = true;
      const n = this.flush(g, at);
      if (n) out.push(n);
      if (g.alerts.size === 0) this.groups.delete(id);
    }
    for (const [fp, a] of this.alerts) if (a.endsAtMs <= nowMs && !this.inAnyGroup(fp)) this.alerts.delete(fp);
    return out;
  }

  private inAnyGroup(fp: string): boolean {
    for (const g of this.groups.values()) if (g.alerts.has(fp)) return true;
    return false;
  }

  private flush(g: AggrGroup, at: number): Notification | undefined {
    const all = [...g.alerts.values()];
    const resolvedNow = all.filter((a) => a.endsAtMs <= at);
    const sources = [...this.alerts.values()].map((a) => ({ labels: a.labels, firing: a.endsAtMs > at }));
    const kept = all.filter((a) => !this.inhibitor.mutes(a.labels, sources) && !this.silences.mutes(a.labels, at));
    let n: Notification | undefined;
    if (kept.length > 0) {
      const firing = new Set(kept.filter((a) => a.endsAtMs > at).map((a) => a.fingerprint));
      const resolved = new Set(kept.filter((a) => a.endsAtMs <= at).map((a) => a.fingerprint));
      const receiver = this.receivers.get(g.route.receiver);
      const sendResolved = sendsResolved(receiver);
      if (needsUpdate(g.last, firing, resolved, sendResolved, g.route.repeatIntervalMs, at)) {
        g.last = { firing, resolved, at };
        const visible = sendResolved ? kept : kept.filter((a) => firing.has(a.fingerprint));
        if (visible.length > 0 && hasIntegrations(receiver)) n = this.notification(g, visible, at);
      }
    }
    // A flush that did not fail removes the resolved alerts it saw (DeleteIfNotModified).
    for (const a of resolvedNow) if (g.alerts.get(a.fingerprint) === a) g.alerts.delete(a.fingerprint);
    return n;
  }

  private notification(g: AggrGroup, alerts: StoredAlert[], at: number): Notification {
    const sorted = [...alerts].sort(compareAlerts);
    const notified: NotifiedAlert[] = sorted.map((a) => {
      const resolved = a.endsAtMs <= at;
      return {
        status: resolved ? 'resolved' : 'firing',
        labels: a.labels,
        annotations: a.annotations,
        startsAtMs: a.startsAtMs,
        endsAtMs: resolved ? a.endsAtMs : null,
        generatorURL: a.generatorURL,
        fingerprint: a.fingerprint,
      };
    });
    return {
      receiver: g.route.receiver,
      groupKey: g.groupKey,
      groupLabels: g.labels,
      commonLabels: common(sorted.map((a) => a.labels)),
      commonAnnotations: common(sorted.map((a) => a.annotations)),
      status: notified.some((a) => a.status === 'firing') ? 'firing' : 'resolved',
      alerts: notified,
      at,
    };
  }

  /** The aggregation groups now holding alerts (as /api/v2/alerts/groups lists them): receiver, key, labels, fingerprints. */
  groupsView(): { receiver: string; groupKey: string; groupLabels: LabelSet; alerts: string[] }[] {
    return [...this.groups.values()]
      .filter((g) => g.alerts.size > 0)
      .map((g) => ({ receiver: g.route.receiver, groupKey: g.groupKey, groupLabels: { ...g.labels }, alerts: [...g.alerts.keys()] }));
  }

  /** Whether an alert is currently muted, and by what (for an alerts view). */
  status(labels: LabelSet, nowMs: number): { state: 'active' | 'suppressed'; silencedBy: string[]; inhibitedBy: string[] } {
    const sources = [...this.alerts.values()].map((a) => ({ labels: a.labels, firing: a.endsAtMs > nowMs }));
    const silencedBy = this.silences.silencedBy(labels, nowMs);
    const inhibitedBy = this.inhibitor.inhibitedBy(labels, sources);
    return { state: silencedBy.length + inhibitedBy.length > 0 ? 'suppressed' : 'active', silencedBy, inhibitedBy };
  }
}

function isSubset(set: Set<string>, subset: Set<string>): boolean {
  for (const x of subset) if (!set.has(x)) return false;
  return true;
}

/** notify.go DedupStage.needsUpdate; the repeat test is strict (entry.Timestamp.Before(now - repeat)). */
function needsUpdate(entry: NflogEntry | undefined, firing: Set<string>, resolved: Set<string>, sendResolved: boolean, repeatMs: number, now: number): boolean {
  if (!entry) return firing.size > 0;
  if (!isSubset(entry.firing, firing)) return true;
  if (firing.size === 0) return entry.firing.size > 0;
  if (sendResolved && !isSubset(entry.resolved, resolved)) return true;
  return entry.at < now - repeatMs;
}

function hasIntegrations(r: Receiver | undefined): boolean {
  return r !== undefined && Object.keys(SEND_RESOLVED_DEFAULT).some((k) => ((r as Record<string, unknown>)[k] as unknown[] | undefined)?.length);
}

/** Whether any of the receiver's integrations sends resolved notifications (send_resolved, else its default). */
function sendsResolved(r: Receiver | undefined): boolean {
  if (!r) return false;
  for (const [key, def] of Object.entries(SEND_RESOLVED_DEFAULT)) {
    const list = (r as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      const v = typeof c === 'object' && c !== null ? (c as Record<string, unknown>).send_resolved : undefined;
      if (typeof v === 'boolean' ? v : def) return true;
    }
  }
  return false;
}

function common(sets: LabelSet[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (sets.length === 0) return out;
  for (const [k, v] of Object.entries(sets[0]!)) if (sets.every((s) => s[k] === v)) out[k] = v;
  return out;
}

/** types.AlertSlice order: by `job`, then `instance` (present before missing), then LabelSet.Before. */
function compareAlerts(a: StoredAlert, b: StoredAlert): number {
  for (const key of ['job', 'instance']) {
    const x = a.labels[key];
    const y = b.labels[key];
    if (x === undefined && y === undefined) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return labelSetString(a.labels) < labelSetString(b.labels) ? -1 : labelSetString(a.labels) > labelSetString(b.labels) ? 1 : 0;
}
