import type { SimMillis } from './clock';
import type { Rng } from './rng';
import type { World } from './world';

/** A log event in Elastic Common Schema field names (flattened dotted keys). */
export type EcsEvent = {
  '@timestamp': string;
  'log.level': 'info' | 'warn' | 'error';
  message: string;
  'service.name': string;
  'service.version': string;
  'host.name': string;
  'trace.id': string;
  'http.request.method': string;
  'url.path': string;
  'http.response.status_code': number;
  'event.duration': number;
  'error.message'?: string;
  'error.type'?: string;
};

/** Access logs are sampled: one line stands for this many requests. */
const ACCESS_LOG_SAMPLING = 200;

const ROUTES = [
  { method: 'GET', path: '/api/cart' },
  { method: 'POST', path: '/api/checkout' },
  { method: 'GET', path: '/api/orders' },
  { method: 'GET', path: '/healthz' },
];

/** Emits the log events one tick of traffic produces, derived from each service's current signals. */
export function generateLogEvents(world: World, t: SimMillis, tickMs: number, rng: Rng): EcsEvent[] {
  const events: EcsEvent[] = [];
  const timestamp = new Date(world.startUnixMs + t).toISOString();
  for (const service of world.services.values()) {
    const { requests_per_second: rps, error_ratio, latency_p99_seconds } = service.signals;
    const expected = (rps * tickMs) / 1000 / ACCESS_LOG_SAMPLING;
    const count = Math.floor(expected) + (rng.next() < expected % 1 ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const instance = service.instances[rng.int(service.instances.length)]!;
      const route = ROUTES[rng.int(ROUTES.length)]!;
      const failed = rng.next() < error_ratio;
      const fault = failed
        ? world.faults.find((f) => f.startedAt !== undefined && f.spec.service === service.spec.name && f.spec.deploy_version === instance.version)
        : undefined;
      const durationNs = Math.round(latency_p99_seconds * (0.3 + 0.7 * rng.next()) * 1e9);
      const status = failed ? 500 : 200;
      const base = {
        '@timestamp': timestamp,
        'service.name': service.spec.name,
        'service.version': instance.version,
        'host.name': instance.name,
        'trace.id': rng.hex(32),
        'http.request.method': route.method,
        'url.path': route.path,
        'http.response.status_code': status,
        'event.duration': durationNs,
      };
      if (failed) {
        const reason = fault?.spec.log_message ?? 'upstream request failed';
        events.push({
          ...base,
          'log.level': 'error',
          message: `${route.method} ${route.path} ${status}: ${reason}`,
          'error.type': fault ? 'ApplicationError' : 'UpstreamError',
          'error.message': reason,
        });
      } else {
        events.push({ ...base, 'log.level': 'info', message: `${route.method} ${route.path} ${status} ${Math.round(durationNs / 1e6)}ms` });
      }
    }
  }
  return events;
}
