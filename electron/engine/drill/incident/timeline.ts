import type { SilenceMatcher } from '../../alerting/dispatch';
import type { DrillEvent } from '../actions';
import type { Occurrence } from '../drill';
import { FiringAlerts, ROLE_NAMES } from './messages';
import type { ChatMessage, IncidentSnapshot, Role, TimelineEntry } from './types';

/** Names the document shows for people the log records by id. */
export type TimelineNames = { learner?: string; team?: readonly { id: string; name: string }[] };

type Payload = Record<string, unknown>;
type EventEntry = { kind: TimelineEntry['kind']; text: (payload: Payload, names: Required<TimelineNames>, hint: () => string) => string | undefined };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const suffix = (value: unknown): string => (str(value).trim() ? `: ${str(value).trim()}` : '');

function matcherText(m: SilenceMatcher): string {
  const op = m.isRegex ? (m.isEqual === false ? '!~' : '=~') : m.isEqual === false ? '!=' : '=';
  return `${m.name}${op}"${m.value}"`;
}

function assignText(p: Payload, names: Required<TimelineNames>): string {
  const who = names.team.find((t) => t.id === p.teammate)?.name ?? str(p.teammate);
  const parts = [];
  if (typeof p.role === 'string') parts.push(`${who} is the ${ROLE_NAMES[p.role as Role] ?? p.role}`);
  if (str(p.task).trim()) parts.push(`${who} to ${str(p.task).trim()}${p.reportIn ? ` (report back in ${str(p.reportIn)})` : ''}`);
  return `Assigned: ${parts.join('; ')}`;
}

/**
 * The logged learner actions the document shows, keyed by event type. Reads (queries, dashboards) are left out,
 * and so are chat, updates and notes, which appear as their messages; an unpublished status-page draft is not news.
 */
const EVENT_ENTRIES: Record<string, EventEntry> = {
  'terminal.exec': { kind: 'command', text: (p) => `$ ${str(p.command)}` },
  'operation.run': { kind: 'action', text: (p) => `Ran ${str(p.operation)} on ${str(p.target)}` },
  'alert.acknowledge': { kind: 'action', text: (p) => `Acknowledged alert ${str(p.alert)}` },
  'page.acknowledge': { kind: 'action', text: (p) => `Acknowledged page ${str(p.page)}` },
  'silence.create': {
    kind: 'action',
    text: (p) => `Silenced ${((p.matchers as SilenceMatcher[] | undefined) ?? []).map(matcherText).join(', ')} for ${str(p.duration)}${suffix(p.comment)}`,
  },
  'silence.expire': { kind: 'action', text: (p) => `Expired silence ${str(p.id)}` },
  'rules.add': { kind: 'action', text: () => 'Added alerting rules' },
  'incident.declare': { kind: 'status', text: (p) => `Declared ${str(p.severity)}: ${str(p.title)}${p.impact ? ` (impact: ${str(p.impact)})` : ''}` },
  'incident.severity': { kind: 'status', text: (p) => `Severity set to ${str(p.severity)}${suffix(p.reason)}` },
  'incident.status': { kind: 'status', text: (p) => `Status set to ${str(p.status)}${suffix(p.note)}` },
  'incident.resolve': { kind: 'status', text: (p) => `Resolved${suffix(p.summary)}` },
  'incident.assign': { kind: 'task', text: assignText },
  'hint.request': { kind: 'hint', text: (_p, _n, hint) => `Hint: ${hint()}` },
  'statuspage.update': { kind: 'update', text: (p) => (p.publish === true ? `Published on the status page: ${str(p.draft)}` : undefined) },
};

