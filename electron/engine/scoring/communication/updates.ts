import type { Author, ChannelId, StructuredUpdate } from '../../drill/incident/types';
import { parseDuration } from '../../sim/duration';
import type { ScoringContext } from '../context';
import { evidenceFor } from './facts';

/** One update as the room posted it (to one or both channels), by the learner or a teammate. */
export type PostedUpdate = {
  at: number;
  author: Author;
  update: StructuredUpdate;
  channels: ChannelId[];
  /** The learner's action that posted it, or the assignment that asked a teammate for it. */
  evidence: number[];
};

/**
 * Every update in the room, in posting order. An update sent to both channels is two messages at the same moment
 * from the same author with the same fields: it counts once.
 */
export function postedUpdates(context: ScoringContext): PostedUpdate[] {
  const updates: PostedUpdate[] = [];
  for (const message of context.incident.messages) {
    if (message.kind !== 'update' || message.update === undefined) continue;
    const last = updates.at(-1);
    if (last && last.at === message.at && sameAuthor(last.author, message.author) && !last.channels.includes(message.channel) && sameUpdate(last.update, message.update)) {
      last.channels.push(message.channel);
      continue;
    }
    updates.push({ at: message.at, author: message.author, update: message.update, channels: [message.channel], evidence: evidenceFor(context, message) });
  }
  return updates;
}

function sameUpdate(a: StructuredUpdate, b: StructuredUpdate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameAuthor(a: Author, b: Author): boolean {
  return a.kind === b.kind && a.name === b.name;
}

/** "by Lee Okafor " for a teammate's update; nothing for the learner's own (the learner reads "the update at …"). */
export function byWhom(update: PostedUpdate): string {
  return update.author.kind === 'learner' ? '' : ` by ${update.author.name}`;
}

/** Why the update's next-update time is missing or unusable, or undefined when it promises one ("15m"). */
export function nextUpdateProblem(update: StructuredUpdate): string | undefined {
  const promised = (update.nextUpdateIn ?? '').trim();
  if (promised === '') return 'no next-update time';
  return parseDuration(promised) === undefined ? `a next-update time that is not a duration ("${promised}")` : undefined;
}

/**
 * Whether the update's impact or text names what is affected: a service or datastore of the world, a status-page component,
 * or a service the declaration listed ("checkouts fail" names checkout; "orders db" names orders-db).
 */
export function namesScope(context: ScoringContext, update: StructuredUpdate): boolean {
  const text = `${update.impact ?? ''} ${update.text ?? ''}`;
  return scopeNames(context).some((name) => mentions(text, name));
}

function scopeNames(context: ScoringContext): string[] {
  const spec = context.scenario.doc.incident;
  const names = [
    ...context.scenario.doc.world.services.map((s) => s.name),
    ...context.scenario.doc.world.datastores.map((d) => d.name),
    ...spec.components.map((c) => c.name),
    ...context.incident.statusPage.components.map((c) => c.name),
    ...context.incident.services,
  ];
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ''))];
}

/** A whole-word, case-insensitive mention; a plural or singular form and a space for a dash count too. */
function mentions(text: string, name: string): boolean {
  const stem = name.length > 3 && name.endsWith('s') ? name.slice(0, -1) : name;
  const words = stem.split(/[-\s]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w-])${words.join('[-\\s]')}s?(?![\\w-])`, 'i').test(text);
}
