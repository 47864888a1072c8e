import type { IncidentSpec, ScriptedMessage } from '../../scenario/incident-schema';
import type { PEOPLE_ANCHORS, PEOPLE_UNLESS } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { parseDuration } from '../../sim/duration';
import type { Author, ChannelId, Question } from './types';

export type PeopleAnchor = (typeof PEOPLE_ANCHORS)[number];
export type PeopleCondition = (typeof PEOPLE_UNLESS)[number];

/** When each anchor first happened (absent: not yet). */
export type AnchorTimes = Partial<Record<PeopleAnchor, SimMillis>>;

/** What holds right now, for `unless`. */
export type PeopleFacts = {
  declared: boolean;
  updated: boolean;
  resolved: boolean;
  /** An alert or a page was acknowledged. */
  acknowledged: boolean;
  questions: readonly Question[];
};

/** Who speaks and where: stakeholders in the stakeholder channel, teammates in the incident channel, unless told. */
export type Speaker = { author: Author; channel: ChannelId };

/**
 * When a scripted message is due, or undefined while its moment has not come. `no_update_for` counts from the last
 * update, or from the first alert while there has been none (before any alert, nobody is waiting for news).
 */
export function scriptDueAt(entry: ScriptedMessage, anchors: AnchorTimes, lastUpdateAt: SimMillis | undefined): SimMillis | undefined {
  const when = entry.when;
  if ('at' in when) return parseDuration(when.at);
  if ('after' in when) {
    const anchor = anchors[when.after];
    return anchor === undefined ? undefined : ((anchor + parseDuration(when.delay)!) as SimMillis);
  }
  const since = lastUpdateAt ?? anchors['alert.fired'];
  return since === undefined ? undefined : ((since + parseDuration(when.no_update_for)!) as SimMillis);
}

/**
 * Whether all of a person's questions so far have been answered. Someone who has asked nothing has nothing
 * answered: `unless: [answered]` guards a chase-up, which only makes sense after a question.
 */
export function allAnswered(questions: readonly Question[], from: string): boolean {
  const theirs = questions.filter((q) => q.from === from);
  return theirs.length > 0 && theirs.every((q) => q.answeredAt !== undefined);
}

/** The first `unless` condition that holds now (the message is then cancelled for good), else undefined. */
export function cancelledBy(entry: ScriptedMessage, facts: PeopleFacts): PeopleCondition | undefined {
  return entry.unless.find((condition) => (condition === 'answered' ? allAnswered(facts.questions, entry.from) : facts[condition]));
}

/** The script entries whose time has come, in script order, skipping those already fired or cancelled. */
export function dueEntries(
  script: readonly ScriptedMessage[],
  done: ReadonlySet<string>,
  anchors: AnchorTimes,
  lastUpdateAt: SimMillis | undefined,
  now: SimMillis,
): ScriptedMessage[] {
  return script.filter((entry) => {
    if (done.has(entry.id)) return false;
    const due = scriptDueAt(entry, anchors, lastUpdateAt);
    return due !== undefined && due <= now;
  });
}

/** The author and channel of a scripted message (an unknown sender speaks as a stakeholder under their id). */
export function speakerOf(spec: IncidentSpec, entry: ScriptedMessage): Speaker {
  const teammate = spec.team.find((t) => t.id === entry.from);
  if (teammate) return { author: { kind: 'teammate', id: teammate.id, name: teammate.name }, channel: entry.channel ?? 'incident' };
  const stakeholder = spec.stakeholders.find((s) => s.id === entry.from);
  return { author: { kind: 'stakeholder', id: entry.from, name: stakeholder?.name ?? entry.from }, channel: entry.channel ?? 'stakeholders' };
}

/** When a question's follow-up is due (undefined: the entry has none). */
export function followUpDueAt(entry: ScriptedMessage, askedAt: SimMillis): SimMillis | undefined {
  return entry.follow_up ? ((askedAt + parseDuration(entry.follow_up.after)!) as SimMillis) : undefined;
}