const OCCURRENCE_ENTRIES: Partial<Record<Occurrence['kind'], { kind: TimelineEntry['kind']; author: string; text: (name: string) => string }>> = {
  'alert.fired': { kind: 'alert', author: 'Alertmanager', text: (name) => `Alert firing: ${name}` },
  'alert.resolved': { kind: 'alert', author: 'Alertmanager', text: (name) => `Alert resolved: ${name}` },
  'page.triggered': { kind: 'page', author: 'Pager', text: (name) => `Paged the on-call: ${name}` },
  'page.escalated': { kind: 'page', author: 'Pager', text: (name) => `Escalated to the secondary on-call: ${name}` },
};

/**
 * Messages on the document: the conversation, updates and findings. Alerts appear as their occurrences, reminders
 * are nagging rather than history, and the room's own status and system notices echo logged actions that already
 * have an entry (a declaration would otherwise show twice).
 */
function messageKind(message: ChatMessage): TimelineEntry['kind'] | undefined {
  switch (message.kind) {
    case 'alert':
    case 'reminder':
    case 'status':
    case 'system':
      return undefined;
    case 'update':
      return 'update';
    case 'finding':
      return 'finding';
    default:
      return 'message';
  }
}

/** Same-time ties: what happened in the world, then what the learner did, then what was said, then notes. */
const SOURCE_ORDER = { oc: 0, ev: 1, m: 2, n: 3 } as const;

/**
 * The living incident document's timeline, oldest first, with stable ids: "ev<seq>" for logged learner actions,
 * "oc<index>" for alert and page occurrences (never faults: they are the hidden truth; an alert name firing from
 * two sources shows once, from the first firing to the last resolution), the message id for
 * messages and the note id for notes. Marks and each note's key moment are applied.
 */
export function buildTimeline(
  events: readonly DrillEvent[],
  occurrences: readonly Occurrence[],
  snapshot: IncidentSnapshot,
  names: TimelineNames = {},
): TimelineEntry[] {
  const known: Required<TimelineNames> = { learner: names.learner ?? 'you', team: names.team ?? [] };
  const rows: { entry: TimelineEntry; source: keyof typeof SOURCE_ORDER; order: number }[] = [];
  let hints = 0;
  for (const event of events) {
    const spec = EVENT_ENTRIES[event.type];
    const hint = () => snapshot.hints[hints++] ?? '';
    const text = spec?.text((event.payload ?? {}) as Payload, known, hint);
    if (spec && text !== undefined) rows.push({ source: 'ev', order: event.seq, entry: { id: `ev${event.seq}`, at: event.t as TimelineEntry['at'], kind: spec.kind, author: known.learner, text } });
  }
  const firing = new FiringAlerts();
  occurrences.forEach((o, index) => {
    const spec = OCCURRENCE_ENTRIES[o.kind];
    const news = o.kind === 'alert.fired' ? firing.fire(o.name) : o.kind === 'alert.resolved' ? firing.resolve(o.name) : true;
    if (spec && news) rows.push({ source: 'oc', order: index, entry: { id: `oc${index}`, at: o.at, kind: spec.kind, author: spec.author, text: spec.text(o.name) } });
  });
  // An update posted to both channels is one event of the incident: the document shows it once.
  const posted = new Set<string>();
  snapshot.messages.forEach((m, index) => {
    const kind = messageKind(m);
    const same = `${m.at} ${m.author.name} ${m.text}`;
    if (m.kind === 'update' && posted.has(same)) return;
    posted.add(same);
    if (kind) rows.push({ source: 'm', order: index, entry: { id: m.id, at: m.at, kind, author: m.author.name, text: m.text } });
  });
  snapshot.notes.forEach((n, index) => rows.push({ source: 'n', order: index, entry: { id: n.id, at: n.at, kind: 'note', author: known.learner, text: n.text } }));
  rows.sort((a, b) => a.entry.at - b.entry.at || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.order - b.order);
  const noteKeys = new Map(snapshot.notes.filter((n) => n.key).map((n) => [n.id, n.key!]));
  return rows.map(({ entry }) => {
    const key = snapshot.marks[entry.id] ?? noteKeys.get(entry.id);
    return key ? { ...entry, key } : entry;
  });
}
