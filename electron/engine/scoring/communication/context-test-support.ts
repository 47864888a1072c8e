/**
 * Hand-built scoring contexts for the communication checks' tests: a scenario, learner actions as logged events,
 * and the incident room's snapshot kept consistent with them (updates posted per channel, questions, tasks).
 */
import type { DrillEvent, Occurrence } from '../../drill';
import { freshIncident } from '../../drill/incident/chat-test-support';
import type { Author, ChannelId, ChatMessage, DelegationQuality, IncidentSnapshot, Question, Severity, StructuredUpdate } from '../../drill/incident/types';
import type { Scenario } from '../../scenario';
import type { IncidentSpec } from '../../scenario/incident-schema';
import { incidentSchema } from '../../scenario/incident-schema';
import type { ScenarioDocument } from '../../scenario/schema';
import type { SimMillis } from '../../sim/clock';
import type { ScoringContext } from '../context';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** Sim time 0 is 10:00:00 UTC, so t = 4m12s reads "10:04:12 UTC". */
export const TEN_O_CLOCK = Date.UTC(2026, 2, 13, 10, 0, 0);

const LEARNER: Author = { kind: 'learner', name: 'you' };

/**
 * A checkout incident with the parts of a scenario the checks read: its `incident:` section (through the real
 * schema, so defaults apply) and the names in its world. The rest of the document is not needed, and leaving it
 * out keeps these tests independent of the bundled scenario files.
 */
export function checkoutScenario(): Scenario {
  const incident = incidentSchema.parse({
    severity: 'SEV2',
    initial_report_within: '5m',
    cadence: { SEV1: '5m', SEV2: '5m', SEV3: '10m', SEV4: '30m', SEV5: null },
    team: [
      { id: 'priya', name: 'Priya Shah', title: 'Database engineer' },
      { id: 'marco', name: 'Marco Díaz', title: 'Checkout engineer' },
      { id: 'lee', name: 'Lee Okafor', title: 'Site reliability engineer' },
    ],
    stakeholders: [
      { id: 'support-lead', name: 'Jo Park', title: 'Support lead', kind: 'support' },
      { id: 'product-owner', name: 'Ana Costa', title: 'Checkout product owner', kind: 'product' },
      { id: 'vp', name: 'Ruth Klein', title: 'VP Engineering', kind: 'executive' },
    ],
    components: [
      { name: 'Checkout', services: ['checkout'] },
      { name: 'Payments', services: ['payments'] },
    ],
  });
  const world = { services: [{ name: 'checkout' }, { name: 'payments' }, { name: 'card-gateway' }], datastores: [{ name: 'orders-db' }] };
  return { id: 'checkout-test', version: 'v-test', doc: { incident, world } as unknown as ScenarioDocument };
}

/** A complete status update; tests blank out the parts they judge. */
export function fullUpdate(over: Partial<StructuredUpdate> = {}): StructuredUpdate {
  return {
    kind: 'update',
    impact: 'About a third of checkouts fail',
    severity: 'SEV2',
    status: 'investigating',
    actions: 'Rolling back checkout',
    nextUpdateIn: '5m',
    text: '',
    ...over,
  };
}

export class ContextBuilder {
  private readonly events: DrillEvent[] = [];
  private readonly messages: ChatMessage[] = [];
  private readonly questions: Question[] = [];
  private readonly occurrences: Occurrence[] = [{ kind: 'drill.start', name: 'drill', at: 0 as SimMillis }];
  private readonly incident: Partial<IncidentSnapshot> = {};
  private readonly tasks: IncidentSnapshot['tasks'] = [];
  private spec: Partial<IncidentSpec> = {};

  constructor(private readonly scenario: Scenario = checkoutScenario()) {}

  /** Overrides parts of the scenario's `incident:` section (severity, windows, cadence). */
  withIncident(spec: Partial<IncidentSpec>): this {
    this.spec = { ...this.spec, ...spec };
    return this;
  }

  alert(at: number, name = 'CheckoutHighErrorRate'): this {
    this.occurrences.push({ kind: 'alert.fired', name, at: at as SimMillis });
    this.incident.firstAlertAt ??= at as SimMillis;
    return this;
  }

  fault(kind: 'fault.started' | 'fault.cleared', at: number, name = 'bad-deploy', redHerring = false): this {
    this.occurrences.push({ kind, name, at: at as SimMillis, ...(redHerring ? { redHerring } : {}) });
    return this;
  }

