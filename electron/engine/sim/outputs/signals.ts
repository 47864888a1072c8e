import type { SeriesStore } from '../../tsdb';
import type { World } from '../world';

/**
 * Per-service signals under recording-rule names (`level:metric:operation`), written as a rule evaluation
 * would: the thin threshold alerts and the first dashboard read these until PromQL recording rules replace them.
 */
export const SIGNAL_METRICS = {
  requests_per_second: 'service:http_requests:rate1m',
  error_ratio: 'service:http_request_errors:ratio_rate1m',
  latency_p99_seconds: 'service:http_request_duration_seconds:p99',
} as const;

export type Signal = keyof typeof SIGNAL_METRICS;

export function writeSignals(store: SeriesStore, world: World, t: number, refs: Map<string, number[]>): void {
  for (const service of world.services.values()) {
    if (service.spec.external) continue;
    let slots = refs.get(service.spec.name);
    if (!slots) {
      slots = Object.values(SIGNAL_METRICS).map((name) => store.ref({ __name__: name, service: service.spec.name }));
      refs.set(service.spec.name, slots);
    }
    store.append(slots[0]!, t, service.rps);
    store.append(slots[1]!, t, service.errorRatio);
    // p99 of an exponential latency distribution is mean × ln(100).
    store.append(slots[2]!, t, service.latencySeconds * Math.log(100));
  }
}
