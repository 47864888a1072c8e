import type { DrillEvent } from '../../engine/drill';

/** One message the learner sent from the incident room, as the report quotes it. */
export type Excerpt = { seq: number; t: number; kind: string; text: string };

const UPDATE_FIELDS = ['kind', 'severity', 'status', 'impact', 'actions', 'nextUpdateIn', 'text'] as const;

/** The updates, chat posts and status-page drafts of the attempt, in log order. */
export function communicationExcerpts(events: readonly DrillEvent[]): Excerpt[] {
  const excerpts: Excerpt[] = [];
  for (const e of events) {
    const p = (typeof e.payload === 'object' && e.payload !== null ? e.payload : {}) as Record<string, unknown>;
    if (e.type === 'incident.update') {
      const update = (p.update ?? {}) as Record<string, unknown>;
      const fields = UPDATE_FIELDS.filter((f) => typeof update[f] === 'string' && update[f] !== '').map((f) => `${f}: ${String(update[f])}`);
      const channels = Array.isArray(p.channels) ? ` to ${p.channels.join(', ')}` : '';
      excerpts.push({ seq: e.seq, t: e.t, kind: `status update${channels}`, text: fields.join('\n') });
    } else if (e.type === 'chat.post' && typeof p.text === 'string') {
      excerpts.push({ seq: e.seq, t: e.t, kind: `chat in ${String(p.channel)}`, text: p.text });
    } else if (e.type === 'statuspage.update' && typeof p.draft === 'string') {
      excerpts.push({ seq: e.seq, t: e.t, kind: p.publish === true ? 'status page (published)' : 'status page (draft)', text: p.draft });
    }
  }
  return excerpts;
}
