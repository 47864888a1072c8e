import type { DrillEvent, Occurrence } from '../../engine/drill';
import { esc, simClock } from './html';

const WIDTH = 720;
const LANE = 22;
const LEFT = 110;
const LANES = [
  { name: 'faults', test: (o: Occurrence) => o.kind === 'fault.started' || o.kind === 'fault.cleared' },
  { name: 'alerts', test: (o: Occurrence) => o.kind === 'alert.fired' || o.kind === 'alert.resolved' },
  { name: 'pages', test: (o: Occurrence) => o.kind === 'page.triggered' || o.kind === 'page.escalated' },
] as const;
/** What the learner did, one lane per kind of work; reads and clock changes stay off the chart. */
const ACTION_LANES: { name: string; types: string[] }[] = [
  { name: 'terminal', types: ['terminal.exec', 'terminal.interrupt'] },
  { name: 'operations', types: ['operation.run', 'silence.create', 'silence.expire', 'rules.add'] },
  { name: 'acknowledged', types: ['alert.acknowledge', 'page.acknowledge'] },
  { name: 'incident room', types: ['incident.declare', 'incident.severity', 'incident.status', 'incident.assign', 'incident.update', 'chat.post', 'statuspage.update', 'incident.note', 'incident.resolve'] },
  { name: 'postmortem', types: ['postmortem.save'] },
];

/**
 * The attempt on one time axis as inline SVG: the re-derived history (fault, alert and page lanes, spans where a
 * start has its end) above the learner's actions (a tick per logged event, its seq in the tooltip).
 */
export function timelineSvg(events: readonly DrillEvent[], occurrences: readonly Occurrence[], durationMs: number): string {
  const span = Math.max(durationMs, ...events.map((e) => e.t), 1);
  const x = (t: number) => LEFT + ((WIDTH - LEFT - 10) * Math.min(t, span)) / span;
  const rows: string[] = [];
  let lane = 0;
  const label = (name: string) => `<text x="4" y="${lane * LANE + 15}" font-size="11">${esc(name)}</text>`;
  for (const { name, test } of LANES) {
    rows.push(label(name));
    for (const o of occurrences.filter(test)) {
      const y = lane * LANE + 5;
      const ending = o.kind === 'fault.started' || o.kind === 'alert.fired' ? endOf(o, occurrences) : undefined;
      if (o.kind === 'fault.started' || o.kind === 'alert.fired') {
        const w = Math.max(2, x(ending ?? span) - x(o.at));
        // Red herrings and faults the instructor injected are not the incident: greyed.
        const fill = o.redHerring || o.injected ? '#bbb' : o.kind === 'fault.started' ? '#d9534f' : '#f0ad4e';
        rows.push(`<rect x="${x(o.at).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="12" fill="${fill}"><title>${esc(`${o.name} ${simClock(o.at)}–${ending === undefined ? 'end' : simClock(ending)}`)}</title></rect>`);
      } else if (o.kind === 'page.triggered' || o.kind === 'page.escalated') {
        rows.push(`<circle cx="${x(o.at).toFixed(1)}" cy="${y + 6}" r="4" fill="#5b6ee1"><title>${esc(`${o.kind} ${o.name} ${simClock(o.at)}`)}</title></circle>`);
      }
    }
    lane += 1;
  }
  for (const { name, types } of ACTION_LANES) {
    rows.push(label(name));
    for (const e of events.filter((ev) => types.includes(ev.type))) {
      rows.push(`<line x1="${x(e.t).toFixed(1)}" x2="${x(e.t).toFixed(1)}" y1="${lane * LANE + 4}" y2="${lane * LANE + 18}" stroke="#2a7ab0" stroke-width="2"><title>${esc(`#${e.seq} ${e.type} ${simClock(e.t)}`)}</title></line>`);
    }
    lane += 1;
  }
  const axisY = lane * LANE + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => `<text x="${x(span * f).toFixed(1)}" y="${axisY + 14}" font-size="10" text-anchor="middle">${simClock(span * f)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${axisY + 20}" width="${WIDTH}" height="${axisY + 20}" role="img" aria-label="Timeline of the attempt">
<line x1="${LEFT}" x2="${WIDTH - 10}" y1="${axisY}" y2="${axisY}" stroke="#666"/>
${[...rows, ...ticks].join('\n')}
</svg>`;
}

/** When a fault cleared or an alert resolved, the first matching end after the start. */
function endOf(start: Occurrence, all: readonly Occurrence[]): number | undefined {
  const endKind = start.kind === 'fault.started' ? 'fault.cleared' : 'alert.resolved';
  return all.find((o) => o.kind === endKind && o.name === start.name && o.at >= start.at)?.at;
}
