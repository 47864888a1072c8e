import type { SimMillis } from '../../sim/clock';
import type { Author, ChannelId, ChatMessage, IncidentStatus, Role, StructuredUpdate } from './types';

/** The author of the room's own notices (declarations, role changes, reminders). */
export const SYSTEM: Author = { kind: 'system', name: 'Firedrill' };

/** Role names as an incident commander says them. */
export const ROLE_NAMES: Record<Role, string> = {
  ic: 'incident commander',
  comms: 'communications lead',
  ops: 'operations lead',
  scribe: 'scribe',
};

const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

const UPDATE_LABELS: Record<StructuredUpdate['kind'], string> = {
  initial: 'Initial report',
  update: 'Update',
  resolution: 'Resolution',
};

const MINUTE_MS = 60_000;

/** Whole minutes elapsed, rounded down (what "21 min ago" says). */
export function wholeMinutes(ms: number): number {
  return Math.floor(ms / MINUTE_MS);
}

export function statusLabel(status: IncidentStatus): string {
  return STATUS_LABELS[status];
}

export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** Lower-cases a leading capital unless the word is an acronym ("Check the DB" → "check the DB", "DNS" stays). */
function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.!]+$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

/** A delegation in PagerDuty's form: a person by name, a task, a time to report back. */
export function delegationSentence(teammateName: string, task: string, reportIn?: string): string {
  const ask = `${firstName(teammateName)}, please ${asClause(task)}.`;
  return reportIn ? `${ask} Report back in ${reportIn}.` : ask;
}

/** A teammate's interim check-in when the learner's report-back time comes before the work is done. */
export function checkInText(task: string, remainingMs: number): string {
  const minutes = Math.max(1, Math.ceil(remainingMs / MINUTE_MS));
  return `Still on it: ${asClause(task)}, about ${minutes} min more.`;
}

/**
 * An update as a reader sees it in the channel: severity and status first, then impact, actions and when the next
 * update comes (the fields PagerDuty's template asks for); empty fields are left out, not invented.
 */
export function updateText(update: StructuredUpdate): string {
  const lines = [`${UPDATE_LABELS[update.kind]} · ${update.severity} · ${statusLabel(update.status)}`];
  if (update.impact) lines.push(`Impact: ${update.impact}`);
  if (update.actions) lines.push(`Actions: ${update.actions}`);
  if (update.kind === 'resolution' && update.recoveryConfirmed !== undefined) {
    lines.push(update.recoveryConfirmed ? 'Recovery confirmed.' : 'Recovery not yet confirmed.');
  }
  if (update.dataLoss) lines.push(`Data loss: ${update.dataLoss}`);
  if (update.followUps) lines.push(`Follow-ups: ${update.followUps}`);
  if (update.nextUpdateIn) lines.push(`Next update in ${update.nextUpdateIn}.`);
  if (update.text) lines.push(update.text);
  return lines.join('\n');
}

/**
 * Which alert names are firing. The same name can fire from two sources (a scenario threshold alert and a rule of
 * the same name), so the channel says FIRING when the first starts and RESOLVED when the last stops — not twice.
 */
export class FiringAlerts {
  private readonly count = new Map<string, number>();

  /** Counts a firing; true when the name was not firing before. */
  fire(name: string): boolean {
    const before = this.count.get(name) ?? 0;
    this.count.set(name, before + 1);
    return before === 0;
  }

  /** Counts a resolution; true when it was the last firing source of the name. */
  resolve(name: string): boolean {
    const before = this.count.get(name) ?? 0;
    if (before === 0) return false;
    this.count.set(name, before - 1);
    return before === 1;
  }
}

/** The channels' messages in posting order, with ids "m1", "m2", … shared by both channels. */
export class MessageLog {
  private readonly list: ChatMessage[] = [];

  get all(): readonly ChatMessage[] {
    return this.list;
  }

  get count(): number {
    return this.list.length;
  }

  post(channel: ChannelId, at: SimMillis, author: Author, kind: ChatMessage['kind'], text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    const message: ChatMessage = { id: `m${this.list.length + 1}`, channel, at, author, text, kind, ...extra };
    this.list.push(message);
    return message;
  }

  find(id: string): ChatMessage | undefined {
    return this.list.find((m) => m.id === id);
  }

  /** Ids of the messages posted since `count` (what one action posted). */
  idsSince(count: number): string[] {
    return this.list.slice(count).map((m) => m.id);
  }
}
