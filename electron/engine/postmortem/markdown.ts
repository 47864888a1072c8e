import { locationName } from './truth-match';
import type { PostmortemDocument, PostmortemReview } from './types';

export type MarkdownMeta = { scenarioTitle: string; learner: string; savedAt: string };

/**
 * The postmortem as Markdown with the Google SRE template's headings: prose sections as paragraphs (an empty one
 * says so), the timeline and action items as tables, and the review's open points at the end. Deterministic: the
 * same document, review and meta give the same text.
 */
export function postmortemMarkdown(document: PostmortemDocument, review: PostmortemReview, meta: MarkdownMeta): string {
  const lines: string[] = [
    `# ${oneLine(document.title) || 'Postmortem'}`,
    '',
    `Drill: ${oneLine(meta.scenarioTitle)} · Author: ${oneLine(meta.learner)} · Saved: ${oneLine(meta.savedAt)}`,
    '',
    ...section('Summary', document.summary),
    ...section('Impact', document.impact),
    '## Timeline',
    '',
    ...table(['Time (UTC)', 'Event'], document.timeline.map((line) => [line.at, line.text])),
    ...section('Trigger', document.trigger),
    ...section('Root cause', document.rootCause),
    '## Five whys',
    '',
    ...(document.whys.some((why) => why.trim() !== '') ? document.whys.map((why, i) => `${i + 1}. ${oneLine(why) || '_(not answered)_'}`) : ['_Not written._']),
    '',
    '## Contributing factors',
    '',
    ...(document.contributingFactors.some((f) => f.trim() !== '') ? document.contributingFactors.filter((f) => f.trim() !== '').map((f) => `- ${oneLine(f)}`) : ['_Not written._']),
    '',
    '## Lessons learned',
    '',
    ...section('What went well', document.wentWell, '###'),
    ...section('What went badly', document.wentBadly, '###'),
    ...section('Where we got lucky', document.gotLucky, '###'),
    '## Action items',
    '',
    ...table(['Action item', 'Type', 'Owner', 'Due'], document.actionItems.map((item) => [item.title, item.type, item.owner, item.due])),
    ...reviewSection(review),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(heading: string, text: string, level = '##'): string[] {
  return [`${level} ${heading}`, '', text.trim() === '' ? '_Not written._' : text.trim(), ''];
}

function table(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._', ''];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

/** A table cell on one line, with the pipes that would end it escaped. */
export function cell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The review's open points: blame to reword and incomplete action items (truth feedback stays in the app). */
function reviewSection(review: PostmortemReview): string[] {
  const points = [
    ...review.blame.map((b) => `- Blame language in ${locationName(b)}: “${oneLine(b.phrase)}”. Suggested: ${oneLine(b.suggestion)}`),
    ...review.actionItems.map((a) => `- Action item ${a.index + 1}: ${a.problems.join(', ')}`),
  ];
  return points.length === 0 ? [] : ['## Review notes', '', ...points, ''];
}
