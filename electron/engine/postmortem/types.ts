import type { SimMillis } from '../sim/clock';

/** Google SRE's action-item types: stop it happening again, see it sooner, limit the damage, fix how we work. */
export const ACTION_ITEM_TYPES = ['prevent', 'detect', 'mitigate', 'process'] as const;
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number];

/** How many "why?" steps the root-cause section offers (the five whys). */
export const WHYS = 5;

/** One follow-up: what, who owns it, by when (an ISO date, YYYY-MM-DD) and which kind of fix it is. */
export type ActionItem = {
  title: string;
  owner: string;
  due: string;
  /** '' while the learner has not chosen one: flagged, never rejected. */
  type: ActionItemType | '';
};

/** One line of the postmortem's timeline: a wall-clock time as the learner wrote it (HH:MM or HH:MM:SS UTC) and what happened. */
export type PostmortemTimelineLine = { at: string; text: string };

/**
 * A blameless postmortem as the learner writes it. Every field may be empty: an incomplete postmortem is saved
 * and scored with feedback, never rejected.
 */
export type PostmortemDocument = {
  title: string;
  summary: string;
  impact: string;
  timeline: PostmortemTimelineLine[];
  /** What set the incident off (the deploy, the traffic spike…). */
  trigger: string;
  rootCause: string;
  /** The five whys, in order; at most WHYS entries. */
  whys: string[];
  contributingFactors: string[];
  wentWell: string;
  wentBadly: string;
  gotLucky: string;
  actionItems: ActionItem[];
};

/** The prose fields blame language is looked for in (and the ones "empty" can name). */
export const POSTMORTEM_TEXT_FIELDS = ['title', 'summary', 'impact', 'trigger', 'rootCause', 'wentWell', 'wentBadly', 'gotLucky'] as const;
export type PostmortemTextField = (typeof POSTMORTEM_TEXT_FIELDS)[number];

/** Where in the document a finding is: a prose field, or one entry of a list field. */
export type PostmortemLocation =
  | { field: PostmortemTextField }
  | { field: 'whys' | 'contributingFactors'; index: number }
  | { field: 'timeline'; index: number }
  | { field: 'actionItems'; index: number; part: 'title' | 'owner' | 'due' | 'type' };

/** A blaming sentence: where, the phrase that blames, and a blameless way to say it. */
export type BlameFinding = PostmortemLocation & {
  /** The phrase as written, and its character range in that field's text (for inline highlighting). */
  phrase: string;
  start: number;
  end: number;
  /** The whole sentence the phrase stands in. */
  sentence: string;
  /** A suggested rewording that describes the system, not the person. */
  suggestion: string;
};

/** How the learner's text compares with one part of the scenario's truth. */
export type TruthMatch = {
  /** The truth's id ('root-cause', 'trigger', or a contributing factor's id) and its label for feedback. */
  id: string;
  label: string;
  matched: boolean;
  /** Per synonym group of the truth: the phrase the learner used, or undefined when none of the group's phrases appear. */
  groups: (string | undefined)[];
  /** Where it was found (a contributing factor may be named in any factor, the root cause or the whys). */
  foundIn?: PostmortemLocation;
  /** One sentence of feedback: "root cause names the deploy ✓ but not the null order total". */
  feedback: string;
};

/** Everything the checks say about one postmortem, against the scenario's truth. */
export type PostmortemReview = {
  rootCause: TruthMatch | undefined;
  trigger: TruthMatch | undefined;
  contributingFactors: TruthMatch[];
  blame: BlameFinding[];
  /** Per action item that has a problem: which, and why ("no owner", "no type", "due date 2026-13-01 is not a date"). */
  actionItems: { index: number; problems: string[] }[];
  /** Sections left empty (prose fields by name, 'whys', 'contributingFactors', 'timeline', 'actionItems'). */
  empty: string[];
  /** Counts the UI and the rubric use. */
  whysAnswered: number;
};

/** What the host keeps of a saved postmortem: the document, and when (sim time) and which save it was. */
export type PostmortemSave = { document: PostmortemDocument; savedAt: SimMillis; seq: number };
