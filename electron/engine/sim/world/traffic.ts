/** Daily traffic shape: quieter at night, busiest mid-afternoon (UTC of the scenario's wall clock). */
export function dailyShape(unixMs: number): number {
  const hour = (unixMs / 3_600_000) % 24;
  return 1 + 0.35 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
}

/** Share of exponentially distributed latencies (mean `mean`) above `limit`: the calls a timeout cuts off. */
export function exceedance(mean: number, limit: number): number {
  return mean <= 0 ? 0 : Math.exp(-limit / mean);
}

/** Calls made per request when failed calls are retried: 1 + e + e² + … up to `retries` retries. */
export function retryFactor(errorRatio: number, retries: number): number {
  let factor = 1;
  let p = 1;
  for (let i = 0; i < retries; i++) {
    p *= errorRatio;
    factor += p;
  }
  return factor;
}

/** M/M/1-style queueing: latency grows sharply as utilisation nears 1 (capped so it stays finite). */
export function queueingFactor(utilisation: number): number {
  return 1 / (1 - Math.min(utilisation, 0.97));
}
