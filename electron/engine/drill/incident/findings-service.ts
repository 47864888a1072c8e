import { percent, quote, rate, seconds } from './findings-format';
import type { TaskReport, WorldProbe } from './ports';

/** The share of requests answered 5xx per service over the last 5 minutes (the scenarios' recording rule). */
export const ERROR_RATIO_BY_SERVICE =
  'sum by (service) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (service) (rate(http_requests_total[5m]))';

/** Above this 5xx ratio a service is not healthy (the bundled alerts page at 2–5%). */
const ERROR_RATIO_UNHEALTHY = 0.01;
/**
 * Latency is judged against the service's own p99 an hour earlier, as an engineer compares with the graph's
 * left edge: a payments call through a card gateway is slow every day. Twice that (and at least a quarter
 * second more) is a problem; without history to compare, above one second is.
 */
const P99_FACTOR = 2;
const P99_MARGIN_S = 0.25;
const P99_ABSOLUTE_S = 1;

export type ServiceRatio = { service: string; ratio: number };

/** Every service's 5xx ratio, worst first (a service with no traffic has no ratio and is left out). */
export function errorRatios(probe: WorldProbe): ServiceRatio[] {
  return probe
    .query(ERROR_RATIO_BY_SERVICE)
    .filter((s) => s.metric.service !== undefined && Number.isFinite(s.value))
    .map((s) => ({ service: s.metric.service!, ratio: s.value }))
    .sort((a, b) => b.ratio - a.ratio || (a.service < b.service ? -1 : 1));
}

/** What to look at when the task named nothing: the service failing most, else the first one the world lists. */
export function worstService(probe: WorldProbe): string | undefined {
  return errorRatios(probe)[0]?.service ?? [...probe.world.services.values()].find((s) => !s.spec.external)?.spec.name;
}

/** A service's errors, latency and traffic over the last 5 minutes, against the other services'. */
export function checkService(probe: WorldProbe, target: string | undefined): TaskReport {
  const ratios = errorRatios(probe);
  const service = target ?? worstService(probe);
  if (!service) return { text: 'There are no services to look at.', queries: [ERROR_RATIO_BY_SERVICE] };
  const p99Query = `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service=${quote(service)}}[5m])))`;
  const baselineQuery = `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service=${quote(service)}}[5m] offset 1h)))`;
  const rpsQuery = `sum(rate(http_requests_total{service=${quote(service)}}[5m]))`;
  const queries = [ERROR_RATIO_BY_SERVICE, p99Query, baselineQuery, rpsQuery];
  const ratio = ratios.find((r) => r.service === service)?.ratio;
  const p99 = probe.query(p99Query)[0]?.value ?? NaN;
  const baseline = probe.query(baselineQuery)[0]?.value ?? NaN;
  const rps = probe.query(rpsQuery)[0]?.value ?? 0;
  if (ratio === undefined || rps === 0) return { text: `${service} served no requests in the last 5m — it is down or gets no traffic.`, queries };
  const others = ratios.filter((r) => r.service !== service);
  const worstOther = others[0];
  const context =
    worstOther === undefined ? '' : worstOther.ratio < ERROR_RATIO_UNHEALTHY ? ' (others below 1%)' : ` (next worst: ${worstOther.service} ${percent(worstOther.ratio)})`;
  const then = Number.isFinite(baseline) ? ` (${seconds(baseline)} an hour ago)` : '';
  const numbers = `5xx ratio ${percent(ratio)} over the last 5m${context}; p99 ${seconds(p99)}${then} at ${rate(rps)}`;
  const healthy = ratio < ERROR_RATIO_UNHEALTHY && !slow(p99, baseline);
  const verdict = healthy ? `${service} looks healthy: ${numbers}.` : `${service} is unhealthy: ${numbers}.`;
  const lead = target ? '' : healthy ? `No service stands out; the highest 5xx ratio is ${service}'s. ` : `The worst service is ${service}. `;
  return { text: `${lead}${verdict}`, queries };
}

function slow(p99: number, baseline: number): boolean {
  if (!Number.isFinite(p99)) return false;
  if (!Number.isFinite(baseline)) return p99 > P99_ABSOLUTE_S;
  return p99 > baseline * P99_FACTOR && p99 > baseline + P99_MARGIN_S;
}
