import type { ErrorCause, Instance, ServiceState, World } from '../../../sim/world';
import { draw } from './network';

/** One HTTP exchange with a service, derived from world state at the moment it is made. */
export type HttpResponse = { status: number; reason: string; body: string; pod?: string; seconds: number; connectSeconds: number };

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The status an application answers with for each reason its requests fail. */
const STATUS_OF_CAUSE: Readonly<Record<ErrorCause['kind'], number>> = {
  application: 500,
  dependency: 502,
  timeout: 504,
  dns: 502,
  partition: 504,
  pool: 500,
  'database-down': 500,
  'too-many-clients': 500,
  'disk-full': 500,
  overload: 503,
  'rate-limit': 429,
};

const MESSAGE_OF_CAUSE: Readonly<Record<ErrorCause['kind'], (subject: string) => string>> = {
  application: () => 'internal error',
  dependency: (s) => `upstream ${s} returned an error`,
  timeout: (s) => `timeout calling ${s}`,
  dns: (s) => `dial tcp: lookup ${s}: no such host`,
  partition: (s) => `dial tcp ${s}: i/o timeout`,
  pool: (s) => `connection pool for ${s} exhausted: timed out after 30000ms`,
  'database-down': (s) => `connection to ${s} refused`,
  'too-many-clients': () => 'FATAL: sorry, too many clients already',
  'disk-full': () => 'no space left on device',
  overload: () => 'service overloaded',
  'rate-limit': () => 'rate limit exceeded',
};

/** The pod the ClusterIP's load balancing sends this request to (deterministic for the request). */
export function pickPod(world: World, service: ServiceState, key: string): Instance | undefined {
  const ready = service.instances.filter((i) => i.ready);
  return ready.length === 0 ? undefined : ready[Math.floor(draw(world, `pod:${key}`) * ready.length)];
}

/** The health of what a service calls, in its `/health` checks: "ok" or what goes wrong. */
export function dependencyChecks(world: World, service: ServiceState): Record<string, string> {
  const checks: Record<string, string> = {};
  for (const call of service.spec.calls) {
    if ('datastore' in call) {
      const store = world.datastores.get(call.datastore);
      if (!store) continue;
      checks[call.datastore] = !store.up ? 'connection refused' : store.refusedConnections > 0 ? 'too many clients' : store.waitingConnections > 1 ? 'connection pool exhausted' : store.lockWaitMs > 0 || store.queryFactor > 5 ? 'slow' : 'ok';
    } else if ('cache' in call) {
      const cache = world.caches.get(call.cache);
      if (cache) checks[call.cache] = cache.up ? 'ok' : 'connection refused';
    } else if ('service' in call) {
      const callee = world.services.get(call.service);
      if (!callee) continue;
      const name = call.service;
      checks[name] = callee.mods.dnsBroken
        ? 'no such host'
        : callee.mods.unreachable || world.partitions.has(`${service.spec.name}->${name}`)
          ? 'i/o timeout'
          : callee.errorRatio > 0.05
            ? `error rate ${(callee.errorRatio * 100).toFixed(0)}%`
            : 'ok';
    }
  }
  return checks;
}

/** A request to `path` on a service that accepted the connection. */
export function request(world: World, service: ServiceState, method: string, path: string, key: string): HttpResponse {
  const pod = pickPod(world, service, key);
  const base = pod?.latencySeconds ?? service.latencySeconds;
  const seconds = Math.max(0.0005, (base || service.spec.latency_ms / 1000) * (0.8 + 0.4 * draw(world, `latency:${key}`)));
  const connectSeconds = 0.0003 + 0.0004 * draw(world, `connect:${key}`);
  const respond = (status: number, body: string): HttpResponse => ({ status, reason: REASONS[status] ?? '', body, seconds: seconds + connectSeconds, connectSeconds, ...(pod ? { pod: pod.name } : {}) });
  const route = path.split('?')[0]!;
  if (route === '/health' || route === '/healthz') {
    const checks = dependencyChecks(world, service);
    const failing = Object.values(checks).some((v) => v !== 'ok');
    return failing ? respond(503, `${JSON.stringify({ status: 'degraded', checks })}\n`) : respond(200, '{"status":"ok"}\n');
  }
  const known = service.spec.routes.some((r) => r.path === route && (method === 'HEAD' || r.method === method)) || route === '/';
  if (!known) return respond(404, '{"error":"not found"}\n');
  const errorRatio = pod?.errorRatio ?? service.errorRatio;
  const u = draw(world, `status:${key}`);
  if (u >= errorRatio) return respond(200, route === '/' ? `{"service":"${service.spec.name}","version":"${pod?.version ?? ''}"}\n` : '{"ok":true}\n');
  // Which failure this request met: the pod's causes, in proportion to their shares.
  const causes = pod?.causes ?? [];
  let at = u;
  for (const cause of causes) {
    if (at < cause.ratio) return respond(STATUS_OF_CAUSE[cause.kind], `${JSON.stringify({ error: MESSAGE_OF_CAUSE[cause.kind](cause.subject ?? service.spec.name) })}\n`);
    at -= cause.ratio;
  }
  return respond(500, '{"error":"internal error"}\n');
}
