/**
 * The lab's checks of a learner's alerting rules, each worth fixed points (100 in all): does an alert
 * fire soon after the fault starts, does none fire without it, does every rule wait out a noisy scrape,
 * and does every page say what is wrong and where the runbook is.
 */
import type { AlertingRule } from '../rules';
import type { AlertTimeline, LabCheck, LabCheckId } from '../timeline';
import { clockTime, duration, list, times } from './text';

/** Points per check; they add up to 100. */
export const LAB_POINTS: Readonly<Record<LabCheckId, number>> = { recall: 40, 'no-false-positives': 30, 'for-duration': 15, annotations: 15 };

/** The shortest `for` that keeps a single noisy scrape (15s apart by default) from paging. */
export const MIN_FOR_MS = 60_000;

/** Annotations every page needs: what is wrong, and where to start. */
export const REQUIRED_ANNOTATIONS = ['summary', 'runbook_url'] as const;

export type CheckInput = {
  rules: readonly AlertingRule[];
  fault: readonly AlertTimeline[];
  baseline: readonly AlertTimeline[];
  onsetMs: number;
  withinMs: number;
};

type Firing = { rule: string; at: number };

/** Every moment an alert began firing, earliest first (ties by rule name, for a stable report). */
function firings(timelines: readonly AlertTimeline[]): Firing[] {
  return timelines
    .flatMap((tl) => tl.spans.filter((s) => s.state === 'firing').map((s) => ({ rule: tl.rule, at: s.fromMs })))
    .sort((a, b) => a.at - b.at || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

function check(id: LabCheckId, passed: boolean, detail: string): LabCheck {
  return { id, passed, points: passed ? LAB_POINTS[id] : 0, max: LAB_POINTS[id], detail };
}

function recall({ fault, onsetMs, withinMs }: CheckInput): LabCheck {
  const first = firings(fault).find((f) => f.at >= onsetMs);
  const limit = `limit ${duration(withinMs)}`;
  if (first === undefined) {
    const already = fault.find((tl) => tl.spans.some((s) => s.state === 'firing' && s.fromMs < onsetMs && (s.toMs === undefined || s.toMs > onsetMs)));
    const why = already ? `; ${already.rule} was already firing before it, so it told you nothing new` : '';
    return check('recall', false, `No alert began firing after the fault started at ${clockTime(onsetMs)} (${limit})${why}.`);
  }
  const after = duration(first.at - onsetMs);
  if (first.at - onsetMs <= withinMs) return check('recall', true, `${first.rule} fired ${after} after the fault started (${limit}).`);
  return check('recall', false, `${first.rule} fired ${after} after the fault started, too late (${limit}).`);
}

function noFalsePositives({ fault, baseline, onsetMs }: CheckInput): LabCheck {
  const inBaseline = firings(baseline);
  const early = firings(fault).filter((f) => f.at < onsetMs);
  if (inBaseline.length === 0 && early.length === 0) {
    return check('no-false-positives', true, 'No alert fired in the fault-free baseline, nor before the fault started.');
  }
  const parts: string[] = [];
  const first = (fs: Firing[]) => `${fs.length === 1 ? 'at' : 'first at'} ${clockTime(fs[0]!.at)} (${fs[0]!.rule})`;
  if (inBaseline.length > 0) parts.push(`Fired ${times(inBaseline.length)} in the fault-free baseline, ${first(inBaseline)}.`);
  if (early.length > 0) parts.push(`${parts.length > 0 ? 'Also fired' : 'Fired'} ${times(early.length)} before the fault started, ${first(early)}.`);
  return check('no-false-positives', false, parts.join(' '));
}

function forDuration({ rules }: CheckInput): LabCheck {
  const short = rules.filter((r) => r.forMs < MIN_FOR_MS);
  if (short.length === 0) return check('for-duration', true, `Every alerting rule waits at least ${duration(MIN_FOR_MS)} (for) before it fires.`);
  const names = list(short.map((r) => `${r.name} (for: ${duration(r.forMs)})`));
  const verb = short.length === 1 ? 'waits' : 'wait';
  return check('for-duration', false, `${names} ${verb} less than ${duration(MIN_FOR_MS)}: use for: ${duration(MIN_FOR_MS)} or more so a single noisy scrape cannot page.`);
}

function annotations({ rules }: CheckInput): LabCheck {
  const lacking = rules
    .map((r) => ({ name: r.name, missing: REQUIRED_ANNOTATIONS.filter((a) => (r.annotations[a] ?? '').trim() === '') }))
    .filter((r) => r.missing.length > 0);
  if (lacking.length === 0) return check('annotations', true, 'Every alerting rule has a summary and a runbook_url annotation.');
  return check('annotations', false, `${lacking.map((r) => `${r.name} lacks ${list(r.missing)}`).join('; ')}: a page should say what is wrong (summary) and where to start (runbook_url).`);
}

/** The four checks, in report order. */
export function labChecks(input: CheckInput): LabCheck[] {
  return [recall(input), noFalsePositives(input), forDuration(input), annotations(input)];
}
