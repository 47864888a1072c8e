import type { DrillEvent } from '../../drill';
import type { ChatMessage, Severity } from '../../drill/incident/types';
import type { ScoringContext } from '../context';
import { extraToIncident } from '../window';

/** When the incident began for communication purposes, and how a detail line names that moment. */
export type IncidentStart = { at: number; label: 'the first alert' | 'the declaration' };

/**
 * The first alert (the room's record, else the first `alert.fired` in the history); when none fired, the
 * declaration. Undefined when neither happened: there was nothing to communicate about.
 */
export function incidentStart(context: ScoringContext): IncidentStart | undefined {
  const alertAt = context.incident.firstAlertAt ?? context.occurrences.find((o) => o.kind === 'alert.fired')?.at;
  if (alertAt !== undefined) return { at: alertAt, label: 'the first alert' };
  const declared = context.events.find((e) => e.type === 'incident.declare');
  return declared === undefined ? undefined : { at: declared.t, label: 'the declaration' };
}

/** One stretch of time an incident fault (never a red herring or an injected one) was active; `end` is unset while it still is. */
export type FaultSpan = { name: string; start: number; end?: number };

export function faultSpans(context: ScoringContext): FaultSpan[] {
  const spans: FaultSpan[] = [];
  for (const o of context.occurrences) {
    if (extraToIncident(o)) continue;
    if (o.kind === 'fault.started') spans.push({ name: o.name, start: o.at });
    if (o.kind === 'fault.cleared') {
      const open = spans.find((s) => s.name === o.name && s.end === undefined);
      if (open) open.end = o.at;
    }
  }
  return spans;
}

/** The severity the learner had set at time `t` (declaration, then each change), undefined before declaring. */
export function severityAt(events: readonly DrillEvent[], t: number): Severity | undefined {
  let severity: Severity | undefined;
  for (const e of events) {
    if (e.t > t) break;
    if (e.type === 'incident.declare' || e.type === 'incident.severity') severity = payloadOf(e).severity as Severity;
  }
  return severity;
}

/** A scripted person's name and title ("Jo Park (Support lead)"), or the id when the scenario has no such person. */
export function personLabel(context: ScoringContext, id: string): string {
  const { team, stakeholders } = context.scenario.doc.incident;
  const person = [...team, ...stakeholders].find((p) => p.id === id);
  return person ? `${person.name} (${person.title})` : id;
}

export function payloadOf(event: DrillEvent): Record<string, unknown> {
  return (event.payload ?? {}) as Record<string, unknown>;
}

/** Learner actions that post a message of each kind (what a learner's message in the room came from). */
const POSTED_BY: Partial<Record<ChatMessage['kind'], readonly string[]>> = {
  update: ['incident.update', 'incident.resolve'],
  answer: ['chat.post'],
  chat: ['chat.post', 'incident.assign'],
};

/**
 * The logged learner actions behind a message: the learner's own action at the message's time, or for a teammate's
 * message that reports on a task (a finding, an update a comms teammate drafted), the assignment that asked for it.
 */
export function evidenceFor(context: ScoringContext, message: ChatMessage): number[] {
  if (message.author.kind === 'learner') {
    const types = POSTED_BY[message.kind] ?? [];
    const candidates = context.events.filter((e) => e.t === message.at && types.includes(e.type));
    // Two actions in one tick (an update, then the resolution) are told apart by what they posted.
    const event = candidates.find((e) => samePost(e, message)) ?? candidates[0];
    return event ? [event.seq] : [];
  }
  if (message.author.kind !== 'teammate') return [];
  const teammate = message.author.id;
  const task = message.task !== undefined
    ? context.incident.tasks.find((t) => t.id === message.task)
    : context.incident.tasks.find((t) => t.teammate === teammate && t.reportedAt === message.at);
  if (!task) return [];
  const assign = context.events.find((e) => e.type === 'incident.assign' && e.t === task.assignedAt && refersTo(context, String(payloadOf(e).teammate ?? ''), teammate));
  return assign ? [assign.seq] : [];
}

function samePost(event: DrillEvent, message: ChatMessage): boolean {
  const payload = payloadOf(event);
  if (message.update !== undefined) return JSON.stringify(payload.update) === JSON.stringify(message.update);
  return payload.text === message.text || payload.message === message.text;
}

/** Whether a teammate reference as the learner typed it ("lee", "Lee Okafor", "Lee") names this teammate id. */
export function refersTo(context: ScoringContext, ref: string, teammateId: string): boolean {
  const wanted = ref.trim().toLowerCase();
  const person = context.scenario.doc.incident.team.find((t) => t.id === teammateId);
  if (!person) return wanted === teammateId;
  return wanted === person.id || wanted === person.name.toLowerCase() || wanted === person.name.split(/\s+/)[0]!.toLowerCase();
}

/** The teammate's full name for a reference as typed, or the reference itself. */
export function teammateName(context: ScoringContext, ref: string): string {
  return context.scenario.doc.incident.team.find((t) => refersTo(context, ref, t.id))?.name ?? ref;
}
