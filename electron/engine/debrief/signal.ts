import type { ScoringContext } from '../scoring';
import type { SimMillis } from '../sim/clock';

/** The chart's resolution: one point per Prometheus-style scrape interval. */
export const SIGNAL_STEP_MS = 15_000;

/**
 * The debrief signal over a run: the expression as an instant query at every 15 s step from the drill's start to
 * `endAt`, through the same PromQL engine and series store the scorer queries.
 *
 * An expression written as one ratio returns one series; if it returns several (a ratio kept per pod, say) the
 * worst one is the one the incident is about, so each step takes the maximum — never the sum, which would add
 * ratios into a number that means nothing. A step whose result is empty (no traffic yet, a 0/0 ratio) or only
 * NaN or infinite values (which JSON cannot carry) has no point, so the line shows a gap instead of a made-up zero.
 */
export function sampleSignal(query: ScoringContext['query'], promql: string, endAt: SimMillis): [number, number][] {
  const points: [number, number][] = [];
  for (let t = 0; t <= endAt; t += SIGNAL_STEP_MS) {
    let worst = Number.NEGATIVE_INFINITY;
    for (const sample of query(promql, t as SimMillis)) if (Number.isFinite(sample.value) && sample.value > worst) worst = sample.value;
    if (worst !== Number.NEGATIVE_INFINITY) points.push([t, worst]);
  }
  return points;
}
