import type { IncidentSpec, ScriptedMessage, TeammateSpec } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { parseDuration } from '../../sim/duration';
import { createRng } from '../../sim/rng';
import type { World } from '../../sim/world';
import type { Occurrence } from '../drill';
import type { IncidentAction, IncidentOutcome } from './actions';
import { checkInText, delegationSentence, FiringAlerts, MessageLog, ROLE_NAMES, statusLabel, SYSTEM, updateText } from './messages';
import type { RoomState } from './room-checks';
import { findTeammate, refusal, roleOf } from './room-checks';
import { statusPageComponents } from './components';
import type { AnchorTimes, PeopleFacts } from './people';
import { cancelledBy, dueEntries, followUpDueAt, speakerOf } from './people';
import type { WorldProbe } from './ports';
import type { UpdateClock } from './reminders';
import { cadenceMs, nextUpdateDueAt, reminderText } from './reminders';
import { CHANNELS, CHECKLIST_STEPS } from './types';
import type { Author, ChannelId, IncidentSnapshot, IncidentSummary, Role, StatusPageComponent, StructuredUpdate, Task } from './types';
import { performTask, planTask } from './teammates';

export type RoomOptions = {
  /** scenario.doc.incident, defaults applied. */
  spec: IncidentSpec;
  seed: number;
  /** The learner's display name; the learner is always the incident commander. */
  learner: string;
  /** The world's internal (non-external) services, for the status page's default components. */
  services: string[];
  /** Passed to planTask (read-only). */
  world: World;
};

type Action<T extends IncidentAction['type']> = Extract<IncidentAction, { type: T }>;


function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The incident workspace of one drill: lifecycle, roles, the two channels, scripted people, delegated tasks,
 * reminders, the status page and the learner's aids. Pure: time, the world probe and randomness come in.
 */
export class IncidentRoom {
  private readonly spec: IncidentSpec;
  private readonly seed: number;
  private readonly learner: string;
  private readonly world: World;
  private readonly log = new MessageLog();
  private readonly state: RoomState;
  private revision = 0;
  /** The next-update time the last update promised ("15m"), which overrides the cadence. */
  private promisedIn: string | undefined;
  /** Anchor times for scripted people beyond what the snapshot holds. */
  private readonly anchors: AnchorTimes = { 'drill.start': 0 as SimMillis };
  /** An alert or page was acknowledged (the Drill tells the room: acknowledgements are not occurrences). */
  private acknowledged = false;
  /** Script entries already posted or cancelled (each fires at most once). */
  private readonly scriptDone = new Set<string>();
  /** The script entry behind each question, and the questions already asked again. */
  private readonly questionEntry = new Map<string, ScriptedMessage>();
  private readonly followedUp = new Set<string>();
  /** A follow-up message's id → the question it repeats (replying to either answers the question). */
  private readonly followUpOf = new Map<string, string>();
  /** The due time a reminder was last posted for (one reminder per due time). */
  private remindedFor: SimMillis | undefined;
  /** Tasks whose interim check-in was posted. */
  private readonly checkedIn = new Set<string>();
  private readonly firing = new FiringAlerts();

  constructor(options: RoomOptions) {
    this.spec = options.spec;
    this.seed = options.seed;
    this.learner = options.learner;
    this.world = options.world;
    const componentNames = statusPageComponents(options.spec, options.services).map((c) => c.name);
    this.state = {
      declared: false,
      title: '',
      status: 'investigating',
      impact: '',
      services: [],
      roles: { ic: 'you', comms: undefined, ops: undefined, scribe: undefined },
      questions: [],
      tasks: [],
      statusPage: { components: componentNames.map((name) => ({ name, status: 'operational' })), draft: '', published: [] },
      hints: [],
      hintsLeft: options.spec.hints.length,
      checklist: Object.fromEntries(CHECKLIST_STEPS.map((s) => [s, false])) as RoomState['checklist'],
      notes: [],
      marks: {},
    };
  }

  /** Why this action cannot be taken now (the handler then refuses it, unlogged, with this text), else undefined. */
  check(action: IncidentAction): string | undefined {
    return refusal(action, {
      state: this.state,
      team: this.spec.team,
      findMessage: (id) => this.log.find(id),
      openQuestion: (id) => this.openQuestion(id),
    });
  }

