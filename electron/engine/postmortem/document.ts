import type { ActionItem, PostmortemDocument, PostmortemTimelineLine } from './types';
import { ACTION_ITEM_TYPES, WHYS } from './types';

/** A postmortem with every section empty and the five whys offered. */
export function emptyPostmortem(): PostmortemDocument {
  return {
    title: '',
    summary: '',
    impact: '',
    timeline: [],
    trigger: '',
    rootCause: '',
    whys: Array.from({ length: WHYS }, () => ''),
    contributingFactors: [],
    wentWell: '',
    wentBadly: '',
    gotLucky: '',
    actionItems: [],
  };
}

/**
 * Reads anything as a postmortem: missing or mistyped fields become empty, so a saved event's payload from an
 * older or hand-edited log is checked rather than crashing the scorer.
 */
export function asPostmortemDocument(value: unknown): PostmortemDocument {
  const doc = record(value);
  return {
    title: text(doc.title),
    summary: text(doc.summary),
    impact: text(doc.impact),
    timeline: list(doc.timeline).map((line): PostmortemTimelineLine => ({ at: text(record(line).at), text: text(record(line).text) })),
    trigger: text(doc.trigger),
    rootCause: text(doc.rootCause),
    whys: list(doc.whys).slice(0, WHYS).map(text),
    contributingFactors: list(doc.contributingFactors).map(text),
    wentWell: text(doc.wentWell),
    wentBadly: text(doc.wentBadly),
    gotLucky: text(doc.gotLucky),
    actionItems: list(doc.actionItems).map((item): ActionItem => {
      const fields = record(item);
      const type = text(fields.type);
      return {
        title: text(fields.title),
        owner: text(fields.owner),
        due: text(fields.due),
        type: (ACTION_ITEM_TYPES as readonly string[]).includes(type) ? (type as ActionItem['type']) : '',
      };
    }),
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
