import type { AlertState } from '../alerting';
import type { RuleProblem } from '../alerting/rules';
import { EVALUATION_INTERVAL_MS, evaluateAlerts, initialAlertStates } from '../alerting';
import type { EcsEvent } from '../logs';
import type { DifficultyLevel, Scenario } from '../scenario';
import { applyDifficulty, findDifficulty } from '../scenario';
import type { SimMillis } from '../sim/clock';
import { TICK_MS } from '../sim/clock';
import { parseDuration } from '../sim/duration';
import type { FaultChange } from '../sim/faults/runtime';
import { Simulation } from '../sim/simulation';
import { TerminalSession } from '../terminal';
import type { CommandContext } from '../terminal';
import type { DrillAction, InstructorAction } from './actions';
import { DrillAlerting } from './alerting';
import type { AlertingView } from './alerting-view';
import type { IncidentAction, IncidentOutcome } from './incident/actions';
import { isIncidentAction } from './incident/actions';
import { createWorldProbe } from './incident/probe';
import { IncidentRoom } from './incident/room';
import type { IncidentSummary } from './incident/types';
import type { ScriptedMessage } from '../scenario/incident-schema';
import type { Participant, TeamState } from '../team/types';

/** Something that happened in the derived history, which rubric anchors and timings refer to. */
export type Occurrence = {
  kind:
    | 'drill.start'
    | 'fault.started'
    | 'fault.cleared'
    | 'alert.fired'
    | 'alert.resolved'
    | 'notification.delivered'
    | 'page.triggered'
    | 'page.escalated';
  name: string;
  at: SimMillis;
  /** A red herring's start and end are history too, but never the incident's. */
  redHerring?: boolean;
  /** Likewise a fault the instructor injected from the library: extra to the incident, so scoring ignores it. */
  injected?: boolean;
};

export type ActionOutcome =
  | {
      type: 'terminal.exec';
      output: string;
      exitCode: number;
      /** The prompt to show next (it changes with ssh and cd). */
      prompt: string;
      /** The command keeps printing (poll for more; Ctrl-C interrupts). */
      following: boolean;
      /** The command asked a question; the next line is the answer. */
      awaiting?: 'confirm';
    }
  | { type: 'terminal.interrupt'; output: string; prompt: string }
  | { type: 'operation.run'; ok: boolean; output: string }
  | { type: 'alert.acknowledge'; alert: string; acknowledged: boolean; reason?: string }
  | { type: 'page.acknowledge'; page: string; acknowledged: boolean; reason?: string }
  | { type: 'silence.create'; ok: boolean; id?: string; reason?: string }
  | { type: 'silence.expire'; id: string; ok: boolean; reason?: string }
  | { type: 'rules.add'; ok: boolean; groups: string[]; problems: RuleProblem[] }
  | IncidentOutcome
  | { type: 'drill.clock'; speed: number }
  | { type: 'drill.end'; endedAt: SimMillis }
  /** `posted`: the message went out now (false: no script entry of that id). */
  | { type: 'instructor.inject'; message: string; posted: boolean }
  /** The hint revealed, or none when the scenario's hints are used up. */
  | { type: 'instructor.hint'; hint?: string }
  /** `started`: the library fault starts on the next tick; otherwise `reason` says why not. */
  | { type: 'instructor.injectFault'; fault: string; started: boolean; reason?: string }
  /** Who acts now (unchanged, with `reason`, when the name is not a participant or the drill is not a team drill). */
  | { type: 'team.switch'; acting: string | null; reason?: string };

/** The incident as every drill view carries it (the workspace fetches the rest with incident.view). */
export type IncidentState = IncidentSummary;

/** What the learner's screens show at one moment. */
export type DrillView = {
  scenario: string;
  version: string;
  title: string;
  seed: number;
  /** The level the drill plays at (its knobs are in the scenario list). */
  difficulty: { id: string; label: string };
  now: SimMillis;
  endsAt: SimMillis;
  startUnixMs: number;
  ended: boolean;
  alerts: AlertState[];
  incident: IncidentState;
  logs: EcsEvent[];
  /** Rules (scenario, log and learner rules), their alerts, and what Alertmanager and the receivers did. */
  alerting: AlertingView;
  /** Team drill mode: the participants and who is acting; null for a drill played alone. */
  team: TeamState | null;
};

/** How many recent log lines the live view carries. */
const VIEW_LOG_LINES = 60;

/**
 * One drill: the simulation plus alerts, incident state and the derived history, advanced tick by tick.
 * A pure function of (scenario, seed, timed actions): replaying the same ones reproduces every output.
 */
