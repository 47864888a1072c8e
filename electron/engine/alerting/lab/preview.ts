/**
 * "Test this rule against the last hour": a rule file evaluated over a past window of a drill's series,
 * with its recording rules and ALERTS written to a scratch store layered over the drill's, never into it.
 * As for a rule Prometheus has just loaded, `for` state starts empty at the window's start.
 */
import { SeriesStore, storeQueryable } from '../../tsdb';
import { mergeQueryables } from '../../tsdb/merge-queryable';
import { parseRuleFile } from '../rules';
import type { RulePreview } from '../timeline';
import { RuleRunner } from './rule-runner';

export type PreviewOptions = {
  /** The drill's series (read only). */
  store: SeriesStore;
  /** Unix ms of the store's zero (the drill's start): evaluation grids are counted from it, as in the drill. */
  epochMs: number;
  fromMs: number;
  toMs: number;
  /** Evaluation interval of groups without their own `interval`. */
  intervalMs: number;
  /** Names the file in problems. */
  file?: string;
};

/** At most this many evaluations of one group per preview (Prometheus's limit on points in a range query). */
export const MAX_PREVIEW_EVALUATIONS = 11_000;

/** Evaluates the rule file `text` at every interval step in [fromMs, toMs] (unix ms) against the drill's series. */
export function previewRules(text: string, opts: PreviewOptions): RulePreview {
  const file = opts.file ?? 'rules.yml';
  const parsed = parseRuleFile(text, file);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (!(opts.intervalMs > 0)) return { ok: false, problems: [{ file, reason: `evaluation interval must be positive, got ${opts.intervalMs}ms` }] };
  const scratch = new SeriesStore();
  const runner = new RuleRunner(
    parsed.groups,
    {
      queryable: mergeQueryables(storeQueryable(opts.store, opts.epochMs), storeQueryable(scratch, opts.epochMs)),
      append: (labels, tMs, value) => scratch.append(scratch.ref(labels), tMs - opts.epochMs, value),
    },
    opts.epochMs,
    opts.intervalMs,
  );
  const busiest = runner.maxEvaluations(opts.fromMs, opts.toMs);
  if (busiest.count > MAX_PREVIEW_EVALUATIONS) {
    const reason = `the window needs ${busiest.count} evaluations of group ${busiest.group}; at most ${MAX_PREVIEW_EVALUATIONS} (shorten the window or lengthen the interval)`;
    return { ok: false, problems: [{ file, group: busiest.group, reason }] };
  }
  for (const t of runner.dueTimes(opts.fromMs, opts.toMs)) runner.evalDue(t);
  return { ok: true, fromMs: opts.fromMs, toMs: opts.toMs, intervalMs: opts.intervalMs, rules: runner.rules(), timelines: runner.timelines() };
}
