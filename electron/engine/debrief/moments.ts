import type { DrillEvent, Occurrence } from '../drill';
import { alertsOnce } from '../drill/alerts-once';
import type { SimMillis } from '../sim/clock';
import { DEBRIEF_LANES } from './types';
import type { DebriefLane, DebriefMoment } from './types';

/** Longest label the chart's tooltip shows; a pasted command or message is cut with an ellipsis. */
const LABEL_MAX = 72;

/**
 * A drill's path as the debrief draws it: what the world did (alerts, pages, the fault clearing) from the derived
 * history, and what the person did (reads, actions, messages) from the event log, in time order.
 */
export function pathMoments(occurrences: readonly Occurrence[], events: readonly DrillEvent[]): DebriefMoment[] {
  const moments: DebriefMoment[] = [];
  for (const o of alertsOnce(occurrences)) {
    const moment = occurrenceMoment(o);
    if (moment) moments.push(moment);
  }
  for (const event of events) {
    const moment = eventMoment(event);
    if (moment) moments.push({ ...moment, at: event.t as SimMillis, seq: event.seq });
  }
  // Same instant: lane order (an alert before the reads it prompted), then log order — stable for the same inputs.
  return moments.sort((a, b) => a.at - b.at || laneIndex(a.lane) - laneIndex(b.lane) || (a.seq ?? -1) - (b.seq ?? -1));
}

function laneIndex(lane: DebriefLane): number {
  return DEBRIEF_LANES.indexOf(lane);
}

function occurrenceMoment(o: Occurrence): DebriefMoment | undefined {
  switch (o.kind) {
    case 'alert.fired':
      return { at: o.at, lane: 'alerts', label: `alert ${o.name} fired` };
    case 'alert.resolved':
      return { at: o.at, lane: 'alerts', label: `alert ${o.name} resolved` };
    case 'page.triggered':
      return { at: o.at, lane: 'alerts', label: `on-call paged (${o.name})` };
    case 'page.escalated':
      return { at: o.at, lane: 'alerts', label: `page ${o.name} escalated` };
    case 'fault.cleared':
      // A red herring ending, or a fault the instructor injected ending, is not the incident recovering.
      return o.redHerring || o.injected ? undefined : { at: o.at, lane: 'recovery', label: `fault ${o.name} cleared` };
    default:
      // The drill's start, a fault starting (the learner could not see it) and each notification (one per
      // receiver, which would crowd out the alert itself) are left off the chart.
      return undefined;
  }
}

type Payload = Record<string, unknown>;

/** A logged event's lane and label; undefined for events the chart leaves off (clock changes, checklist ticks). */
function eventMoment(event: DrillEvent): { lane: DebriefLane; label: string } | undefined {
  const p = (typeof event.payload === 'object' && event.payload !== null ? event.payload : {}) as Payload;
  const s = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  const read = (label: string) => ({ lane: 'reads' as const, label: short(label) });
  const action = (label: string) => ({ lane: 'actions' as const, label: short(label) });
  const message = (label: string) => ({ lane: 'messages' as const, label: short(label) });
  switch (event.type) {
    case 'promql.query':
    case 'promql.queryRange':
      return read(`query ${s('expr')}`);
    case 'logs.query':
      return read(s('query').trim() === '' ? 'log search (all lines)' : `log search ${s('query')}`);
    case 'logs.context':
      return read(`log lines around "${s('message')}"`);
    case 'logs.fieldOverTime':
      return read(`log field ${s('field')} over time`);
    case 'dashboard.open':
      return read(`opened dashboard ${s('title') || s('uid')}`);
    case 'runbook.get':
      return read(`read runbook ${s('path')}`);
    case 'rules.preview':
      return read('previewed an alert rule');
    case 'terminal.exec':
      return action(s('command'));
    case 'operation.run':
      return action(`${s('operation')} ${s('target')}`);
    case 'alert.acknowledge':
      return action(`acknowledged alert ${s('alert')}`);
    case 'page.acknowledge':
      return action(`acknowledged page ${s('page')}`);
    case 'silence.create':
      return action(`silenced ${matchersText(p.matchers)} for ${s('duration')}`);
    case 'silence.expire':
      return action(`expired silence ${s('id')}`);
    case 'rules.add':
      return action('added an alert rule');
    case 'incident.declare':
      return action(`declared ${s('severity')}`);
    case 'incident.severity':
      return action(`severity to ${s('severity')}`);
    case 'incident.status':
      return action(`status to ${s('status')}`);
    case 'incident.assign':
      return action(assignText(s('teammate'), s('role'), s('task')));
    case 'incident.resolve':
      return action('resolved the incident');
    case 'hint.request':
      return action('asked for a hint');
    case 'chat.post':
      return message(`#${s('channel')}: ${s('text')}`);
    case 'incident.update':
      return message(updateText(p));
    case 'statuspage.update':
      return message(p.publish === true ? 'status page published' : 'status page draft edited');
    case 'incident.note':
      return message(`note: ${s('text')}`);
    default:
      // drill.start, drill.clock, drill.end, terminal.interrupt, timeline.mark, checklist.toggle, postmortem.save:
      // bookkeeping, or written after the drill, not steps on the way to recovery.
      return undefined;
  }
}

function matchersText(matchers: unknown): string {
  if (!Array.isArray(matchers)) return '';
  return matchers
    .map((m: Payload) => `${String(m.name)}${matcherOperator(m.isRegex === true, m.isEqual !== false)}${String(m.value)}`)
    .join(',');
}

/** Alertmanager's operators: =, !=, =~ and !~. */
function matcherOperator(regex: boolean, equal: boolean): string {
  if (regex) return equal ? '=~' : '!~';
  return equal ? '=' : '!=';
}

function assignText(teammate: string, role: string, task: string): string {
  if (role === '') return `asked ${teammate}: ${task}`;
  return task === '' ? `made ${teammate} ${role} lead` : `made ${teammate} ${role} lead: ${task}`;
}

/** `initial update to incident, stakeholders`: what kind of update went where. */
function updateText(p: Payload): string {
  const update = (typeof p.update === 'object' && p.update !== null ? p.update : {}) as Payload;
  const kind = update.kind === 'initial' || update.kind === 'resolution' ? `${update.kind} update` : 'status update';
  const channels = Array.isArray(p.channels) ? p.channels.map(String).join(', ') : '';
  return channels === '' ? kind : `${kind} to ${channels}`;
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= LABEL_MAX ? oneLine : `${oneLine.slice(0, LABEL_MAX - 1)}…`;
}
