import { judgeText } from '../scoring/text-match';
import type { PostmortemLocation, TruthMatch } from './types';

/** A piece of the learner's text and where it stands in the document. */
export type Place = { location: PostmortemLocation; text: string };

/** One part of the scenario's truth: its id and label for feedback, and the synonym groups that show it was found. */
export type TruthPart = { id: string; label: string; require: readonly (readonly string[])[] };

/**
 * Compares the learner's text with one part of the truth. A place that names every synonym group on its own is
 * where the part was found; with `combine`, the places read together count too (a root cause spread over the
 * root-cause field and its whys). Feedback quotes what the learner wrote, never the missing phrases, so it does not
 * give the answer away.
 */
export function matchTruth(part: TruthPart, places: readonly Place[], options: { combine?: boolean; missingLabel?: string } = {}): TruthMatch {
  const written = places.filter((p) => p.text.trim() !== '');
  for (const place of written) {
    const groups = judgeText(place.text, part.require, []).groups;
    if (groups.every((g) => g !== undefined)) return result(part, groups, place.location, options.missingLabel);
  }
  // What the learner named anywhere: for a combined match, and otherwise for feedback on what is still missing.
  const perPlace = written.map((p) => judgeText(p.text, part.require, []).groups);
  const groups = part.require.map((_, i) => perPlace.map((g) => g[i]).find((phrase) => phrase !== undefined));
  if (options.combine === true && groups.every((g) => g !== undefined)) {
    const first = written.find((_, i) => perPlace[i]!.some((g) => g !== undefined))!;
    return result(part, groups, first.location, options.missingLabel);
  }
  return result(part, groups, undefined, options.missingLabel);
}

function result(part: TruthPart, groups: (string | undefined)[], foundIn: PostmortemLocation | undefined, missingLabel: string | undefined): TruthMatch {
  const matched = foundIn !== undefined;
  const base = { id: part.id, label: part.label, matched, groups, ...(matched ? { foundIn } : {}) };
  return { ...base, feedback: feedbackFor(part, groups, foundIn, missingLabel) };
}

/**
 * "root cause: names “release” and “order total” in the root cause ✓", "root cause names “deploy” but not yet
 * what in it failed (1 of 2 key ideas missing)", "root cause: nothing names it yet".
 */
function feedbackFor(part: TruthPart, groups: (string | undefined)[], foundIn: PostmortemLocation | undefined, missingLabel: string | undefined): string {
  const named = groups.filter((g): g is string => g !== undefined).map((g) => `“${g}”`);
  if (foundIn !== undefined) return `${part.label.replace(/[.\s]+$/u, '')}: names ${listed(named)} in ${locationName(foundIn)} ✓`;
  // An unmatched contributing factor is not named by its label: the label would be the answer.
  const label = missingLabel ?? part.label;
  const missing = groups.length - named.length;
  if (named.length === 0) return `${label}: nothing names it yet`;
  if (missing === 0) return `${label} names ${listed(named)}, but in different places: say it in one`;
  return `${label} names ${listed(named)} but not yet all of it (${missing} of ${groups.length} key ${groups.length === 1 ? 'idea' : 'ideas'} missing)`;
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const FIELD_NAMES: Record<string, string> = {
  title: 'the title',
  summary: 'the summary',
  impact: 'the impact',
  trigger: 'the trigger',
  rootCause: 'the root cause',
  wentWell: 'what went well',
  wentBadly: 'what went badly',
  gotLucky: 'where we got lucky',
};

/** A location as feedback says it: "the root cause", "why 3", "contributing factor 2", "action item 1's owner". */
export function locationName(location: PostmortemLocation): string {
  switch (location.field) {
    case 'whys':
      return `why ${location.index + 1}`;
    case 'contributingFactors':
      return `contributing factor ${location.index + 1}`;
    case 'timeline':
      return `timeline line ${location.index + 1}`;
    case 'actionItems':
      return `action item ${location.index + 1}'s ${location.part}`;
    default:
      return FIELD_NAMES[location.field] ?? location.field;
  }
}
