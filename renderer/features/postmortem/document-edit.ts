import type { BlameFinding, PostmortemDocument, PostmortemLocation, PostmortemReview } from './types';

/*
 * Pure edits of a postmortem draft: each returns a new document and leaves the old one alone, so the store can
 * compare drafts and the editor's rows never share state.
 */

export type ProseField = 'title' | 'summary' | 'impact' | 'trigger' | 'rootCause' | 'wentWell' | 'wentBadly' | 'gotLucky';
type Location = PostmortemLocation;

export function withField(document: PostmortemDocument, field: ProseField, text: string): PostmortemDocument {
  return { ...document, [field]: text };
}

/** Replaces entry `index` of a list (a list shorter than that grows with blanks, as the five whys do). */
export function withEntry<T>(list: readonly T[], index: number, value: T, blank: T): T[] {
  const copy = [...list];
  while (copy.length < index) copy.push(blank);
  copy[index] = value;
  return copy;
}

export function withoutEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The text a finding's location points at, or undefined when that entry no longer exists. */
export function textAt(document: PostmortemDocument, location: Location): string | undefined {
  switch (location.field) {
    case 'whys':
    case 'contributingFactors':
      return document[location.field][location.index];
    case 'timeline':
      return document.timeline[location.index]?.text;
    case 'actionItems': {
      const item = document.actionItems[location.index];
      return item && location.part !== 'type' ? item[location.part] : undefined;
    }
    default:
      return document[location.field];
  }
}

/** The document with the text at a location replaced. */
export function withTextAt(document: PostmortemDocument, location: Location, text: string): PostmortemDocument {
  switch (location.field) {
    case 'whys':
    case 'contributingFactors':
      return { ...document, [location.field]: withEntry(document[location.field], location.index, text, '') };
    case 'timeline': {
      const line = document.timeline[location.index];
      return line ? { ...document, timeline: withEntry(document.timeline, location.index, { ...line, text }, line) } : document;
    }
    case 'actionItems': {
      const item = document.actionItems[location.index];
      if (!item || location.part === 'type') return document;
      return { ...document, actionItems: withEntry(document.actionItems, location.index, { ...item, [location.part]: text }, item) };
    }
    default:
      return withField(document, location.field, text);
  }
}

/**
 * Applies a blame finding's suggested rewording: the blaming sentence, found around the flagged phrase, is replaced
 * by the suggestion. When the text has moved on since the review (the sentence is no longer where the finding says),
 * nothing changes: the next review flags what is there now.
 */
export function applySuggestion(document: PostmortemDocument, finding: BlameFinding): PostmortemDocument {
  const text = textAt(document, finding);
  if (text === undefined || text.slice(finding.start, finding.end) !== finding.phrase) return document;
  const sentenceStart = sentenceAround(text, finding);
  if (sentenceStart === undefined) return document;
  const replaced = text.slice(0, sentenceStart) + finding.suggestion + text.slice(sentenceStart + finding.sentence.length);
  return withTextAt(document, finding, replaced);
}

/**
 * Whether a suggestion is a sentence to put in place of the blaming one, or advice on how to rewrite it ("Describe
 * what in the system…", "…; describe the gap, not the person."): only a rewording is offered as a one-click fix.
 */
export function isRewording(suggestion: string): boolean {
  return !/^(?:describe|leave out|say|name|write)\b/i.test(suggestion) && !/;\s*describe\b/i.test(suggestion);
}

/** Where the finding's sentence starts in the text: the occurrence that contains the flagged phrase. */
function sentenceAround(text: string, finding: BlameFinding): number | undefined {
  if (finding.sentence === '') return undefined;
  for (let at = text.indexOf(finding.sentence); at >= 0; at = text.indexOf(finding.sentence, at + 1)) {
    if (at <= finding.start && finding.end <= at + finding.sentence.length) return at;
  }
  return undefined;
}

/** Does a finding sit at this location (same field, same entry, same part)? */
export function sameLocation(a: Location, b: Location): boolean {
  if (a.field !== b.field) return false;
  if ('index' in a && 'index' in b && a.index !== b.index) return false;
  if ('part' in a && 'part' in b && a.part !== b.part) return false;
  return true;
}

/** The blame findings for one location. */
export function blameAt(review: PostmortemReview | undefined, location: Location): BlameFinding[] {
  return (review?.blame ?? []).filter((finding) => sameLocation(finding, location));
}

/** The problems flagged on one action item ("no owner", "no type"…). */
export function actionItemProblems(review: PostmortemReview | undefined, index: number): string[] {
  return review?.actionItems.find((item) => item.index === index)?.problems ?? [];
}
