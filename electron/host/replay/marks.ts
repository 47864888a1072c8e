import type { ReplayMark } from '../../contract/requests';
import type { DrillEvent, Occurrence } from '../../engine/drill';
import { actionText, alertsOnce } from '../../engine/drill';

/** A label stays one short line in the scrubber's list. */
const LABEL_TEXT_MAX = 60;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > LABEL_TEXT_MAX ? `${line.slice(0, LABEL_TEXT_MAX - 1)}…` : line;
}

function field(event: DrillEvent, name: string): string {
  const value = (event.payload as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : '';
}

/** Events whose label is the type and one word of the payload (`incident.declare SEV2`), not free text. */
const KEYWORD_FIELD: Record<string, string> = {
  'incident.declare': 'severity',
  'incident.severity': 'severity',
  'incident.status': 'status',
  'drill.clock': 'speed',
};

/** A logged event in a few words: its type, then the command, message or query it carried. */
export function markLabel(event: DrillEvent): string {
  const keyword = KEYWORD_FIELD[event.type];
  if (keyword !== undefined) {
    const value = (event.payload as Record<string, unknown> | null)?.[keyword];
    return value === undefined ? event.type : `${event.type} ${String(value)}${event.type === 'drill.clock' ? '×' : ''}`;
  }
  if (event.type === 'dashboard.open') return `dashboard.open: ${shorten(field(event, 'title') || field(event, 'uid'))}`;
  if (event.type === 'postmortem.save') {
    const title = (event.payload as { document?: { title?: unknown } } | null)?.document?.title;
    return typeof title === 'string' && title.trim() !== '' ? `postmortem.save: ${shorten(title)}` : 'postmortem.save';
  }
  if (event.type === 'incident.update') {
    const kind = ((event.payload as { update?: { kind?: unknown } } | null)?.update?.kind as string | undefined) ?? 'update';
    return `incident.update ${kind}`;
  }
  const text = shorten(actionText(event));
  return text === '' ? event.type : `${event.type}: ${text}`;
}

/**
 * What the learner can jump to: every logged event, and the moments alerts fired in the re-derived history of
 * the whole attempt (seq 0: they are derived, not logged). Sorted by time; at one time, logged events first.
 */
export function replayMarks(events: readonly DrillEvent[], history: readonly Occurrence[]): ReplayMark[] {
  const logged = events.map((event) => ({ seq: event.seq, t: event.t, type: event.type, label: markLabel(event) }));
  const fired = alertsOnce(history).filter((o) => o.kind === 'alert.fired').map((o) => ({ seq: 0, t: o.at, type: 'alert.fired', label: `alert ${o.name} fired` }));
  return [...logged, ...fired].sort((a, b) => a.t - b.t);
}