  /** Takes the action at `now`: what it posted (message ids), the task, note or hint it made, and the status after it. */
  apply(action: IncidentAction, now: SimMillis): IncidentOutcome {
    // The host checks before logging; an action that slips past it (a path that does not check, an old log that no
    // longer fits) changes nothing rather than crashing the drill or breaking the room's invariants.
    if (this.check(action) !== undefined) return { type: action.type, messages: [], status: this.state.status };
    const before = this.log.count;
    const made: Pick<IncidentOutcome, 'task' | 'note' | 'hint'> = {};
    switch (action.type) {
      case 'incident.declare':
        this.declare(action, now);
        break;
      case 'incident.severity':
        this.system('status', now, `Severity changed from ${this.state.severity} to ${action.severity} by ${this.learner}${reason(action.reason)}`);
        this.state.severity = action.severity;
        break;
      case 'incident.status':
        this.system('status', now, `Status changed from ${statusLabel(this.state.status)} to ${statusLabel(action.status)} by ${this.learner}${reason(action.note)}`);
        this.state.status = action.status;
        if (action.status !== 'investigating') this.anchors[`status.${action.status}`] ??= now;
        break;
      case 'incident.assign':
        made.task = this.assign(action, now);
        break;
      case 'incident.update':
        this.postUpdate(this.learnerAuthor(), action.channels, action.update, now);
        break;
      case 'chat.post':
        this.chat(action, now);
        break;
      case 'statuspage.update':
        this.updateStatusPage(action, now);
        break;
      case 'incident.note': {
        const note = { id: `n${this.state.notes.length + 1}`, at: now, text: action.text, ...(action.key ? { key: action.key } : {}) };
        this.state.notes.push(note);
        made.note = note.id;
        break;
      }
      case 'timeline.mark':
        if (action.key === null) delete this.state.marks[action.entry];
        else this.state.marks[action.entry] = action.key;
        break;
      case 'hint.request':
        made.hint = this.spec.hints[this.state.hints.length]!;
        this.state.hints.push(made.hint);
        this.state.hintsLeft -= 1;
        break;
      case 'checklist.toggle':
        this.state.checklist[action.step] = action.done;
        break;
      case 'incident.resolve':
        this.resolve(action, now);
        break;
    }
    this.revision += 1;
    return { type: action.type, messages: this.log.idsSince(before), ...made, status: this.state.status };
  }

  /** The Drill calls this when the learner acknowledges an alert or a page (scripted `unless: acknowledged`). */
  noteAcknowledged(_now: SimMillis): void {
    this.acknowledged = true;
  }

  /** Each sim tick (1 s), after alerting: alerts into the channel, scripted people, teammates' work, reminders. */
  step(now: SimMillis, newOccurrences: readonly Occurrence[], probe: () => WorldProbe): void {
    const before = { messages: this.log.count, firstAlertAt: this.state.firstAlertAt };
    this.postOccurrences(now, newOccurrences);
    this.runScript(now);
    this.askFollowUps(now);
    this.runTasks(now, probe);
    this.remind(now);
    if (this.log.count !== before.messages || this.state.firstAlertAt !== before.firstAlertAt) this.revision += 1;
  }

  snapshot(): IncidentSnapshot {
    return structuredClone({ ...this.state, nextUpdateDueAt: this.nextUpdateDueAt(), messages: [...this.log.all], revision: this.revision });
  }

  summary(): IncidentSummary {
    const s = this.state;
    return structuredClone({
      declared: s.declared,
      title: s.title,
      severity: s.severity,
      status: s.status,
      declaredAt: s.declaredAt,
      resolvedAt: s.resolvedAt,
      summary: s.summary,
      firstAlertAt: s.firstAlertAt,
      lastUpdateAt: s.lastUpdateAt,
      nextUpdateDueAt: this.nextUpdateDueAt(),
      roles: s.roles,
      revision: this.revision,
      openQuestions: s.questions.filter((q) => q.answeredAt === undefined).length,
    });
  }

  // ---- questions ----

  private openQuestion(id: string) {
    const questionId = this.followUpOf.get(id) ?? id;
    return this.state.questions.find((q) => q.id === questionId && q.answeredAt === undefined);
  }

  // ---- actions ----

  private learnerAuthor(): Author {
    return { kind: 'learner', name: this.learner };
  }

  private system(kind: 'status' | 'system', at: SimMillis, text: string, channel: ChannelId = 'incident'): void {
    this.log.post(channel, at, SYSTEM, kind, text);
  }

  private declare(action: Action<'incident.declare'>, now: SimMillis): void {
    Object.assign(this.state, { declared: true, title: action.title, severity: action.severity, impact: action.impact, services: [...action.services], declaredAt: now });
    this.anchors['incident.declared'] = now;
    const details = [action.impact && `Impact: ${action.impact}`, action.services.length > 0 && `Services: ${action.services.join(', ')}`].filter(Boolean);
    this.system('system', now, [`${action.severity} declared by ${this.learner}: ${action.title}. Incident commander: ${this.learner}.`, ...details].join('\n'));
  }