export class Drill {
  readonly endsAt: SimMillis;
  readonly sim: Simulation;
  private time: SimMillis = 0 as SimMillis;
  private endedAt: SimMillis | undefined;
  private readonly alerts: AlertState[];
  private readonly history: Occurrence[] = [{ kind: 'drill.start', name: 'drill', at: 0 as SimMillis }];
  /** Declaration, roles, channels, teammates, scripted people and the living document. */
  readonly incident: IncidentRoom;
  /** How much of the history the incident room has seen (it posts alerts and follows anchors). */
  private incidentSeen = 0;
  /** The learner's shell: hosts, files, history and any command still following. */
  readonly terminal: TerminalSession;
  /** Rules, Alertmanager and receivers (rules.yml, log-rules.yml, alertmanager.yml and the learner's rules). */
  readonly alerting: DrillAlerting;
  /** The scenario as this drill plays it: its document rewritten for the difficulty level. */
  readonly scenario: Scenario;
  /** The difficulty level the drill was started at. */
  readonly difficulty: DifficultyLevel;

  /**
   * The room's script, owned here so the instructor can add to it: an injected message is a copy of a library entry
   * due now, which the room then posts like any other.
   */
  private readonly script: ScriptedMessage[];
  private injections = 0;

  /** Team drill mode: the participants (in the order given) and who has the keyboard; null when played alone. */
  private readonly team: TeamState | null;

  /** Scenario files the terminal's tools may read (promtool reads rules.yml). */
  private readonly scenarioFiles: ReadonlyMap<string, string>;

