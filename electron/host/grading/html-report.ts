import { asPostmortemDocument } from '../../engine/postmortem/document';
import type { DrillEvent } from '../../engine/drill';
import type { AttemptRecord } from './attempt-record';
import { communicationExcerpts } from './communications';
import { esc, simClock } from './html';
import { teamSection } from './team-section';
import { timelineSvg } from './timeline-svg';

const STYLE = `
body { font: 13px/1.45 system-ui, sans-serif; color: #111; margin: 24px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 22px 0 6px; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }
.flags { color: #a40000; } .evidence { color: #444; font-size: 12px; margin: 2px 0 0 12px; }
pre { white-space: pre-wrap; font: inherit; margin: 0; } .total { font-size: 18px; font-weight: bold; }
`;

/**
 * The printable report of one attempt: summary, score by category with evidence, a team attempt's per-participant
 * breakdown, timeline, messages, postmortem.
 */
/** The file name (without extension) an attempt's report is saved under: attempt, learner and scenario. */
export function attemptReportName(record: Pick<AttemptRecord, 'attempt' | 'learner' | 'scenario'>): string {
  return `firedrill-attempt-${record.attempt}-${record.learner.name}-${record.scenario.id}`.replace(/[^A-Za-z0-9_.-]+/g, '-');
}

export function attemptHtml(record: AttemptRecord): string {
  const title = `${record.learner.name} — ${record.scenario.title}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
${summary(record)}
${scoreSection(record)}
${teamSection(record.team, record.score)}
<h2>Timeline</h2>
${timelineSvg(record.events, record.occurrences, record.durationMs)}
${communications(record.events)}
${postmortem(record.events)}
</body></html>
`;
}

function summary(r: AttemptRecord): string {
  const score = r.score ? `${r.score.total} / ${r.score.max}` : 'not scored';
  const flags = r.flags.length > 0 ? `<p class="flags"><strong>Flags:</strong> ${r.flags.map(esc).join('; ')}</p>` : '';
  return `<h1>${esc(r.scenario.title)}</h1>
<p>Learner: <strong>${esc(r.learner.name)}</strong>${r.learner.studentId ? ` (student id ${esc(r.learner.studentId)})` : ''} · attempt ${r.attempt}</p>
<p>Scenario ${esc(r.scenario.id)} version ${esc(r.scenario.version.slice(0, 12))} · difficulty ${esc(r.difficulty)} · seed ${r.seed}</p>
<p>Started ${esc(r.startedAt)} · ${r.endedAt ? `ended ${esc(r.endedAt)}` : 'never ended'} · ${simClock(r.durationMs)} of drill time</p>
<p class="total">Total: ${esc(score)}</p>
${flags}`;
}

function scoreSection(r: AttemptRecord): string {
  if (!r.score) return '<h2>Score</h2><p>Not scored: the scenario version is not installed here.</p>';
  const evidenceLine = (seq: number) => {
    const e = r.events.find((ev) => ev.seq === seq);
    return e ? `#${seq} at ${simClock(e.t)}: ${e.type}${describe(e)}` : `#${seq}`;
  };
  // The rubric's order (detect before diagnose…), not the score's alphabetical one, when the scenario is here.
  const order = [...r.scenario.categories, ...Object.keys(r.score.categories).filter((c) => !r.scenario.categories.includes(c))];
  const categories = order
    .filter((category) => r.score!.categories[category] !== undefined)
    .map((category) => {
      const c = r.score!.categories[category]!;
      const criteria = r.score!.criteria
        .filter((cr) => cr.category === category)
        .map((cr) => {
          const lines = [...(cr.details ?? []), ...cr.evidence.map(evidenceLine)];
          return `<tr><td>${esc(cr.id)}</td><td>${cr.points} / ${cr.max}</td><td>${esc(cr.feedback)}${lines.map((l) => `<div class="evidence">${esc(l)}</div>`).join('')}</td></tr>`;
        })
        .join('\n');
      return `<h3>${esc(category)}: ${c.points} / ${c.max}</h3>\n<table><tr><th>Criterion</th><th>Points</th><th>Feedback and evidence</th></tr>\n${criteria}</table>`;
    })
    .join('\n');
  const t = r.score.timings;
  const span = (ms: number | null) => (ms === null ? '—' : simClock(ms));
  return `<h2>Score by category</h2>
<p>Time to acknowledge ${span(t.mtta_ms)} · to detect ${span(t.mttd_ms)} · to mitigate ${span(t.mttm_ms)} · to resolve ${span(t.mttr_ms)}</p>
${categories}`;
}

/** A short hint of what an evidence event was: the command typed or the operation run. */
function describe(e: DrillEvent): string {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  const said = p.command ?? p.operation ?? p.alert ?? p.text;
  return typeof said === 'string' ? ` — ${said.length > 100 ? `${said.slice(0, 100)}…` : said}` : '';
}

function communications(events: readonly DrillEvent[]): string {
  const excerpts = communicationExcerpts(events);
  if (excerpts.length === 0) return '<h2>Communication</h2><p>No updates or messages were sent.</p>';
  const rows = excerpts.map((x) => `<tr><td>${simClock(x.t)}</td><td>${esc(x.kind)}</td><td><pre>${esc(x.text)}</pre></td></tr>`).join('\n');
  return `<h2>Communication</h2>\n<table><tr><th>At</th><th>What</th><th>Text</th></tr>\n${rows}</table>`;
}

function postmortem(events: readonly DrillEvent[]): string {
  const last = events.filter((e) => e.type === 'postmortem.save').at(-1);
  if (!last) return '<h2>Postmortem</h2><p>No postmortem was saved.</p>';
  const doc = asPostmortemDocument((last.payload as { document?: unknown } | null)?.document);
  const para = (label: string, text: string) => (text.trim() === '' ? '' : `<h3>${esc(label)}</h3><pre>${esc(text)}</pre>`);
  const list = (label: string, items: string[]) => (items.length === 0 ? '' : `<h3>${esc(label)}</h3><ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`);
  return `<h2>Postmortem: ${esc(doc.title || '(untitled)')}</h2>
${para('Summary', doc.summary)}${para('Impact', doc.impact)}${para('Trigger', doc.trigger)}${para('Root cause', doc.rootCause)}
${list('Five whys', doc.whys)}${list('Contributing factors', doc.contributingFactors)}
${list('Timeline', doc.timeline.map((l) => `${l.at} ${l.text}`))}
${para('What went well', doc.wentWell)}${para('What went badly', doc.wentBadly)}${para('Where we got lucky', doc.gotLucky)}
${list('Action items', doc.actionItems.map((a) => `${a.title} (${a.owner || 'no owner'}, due ${a.due || 'no date'})`))}`;
}
