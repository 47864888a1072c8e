import type { AlertState } from '../alerting';
import { EVALUATION_INTERVAL_MS, evaluateAlerts, initialAlertStates } from '../alerting';
import { LogStore } from '../logs';
import type { EcsEvent } from '../logs';
import type { Scenario } from '../scenario';
import type { SimMillis } from '../sim/clock';
import { TICK_MS } from '../sim/clock';
import { parseDuration } from '../sim/duration';
import { generateLogEvents } from '../sim/log-events';
import type { MetricBuffer, Series } from '../sim/metrics';
import { scrape, warmHistory } from '../sim/metrics';
import type { Rng } from '../sim/rng';
import { createRng } from '../sim/rng';
import type { World } from '../sim/world';
import { createWorld, tickWorld } from '../sim/world';
import { runCommandLine } from '../terminal';
import type { DrillAction } from './actions';

/** Something that happened in the derived history, which rubric anchors and timings refer to. */
export type Occurrence = { kind: 'drill.start' | 'fault.started' | 'fault.cleared' | 'alert.fired' | 'alert.resolved'; name: string; at: SimMillis };

export type ActionOutcome =
  | { type: 'terminal.exec'; output: string; exitCode: number }
  | { type: 'alert.acknowledge'; alert: string; acknowledged: boolean; reason?: string }
  | { type: 'incident.resolve'; status: 'resolved' }
  | { type: 'drill.clock'; speed: number }
  | { type: 'drill.end'; endedAt: SimMillis };

export type IncidentState = { status: 'open' | 'resolved'; resolvedAt?: SimMillis; summary?: string };

/** What the learner's screens show at one moment. */
export type DrillView = {
  scenario: string;
  version: string;
  title: string;
  seed: number;
  now: SimMillis;
  endsAt: SimMillis;
  startUnixMs: number;
  ended: boolean;
  alerts: AlertState[];
  incident: IncidentState;
  series: Series[];
  logs: EcsEvent[];
};

/** How much history the live view carries. */
const VIEW_WINDOW_MS = 30 * 60_000;
const VIEW_LOG_LINES = 60;

/**
 * One drill: the world, its metrics, logs and alerts, advanced tick by tick. A pure function of
 * (scenario, seed, timed actions): the host feeds it time and actions, and replaying the same ones
 * reproduces every output exactly.
 */
export class Drill {
  readonly endsAt: SimMillis;
  private time: SimMillis = 0 as SimMillis;
  private endedAt: SimMillis | undefined;
  private readonly world: World;
  private readonly metrics: MetricBuffer;
  private readonly logs = new LogStore();
  private readonly logRng: Rng;
  private readonly alerts: AlertState[];
  private readonly history: Occurrence[] = [{ kind: 'drill.start', name: 'drill', at: 0 as SimMillis }];
  private readonly incident: IncidentState = { status: 'open' };

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
  ) {
    this.endsAt = parseDuration(scenario.doc.duration)!;
    this.world = createWorld(scenario.doc, seed);
    this.metrics = warmHistory(this.world, seed);
    this.logRng = createRng(seed, 'log-sampling');
    this.alerts = initialAlertStates(scenario.doc.alerts);
    this.step();
  }

  get now(): SimMillis {
    return this.time;
  }

  get ended(): boolean {
    return this.endedAt !== undefined;
  }

  /** Advances tick by tick until `t` (or the drill's end, whichever is first). */
  advanceTo(t: number): void {
    while (!this.ended && this.time + TICK_MS <= t) {
      this.time = (this.time + TICK_MS) as SimMillis;
      this.step();
      if (this.time >= this.endsAt) this.endedAt = this.time;
    }
  }

  /** Applies a learner action at the current time. */
  apply(action: DrillAction): ActionOutcome {
    switch (action.type) {
      case 'terminal.exec':
        return { type: action.type, ...runCommandLine(action.command, { world: this.world, now: this.time }) };
      case 'alert.acknowledge':
        return this.acknowledge(action.alert);
      case 'incident.resolve':
        Object.assign(this.incident, { status: 'resolved', resolvedAt: this.time, summary: action.summary });
        return { type: action.type, status: 'resolved' };
      case 'drill.clock':
        return { type: action.type, speed: action.speed };
      case 'drill.end':
        this.endedAt ??= this.time;
        return { type: action.type, endedAt: this.endedAt };
    }
  }

  /** Whether an alert of this name exists in the scenario (requests naming another are refused). */
  hasAlert(name: string): boolean {
    return this.alerts.some((a) => a.name === name);
  }

  occurrences(): readonly Occurrence[] {
    return this.history;
  }

  view(): DrillView {
    const from = this.time - VIEW_WINDOW_MS;
    return {
      scenario: this.scenario.id,
      version: this.scenario.version,
      title: this.scenario.doc.title,
      seed: this.seed,
      now: this.time,
      endsAt: this.endsAt,
      startUnixMs: this.world.startUnixMs,
      ended: this.ended,
      alerts: this.alerts.map((a) => ({ ...a })),
      incident: { ...this.incident },
      series: [...this.metrics.values()].map((s) => ({ ...s, samples: s.samples.filter((x) => x.t > from) })),
      logs: this.logs.tail(VIEW_LOG_LINES),
    };
  }

  private acknowledge(name: string): ActionOutcome {
    const alert = this.alerts.find((a) => a.name === name)!;
    if (alert.state !== 'firing') return { type: 'alert.acknowledge', alert: name, acknowledged: false, reason: `alert ${name} is ${alert.state}, not firing` };
    alert.acknowledgedAt ??= this.time;
    return { type: 'alert.acknowledge', alert: name, acknowledged: true };
  }

  private step(): void {
    const t = this.time;
    for (const change of tickWorld(this.world, t)) {
      if (change.kind !== 'rollout.finished') this.history.push({ kind: change.kind, name: change.fault, at: change.at });
    }
    scrape(this.metrics, this.world, t);
    if (t % EVALUATION_INTERVAL_MS === 0) {
      for (const transition of evaluateAlerts(this.scenario.doc.alerts, this.alerts, this.metrics, t)) {
        this.history.push({ kind: transition.kind, name: transition.alert, at: transition.at });
      }
    }
    this.logs.append(generateLogEvents(this.world, t, TICK_MS, this.logRng));
  }
}