  private assign(action: Action<'incident.assign'>, now: SimMillis): string | undefined {
    const teammate = findTeammate(this.spec.team, action.teammate)!;
    if (action.role) this.handRole(teammate, action.role, now);
    if (action.task.trim() === '') return undefined;
    const id = `t${this.state.tasks.length + 1}`;
    const role = roleOf(this.state.roles, teammate.id);
    const plan = planTask({ text: action.task, teammate, ...(role ? { role } : {}), world: this.world, rng: createRng(this.seed, `task:${id}`) });
    const reportInMs = action.reportIn ? parseDuration(action.reportIn) : undefined;
    const task: Task = {
      id,
      teammate: teammate.id,
      text: action.task,
      kind: plan.kind,
      ...(plan.target ? { target: plan.target } : {}),
      assignedAt: now,
      ...(reportInMs !== undefined ? { reportBy: (now + reportInMs) as SimMillis } : {}),
      dueAt: (now + plan.workMs) as SimMillis,
      state: plan.declined ? 'declined' : 'working',
    };
    this.state.tasks.push(task);
    const said = (action.via === 'message' || action.via === 'command') && action.message ? action.message : delegationSentence(teammate.name, action.task, action.reportIn);
    this.log.post('incident', now, this.learnerAuthor(), 'chat', said, { task: id });
    this.log.post('incident', now, teammateAuthor(teammate), plan.declined ? 'chat' : 'ack', plan.reply, { task: id });
    return id;
  }

  private handRole(teammate: TeammateSpec, role: Exclude<Role, 'ic'>, now: SimMillis): void {
    const previous = this.state.roles[role];
    const from = previous === undefined ? undefined : this.spec.team.find((t) => t.id === previous);
    this.state.roles[role] = teammate.id;
    const title = ROLE_NAMES[role];
    const text = from
      ? `${capitalise(title)} handed over from ${from.name} to ${teammate.name} by ${this.learner}.`
      : `${teammate.name} is now the ${title} (assigned by ${this.learner}).`;
    this.system('system', now, text);
  }

  private chat(action: Action<'chat.post'>, now: SimMillis): void {
    const question = action.replyTo !== undefined ? this.openQuestion(action.replyTo) : this.oldestOpenQuestion(action.channel);
    const extra = question ? { replyTo: question.id } : {};
    const message = this.log.post(action.channel, now, this.learnerAuthor(), question ? 'answer' : 'chat', action.text, extra);
    if (question) Object.assign(question, { answeredAt: now, answer: message.id });
  }

  private oldestOpenQuestion(channel: ChannelId) {
    return this.state.questions.find((q) => q.channel === channel && q.answeredAt === undefined);
  }

  /** An update by the learner or a teammate: posted to each channel, it answers the questions waiting there. */
  private postUpdate(author: Author, channels: readonly ChannelId[], update: StructuredUpdate, now: SimMillis): void {
    const text = updateText(update);
    for (const channel of CHANNELS.filter((c) => channels.includes(c))) {
      const message = this.log.post(channel, now, author, 'update', text, { update: structuredClone(update) });
      for (const q of this.state.questions) {
        if (q.channel === channel && q.answeredAt === undefined) Object.assign(q, { answeredAt: now, answer: message.id });
      }
    }
    this.state.lastUpdateAt = now;
    this.anchors['update.posted'] ??= now;
    this.promisedIn = update.nextUpdateIn || undefined;
  }

  private updateStatusPage(action: Action<'statuspage.update'>, now: SimMillis): void {
    const page = this.state.statusPage;
    const wanted = new Map(action.components.map((c) => [c.name, c.status]));
    page.components = page.components.map((c) => ({ name: c.name, status: wanted.get(c.name) ?? c.status }));
    page.draft = action.draft;
    if (!action.publish) return;
    const components: StatusPageComponent[] = page.components.map((c) => ({ ...c }));
    page.published.push({ at: now, message: action.draft, components });
    const affected = components.filter((c) => c.status !== 'operational').map((c) => `${c.name}: ${c.status.replace(/_/g, ' ')}`);
    this.system('system', now, `Status page published: ${action.draft}${affected.length > 0 ? ` (${affected.join('; ')})` : ''}`, 'stakeholders');
  }

  private resolve(action: Action<'incident.resolve'>, now: SimMillis): void {
    Object.assign(this.state, { status: 'resolved', resolvedAt: now, summary: action.summary });
    this.anchors['incident.resolved'] = now;
    if (action.update) this.postUpdate(this.learnerAuthor(), CHANNELS, action.update, now);
    else this.system('status', now, `Incident resolved by ${this.learner}${reason(action.summary)}`);
  }

  // ---- each tick ----