  declare(at: number, severity: Severity): this {
    this.log(at, 'incident.declare', { title: 'Checkout failing', severity, impact: '', services: ['checkout'], via: 'form' });
    Object.assign(this.incident, { declared: true, severity, declaredAt: at });
    return this;
  }

  severity(at: number, severity: Severity): this {
    this.log(at, 'incident.severity', { severity, reason: '', via: 'form' });
    this.incident.severity = severity;
    return this;
  }

  /** The learner's update, posted to each channel (it answers the questions waiting there, as the room does). */
  update(at: number, update: StructuredUpdate, channels: ChannelId[] = ['incident', 'stakeholders']): this {
    this.log(at, 'incident.update', { channels, update, via: 'form' });
    this.post(at, LEARNER, update, channels);
    return this;
  }

  /** A teammate's update for a post-update task assigned at `assignedAt` (the assignment is logged too). */
  teammateUpdate(assignedAt: number, at: number, teammate: { id: string; name: string }, update: StructuredUpdate): this {
    this.assign(assignedAt, teammate.id, 'post the next update', { namedPerson: true, namedTask: true, namedTime: false });
    const task = this.tasks.at(-1)!;
    Object.assign(task, { kind: 'post-update', state: 'done', reportedAt: at });
    this.post(at, { kind: 'teammate', id: teammate.id, name: teammate.name }, update, ['incident', 'stakeholders']);
    return this;
  }

  resolve(at: number, update?: StructuredUpdate): this {
    this.log(at, 'incident.resolve', { summary: 'Rolled back', ...(update ? { update } : {}), via: 'form' });
    Object.assign(this.incident, { status: 'resolved', resolvedAt: at });
    if (update) this.post(at, LEARNER, update, ['incident', 'stakeholders']);
    return this;
  }

  assign(at: number, teammate: string, task: string, quality: DelegationQuality, extra: { role?: string; message?: string } = {}): this {
    this.log(at, 'incident.assign', { teammate, task, via: extra.message ? 'message' : 'form', quality, ...extra });
    if (task !== '') {
      this.tasks.push({ id: `t${this.tasks.length + 1}`, teammate, text: task, kind: 'unclear', assignedAt: at as SimMillis, dueAt: (at + 2 * MINUTE) as SimMillis, state: 'working' });
    }
    return this;
  }

  chat(at: number, text: string, channel: ChannelId = 'incident'): this {
    this.log(at, 'chat.post', { channel, text });
    const question = this.questions.find((q) => q.channel === channel && q.answeredAt === undefined);
    const message = this.message(at, channel, LEARNER, question ? 'answer' : 'chat', text);
    if (question) Object.assign(question, { answeredAt: at, answer: message.id });
    return this;
  }

  question(at: number, from: string, text: string, channel: ChannelId = 'stakeholders'): this {
    const message = this.message(at, channel, { kind: 'stakeholder', id: from, name: from }, 'question', text);
    this.questions.push({ id: message.id, from, channel, askedAt: at as SimMillis });
    return this;
  }

  build(endAt: number): ScoringContext {
    const scenario: Scenario = { ...this.scenario, doc: { ...this.scenario.doc, incident: { ...this.scenario.doc.incident, ...this.spec } } };
    return {
      scenario,
      seed: 1,
      events: this.events,
      occurrences: this.occurrences,
      incident: freshIncident({ ...this.incident, messages: this.messages, questions: this.questions, tasks: this.tasks }),
      endAt: endAt as SimMillis,
      startUnixMs: TEN_O_CLOCK,
      query: () => {
        throw new Error('the communication checks do not query the world');
      },
    };
  }

  private log(t: number, type: string, payload: unknown): void {
    this.events.push({ seq: this.events.length + 1, t, type, payload });
  }

  private post(at: number, author: Author, update: StructuredUpdate, channels: ChannelId[]): void {
    for (const channel of channels) {
      const message = this.message(at, channel, author, 'update', `${update.kind}: ${update.impact}`, { update });
      for (const q of this.questions) if (q.channel === channel && q.answeredAt === undefined) Object.assign(q, { answeredAt: at, answer: message.id });
    }
  }

  private message(at: number, channel: ChannelId, author: Author, kind: ChatMessage['kind'], text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    const message: ChatMessage = { id: `m${this.messages.length + 1}`, channel, at: at as SimMillis, author, text, kind, ...extra };
    this.messages.push(message);
    return message;
  }
}
