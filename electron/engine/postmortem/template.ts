import type { TimelineEntry } from '../drill/incident/types';
import { emptyPostmortem } from './document';
import type { PostmortemDocument, PostmortemTimelineLine } from './types';

export type TemplateMeta = { title: string; services: readonly string[]; severity?: string };

/**
 * A blank blameless postmortem whose timeline is the living incident document's, oldest first, at wall-clock
 * times (HH:MM:SS UTC). Only what the learner already wrote or saw is filled in (the title they declared, the
 * severity, the timeline); every analysis section stays empty, so the template hints at no answer. Hints the
 * learner asked for are coaching, not incident history, and stay out of the timeline.
 */
export function postmortemTemplate(entries: readonly TimelineEntry[], startUnixMs: number, meta: TemplateMeta): PostmortemDocument {
  const timeline = [...entries]
    .filter((entry) => entry.kind !== 'hint')
    .sort((a, b) => a.at - b.at)
    .map((entry): PostmortemTimelineLine => ({ at: wallClock(startUnixMs, entry.at), text: entry.author.trim() === '' ? entry.text : `${entry.author}: ${entry.text}` }));
  return { ...emptyPostmortem(), title: titleOf(meta), timeline };
}

/** "Checkout payments failing (SEV2)"; without a declared title, the services it was about. */
function titleOf(meta: TemplateMeta): string {
  const base = meta.title.trim() !== '' ? meta.title.trim() : meta.services.length > 0 ? `Incident on ${meta.services.join(', ')}` : 'Incident';
  return meta.severity !== undefined && meta.severity.trim() !== '' ? `${base} (${meta.severity.trim()})` : base;
}

/** HH:MM:SS of the wall-clock time sim time `at` stands for, in UTC. */
export function wallClock(startUnixMs: number, at: number): string {
  const date = new Date(startUnixMs + at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(11, 19);
}