  /**
   * `difficulty` is a level id of the scenario (its default when undefined); an unknown one throws. `team` makes a
   * team drill: the first participant acts first.
   */
  constructor(
    scenario: Scenario,
    readonly seed: number,
    difficulty?: string,
    team?: readonly Participant[],
  ) {
    this.team = team && team.length > 0 ? { participants: team.map((p) => ({ ...p })), acting: team[0]!.name } : null;
    const level = findDifficulty(scenario.doc, difficulty);
    if (!level) throw new Error(`scenario "${scenario.id}" has no difficulty level "${difficulty}"`);
    this.difficulty = level;
    this.scenario = applyDifficulty(scenario, level);
    scenario = this.scenario;
    this.scenarioFiles = new Map(Object.entries(scenario.toolFiles ?? {}));
    this.endsAt = parseDuration(scenario.doc.duration)!;
    this.sim = new Simulation(scenario.doc, seed);
    this.alerts = initialAlertStates(scenario.doc.alerts);
    this.alerting = new DrillAlerting(scenario, this.sim);
    this.terminal = new TerminalSession(scenario.doc.terminal);
    const services = scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);
    this.script = [...scenario.doc.incident.script];
    this.incident = new IncidentRoom({ spec: { ...scenario.doc.incident, script: this.script }, seed, learner: 'you', services, world: this.sim.world });
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
    if (isIncidentAction(action)) return this.incident.apply(action, this.time);
    switch (action.type) {
      case 'terminal.exec':
        return { type: action.type, ...this.terminal.run(action.command, this.commandContext()) };
      case 'terminal.interrupt':
        return { type: action.type, ...this.terminal.interrupt() };
      case 'operation.run':
        return { type: action.type, ...this.operate(action.operation, action.target, action.params) };
      case 'alert.acknowledge': {
        const outcome = this.acknowledge(action.alert);
        // Someone is on it: scripted people may stay quiet once an alert or page is acknowledged.
        if (outcome.type === 'alert.acknowledge' && outcome.acknowledged) this.incident.noteAcknowledged(this.time);
        return outcome;
      }
      case 'page.acknowledge': {
        const result = this.alerting.acknowledgePage(action.page, this.time);
        if (result.acknowledged) this.incident.noteAcknowledged(this.time);
        return { type: action.type, page: action.page, ...result };
      }
      case 'silence.create': {
        const { type: _, ...input } = action;
        const result = this.alerting.createSilence(input, this.time);
        return result.ok ? { type: action.type, ok: true, id: result.id } : { type: action.type, ok: false, reason: result.reason };
      }
      case 'silence.expire': {
        const result = this.alerting.expireSilence(action.id, this.time);
        return result.ok ? { type: action.type, id: action.id, ok: true } : { type: action.type, id: action.id, ok: false, reason: result.reason };
      }
      case 'rules.add':
        return { type: action.type, ...this.alerting.addRules(action.text) };
      case 'drill.clock':
        return { type: action.type, speed: action.speed };
      case 'drill.end':
        this.endedAt ??= this.time;
        return { type: action.type, endedAt: this.endedAt };
      case 'team.switch':
        return this.switchParticipant(action.participant);
      case 'instructor.inject':
      case 'instructor.hint':
      case 'instructor.injectFault':
        return this.applyInstructor(action);
    }
  }

  private switchParticipant(name: string): ActionOutcome {
    if (!this.team) return { type: 'team.switch', acting: null, reason: 'this is not a team drill' };
    if (!this.team.participants.some((p) => p.name === name)) {
      return { type: 'team.switch', acting: this.team.acting, reason: `no participant "${name}" (the team: ${this.team.participants.map((p) => p.name).join(', ')})` };
    }
    this.team.acting = name;
    return { type: 'team.switch', acting: name };
  }

  private applyInstructor(action: InstructorAction): ActionOutcome {
    if (action.type === 'instructor.hint') {
      if (this.incident.check({ type: 'hint.request' }) !== undefined) return { type: action.type };
      return { type: action.type, hint: this.incident.apply({ type: 'hint.request' }, this.time).hint };
    }
    if (action.type === 'instructor.injectFault') {
      const result = this.sim.faults.inject(action.fault, this.time);
      return result.ok ? { type: action.type, fault: action.fault, started: true } : { type: action.type, fault: action.fault, started: false, reason: result.reason };
    }
    const entry = this.scenario.doc.incident.script.find((e) => e.id === action.message);
    if (!entry) return { type: action.type, message: action.message, posted: false };
    this.injections += 1;
    // A fresh id (the library entry may still fire on its own schedule), due now, never cancelled: the instructor
    // chose to send it. Stepping the room again at the same time posts it; the room's other duties are idempotent.
    this.script.push({ ...entry, id: `${entry.id}~instructor-${this.injections}`, when: { at: `${Math.floor(this.time / 1000)}s` }, unless: [] });
    this.incident.step(this.time, [], () => createWorldProbe(this.sim, this.time, (name, target, params) => this.operate(name, target, params)));
    return { type: action.type, message: action.message, posted: true };
  }

  /** Why the incident room would refuse this action now (the host then refuses it without logging it). */
  incidentProblem(action: IncidentAction): string | undefined {
    return this.incident.check(action);
  }

  /** Whether an alert of this name exists in the scenario or the drill's rules (requests naming another are refused). */
  hasAlert(name: string): boolean {
    return this.alerts.some((a) => a.name === name) || this.alerting.hasAlert(name);
  }

  occurrences(): readonly Occurrence[] {
    return this.history;
  }

  view(): DrillView {
    // Metrics are not part of the view: dashboards query the PromQL API for what they show.
    return {
      scenario: this.scenario.id,
      version: this.scenario.version,
      title: this.scenario.doc.title,
      seed: this.seed,
      difficulty: { id: this.difficulty.id, label: this.difficulty.label },
      now: this.time,
      endsAt: this.endsAt,
      startUnixMs: this.sim.world.startUnixMs,
      ended: this.ended,
      alerts: this.alerts.map((a) => ({ ...a })),
      incident: this.incident.summary(),
      logs: this.sim.logs.tail(VIEW_LOG_LINES),
      alerting: this.alerting.view(this.time),
      team: this.team ? { participants: this.team.participants.map((p) => ({ ...p })), acting: this.team.acting } : null,
    };
  }

  /** What a terminal command sees now: the world, its logs, the operations, the scenario's files. */
  commandContext(): CommandContext {
    return {
      world: this.sim.world,
      now: this.time,
      logs: () => this.sim.logs.all(),
      operate: (name, target, params) => this.operate(name, target, params),
      scenarioFiles: this.scenarioFiles,
    };
  }

  private operate(name: string, target: string, params: unknown): { ok: boolean; output: string } {
    const { result, changes } = this.sim.runOperation(name, target, params);
    this.record(changes);
    return result;
  }

  private record(changes: readonly FaultChange[]): void {
    for (const c of changes) this.history.push({ kind: c.kind, name: c.fault, at: c.at, ...(c.redHerring ? { redHerring: true } : {}), ...(c.injected ? { injected: true } : {}) });
  }

  /** Acknowledges the scenario's threshold alert and the rule alerts (and their pages) of this name. */
  private acknowledge(name: string): ActionOutcome {
    const alert = this.alerts.find((a) => a.name === name);
    const rules = this.alerting.hasAlert(name) ? this.alerting.acknowledgeAlert(name, this.time) : undefined;
    if (alert?.state === 'firing') alert.acknowledgedAt ??= this.time;
    if (alert?.state === 'firing' || rules?.acknowledged) return { type: 'alert.acknowledge', alert: name, acknowledged: true };
    const reason = alert ? `alert ${name} is ${alert.state}, not firing` : (rules?.reason ?? `alert ${name} is not firing`);
    return { type: 'alert.acknowledge', alert: name, acknowledged: false, reason };
  }

  private step(): void {
    const t = this.time;
    this.record(this.sim.tick(t));
    for (const o of this.alerting.step(t)) this.history.push({ kind: o.kind, name: o.name, at: t });
    if (t % EVALUATION_INTERVAL_MS === 0) {
      for (const transition of evaluateAlerts(this.scenario.doc.alerts, this.alerts, this.sim.store, t)) {
        this.history.push({ kind: transition.kind, name: transition.alert, at: transition.at });
      }
    }
    const seen = this.history.slice(this.incidentSeen);
    this.incidentSeen = this.history.length;
    this.incident.step(t, seen, () => createWorldProbe(this.sim, t, (name, target, params) => this.operate(name, target, params)));
  }
}