  private postOccurrences(now: SimMillis, occurrences: readonly Occurrence[]): void {
    for (const o of occurrences) {
      if (o.kind === 'alert.fired') {
        this.state.firstAlertAt ??= o.at;
        this.anchors['alert.fired'] ??= o.at;
        if (this.firing.fire(o.name)) this.log.post('incident', now, { kind: 'alert', name: o.name }, 'alert', `FIRING: ${o.name}`);
      } else if (o.kind === 'alert.resolved') {
        if (this.firing.resolve(o.name)) this.log.post('incident', now, { kind: 'alert', name: o.name }, 'alert', `RESOLVED: ${o.name}`);
      } else if (o.kind === 'page.triggered') {
        this.anchors['page.triggered'] ??= o.at;
      } else if (o.kind === 'page.escalated') {
        this.anchors['page.escalated'] ??= o.at;
        this.log.post('incident', now, { kind: 'alert', name: 'Pager' }, 'alert', `Page ${o.name} was not acknowledged: the secondary on-call was paged.`);
      }
    }
  }

  private facts(): PeopleFacts {
    const s = this.state;
    return { declared: s.declared, updated: s.lastUpdateAt !== undefined, resolved: s.status === 'resolved', acknowledged: this.acknowledged, questions: s.questions };
  }

  private runScript(now: SimMillis): void {
    for (const entry of dueEntries(this.spec.script, this.scriptDone, this.anchors, this.state.lastUpdateAt, now)) {
      this.scriptDone.add(entry.id);
      if (cancelledBy(entry, this.facts())) continue;
      const { author, channel } = speakerOf(this.spec, entry);
      const message = this.log.post(channel, now, author, entry.question ? 'question' : 'chat', entry.text);
      if (!entry.question) continue;
      this.state.questions.push({ id: message.id, from: entry.from, channel, askedAt: now });
      this.questionEntry.set(message.id, entry);
    }
  }

  private askFollowUps(now: SimMillis): void {
    for (const q of this.state.questions) {
      const entry = this.questionEntry.get(q.id);
      const due = entry && followUpDueAt(entry, q.askedAt);
      if (!entry?.follow_up || due === undefined || due > now || q.answeredAt !== undefined || this.followedUp.has(q.id)) continue;
      this.followedUp.add(q.id);
      const message = this.log.post(q.channel, now, speakerOf(this.spec, entry).author, 'question', entry.follow_up.text);
      this.followUpOf.set(message.id, q.id);
    }
  }

  private runTasks(now: SimMillis, probe: () => WorldProbe): void {
    let world: WorldProbe | undefined;
    for (const task of this.state.tasks) {
      if (task.state !== 'working') continue;
      const teammate = this.spec.team.find((t) => t.id === task.teammate)!;
      if (now >= task.dueAt) {
        world ??= probe();
        this.report(task, teammate, world, now);
      } else if (task.reportBy !== undefined && now >= task.reportBy && !this.checkedIn.has(task.id)) {
        this.checkedIn.add(task.id);
        this.log.post('incident', now, teammateAuthor(teammate), 'chat', checkInText(task.text, task.dueAt - now), { task: task.id });
      }
    }
  }

  private report(task: Task, teammate: TeammateSpec, probe: WorldProbe, now: SimMillis): void {
    const report = performTask({ task: { ...task }, teammate, probe, incident: this.snapshot(), cadenceMs: cadenceMs(this.spec, this.state.severity) });
    const finding = this.log.post('incident', now, teammateAuthor(teammate), 'finding', report.text, { task: task.id, queries: [...report.queries] });
    Object.assign(task, { state: 'done', reportedAt: now, finding: finding.id });
    if (report.update) this.postUpdate(teammateAuthor(teammate), report.channels ?? CHANNELS, report.update, now);
  }

  private updateClock(): UpdateClock {
    const s = this.state;
    return {
      resolved: s.status === 'resolved',
      declared: s.declared,
      ...(s.severity ? { severity: s.severity } : {}),
      ...(s.firstAlertAt !== undefined ? { firstAlertAt: s.firstAlertAt } : {}),
      ...(s.declaredAt !== undefined ? { declaredAt: s.declaredAt } : {}),
      ...(s.lastUpdateAt !== undefined ? { lastUpdateAt: s.lastUpdateAt } : {}),
      ...(this.promisedIn ? { promisedIn: this.promisedIn } : {}),
    };
  }

  private nextUpdateDueAt(): SimMillis | undefined {
    return nextUpdateDueAt(this.updateClock(), this.spec);
  }

  private remind(now: SimMillis): void {
    const due = this.nextUpdateDueAt();
    if (due === undefined || now <= due || this.remindedFor === due) return;
    this.remindedFor = due;
    this.log.post('incident', now, SYSTEM, 'reminder', reminderText(this.updateClock(), this.spec, now));
  }
}

function teammateAuthor(teammate: TeammateSpec): Author {
  return { kind: 'teammate', id: teammate.id, name: teammate.name };
}

/** ": why" when a reason was given, "." when not. */
function reason(text: string): string {
  return text.trim() ? `: ${text.trim()}` : '.';
}
