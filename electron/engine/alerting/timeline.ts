/**
 * When alerts would have been pending or firing over a span of time: what the rule editor's preview and
 * the alert-rule lab show. Times are unix ms; an open span has no `toMs`.
 */
import type { RuleHealth, RuleProblem } from './rules';

export type AlertSpan = { state: 'pending' | 'firing'; fromMs: number; toMs?: number };

/** One alert (rule name plus its label set) and the spans in which it was pending or firing. */
export type AlertTimeline = { rule: string; labels: Record<string, string>; spans: AlertSpan[] };

export type RuleSummary = { name: string; kind: 'alert' | 'record'; health: RuleHealth; lastError?: string };

/** A rule file evaluated over a past window of a drill, writing nothing into the drill. */
export type RulePreview =
  | { ok: true; fromMs: number; toMs: number; intervalMs: number; rules: RuleSummary[]; timelines: AlertTimeline[] }
  | { ok: false; problems: RuleProblem[] };

export type LabCheckId = 'recall' | 'no-false-positives' | 'for-duration' | 'annotations';
export type LabCheck = { id: LabCheckId; passed: boolean; points: number; max: number; detail: string };

/** The alert-rule lab's verdict on a learner's rule file for one scenario and seed. */
export type LabReport =
  | {
      ok: true;
      scenario: string;
      seed: number;
      startUnixMs: number;
      endUnixMs: number;
      /** When the scenario's (first non-red-herring) fault started, unix ms. */
      onsetMs: number;
      /** How soon after onset an alert must fire to count as recall. */
      withinMs: number;
      rules: RuleSummary[];
      /** Alert timelines with the fault, and in the fault-free baseline (same seed, red herrings kept). */
      fault: AlertTimeline[];
      baseline: AlertTimeline[];
      checks: LabCheck[];
      score: number;
      max: number;
    }
  | { ok: false; problems: RuleProblem[] };
