import type { Rng } from '../rng';
import type { ErrorCause, Instance, ServiceState, World } from '../world';
import type { EcsEvent } from './ecs';

/** One access-log line stands for this many requests (access logs are sampled; errors are not). */
const ACCESS_SAMPLING = 100;
/** Each pod logs at most this many errors a second; beyond it, one line says how many were suppressed. */
const ERROR_LINES_PER_SEC = 10;

const USER_AGENTS = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', 'okhttp/4.12.0', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36'];

function base(world: World, service: ServiceState, instance: Instance, rng: Rng): EcsEvent {
  return {
    '@timestamp': new Date(world.startUnixMs + world.now - rng.int(1000)).toISOString(),
    'ecs.version': '8.11.0',
    'log.level': 'info',
    message: '',
    'event.dataset': `${service.spec.name}.log`,
    'service.name': service.spec.name,
    'service.version': instance.version,
    'service.environment': 'production',
    'host.name': instance.name,
    'kubernetes.namespace': service.spec.namespace,
    'kubernetes.pod.name': instance.name,
    'orchestrator.type': 'kubernetes',
    'trace.id': rng.hex(32),
    'transaction.id': rng.hex(16),
  };
}

/** What a failed request's error line says, by cause, in the words real clients and frameworks use. */
function describe(world: World, service: ServiceState, cause: ErrorCause, route: string): { type: string; message: string; status: number; stack?: string } {
  const subject = cause.subject ?? '';
  switch (cause.kind) {
    case 'application':
      return {
        type: 'java.lang.IllegalStateException',
        message: `Unhandled exception processing ${route}: order total is null`,
        status: 500,
        stack: stackTrace(service.spec.name, 'IllegalStateException: order total is null'),
      };
    case 'dependency':
      return { type: 'UpstreamError', message: `upstream ${subject} returned 503 Service Unavailable`, status: 502 };
    case 'timeout':
      return { type: 'TimeoutException', message: `context deadline exceeded calling ${subject}`, status: 504 };
    case 'dns': {
      const ns = world.services.get(subject)?.spec.namespace ?? 'default';
      return { type: 'UnknownHostException', message: `dial tcp: lookup ${subject}.${ns}.svc.cluster.local on 10.96.0.10:53: no such host`, status: 502 };
    }
    case 'partition':
      return { type: 'ConnectTimeoutException', message: `dial tcp ${subject}:8080: i/o timeout`, status: 504 };
    case 'pool':
      return {
        type: 'java.sql.SQLTransientConnectionException',
        message: `HikariPool-1 - Connection is not available, request timed out after 30000ms (${subject})`,
        status: 500,
        stack: stackTrace(service.spec.name, `SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms`),
      };
    case 'database-down':
      return { type: 'org.postgresql.util.PSQLException', message: `Connection to ${subject}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`, status: 500 };
    case 'too-many-clients':
      return { type: 'org.postgresql.util.PSQLException', message: 'FATAL: sorry, too many clients already', status: 500 };
    case 'disk-full':
      return { type: 'java.io.IOException', message: 'No space left on device', status: 500 };
    case 'overload':
      return { type: 'RejectedExecutionException', message: 'request queue full: all worker threads busy', status: 503 };
    case 'rate-limit':
      return { type: 'RateLimited', message: 'rate limit exceeded', status: 429 };
  }
}

function stackTrace(service: string, head: string): string {
  const pkg = `com.example.${service.replace(/-/g, '')}`;
  return [
    `java.lang.${head}`,
    `\tat ${pkg}.OrderService.total(OrderService.java:142)`,
    `\tat ${pkg}.OrderController.create(OrderController.java:58)`,
    '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
    '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)',
  ].join('\n');
}

/** Access logs (sampled) and every error (rate-limited per pod) for one tick of one service. */
export function requestLogs(world: World, service: ServiceState, dtSec: number, rng: Rng): EcsEvent[] {
  const events: EcsEvent[] = [];
  const totalWeight = service.spec.routes.reduce((s, r) => s + r.weight, 0);
  const pickRoute = () => {
    let x = rng.next() * totalWeight;
    for (const route of service.spec.routes) if ((x -= route.weight) <= 0) return route;
    return service.spec.routes[0]!;
  };
  for (const instance of service.instances) {
    if (!instance.ready || instance.rps <= 0) continue;
    const expected = (instance.rps * dtSec) / ACCESS_SAMPLING;
    const lines = Math.floor(expected) + (rng.next() < expected % 1 ? 1 : 0);
    for (let i = 0; i < lines; i++) {
      const route = pickRoute();
      const ms = Math.max(1, Math.round(instance.latencySeconds * 1000 * -Math.log(1 - rng.next() * 0.999)));
      events.push({
        ...base(world, service, instance, rng),
        message: `${route.method} ${route.path} 200 ${ms}ms`,
        'log.logger': 'access',
        'event.category': ['web'],
        'event.type': ['access'],
        'event.outcome': 'success',
        'event.duration': ms * 1_000_000,
        'http.request.method': route.method,
        'http.response.status_code': 200,
        'url.path': route.path,
        'client.ip': `10.244.${rng.int(8)}.${1 + rng.int(250)}`,
        'user_agent.original': USER_AGENTS[rng.int(USER_AGENTS.length)]!,
      });
    }
    for (const cause of instance.causes) {
      const count = instance.rps * dtSec * cause.ratio;
      const whole = Math.floor(count) + (rng.next() < count % 1 ? 1 : 0);
      const logged = Math.min(whole, Math.ceil(ERROR_LINES_PER_SEC * dtSec));
      for (let i = 0; i < logged; i++) {
        const route = pickRoute();
        const error = describe(world, service, cause, route.path);
        events.push({
          ...base(world, service, instance, rng),
          'log.level': error.status === 429 ? 'warn' : 'error',
          message: `${route.method} ${route.path} ${error.status}: ${error.message}`,
          'log.logger': error.stack ? 'com.example.web.ErrorHandler' : 'http',
          'event.category': ['web'],
          'event.type': ['error'],
          'event.outcome': 'failure',
          'http.request.method': route.method,
          'http.response.status_code': error.status,
          'url.path': route.path,
          'error.type': error.type,
          'error.message': error.message,
          ...(error.stack ? { 'error.stack_trace': error.stack } : {}),
        });
      }
      if (whole > logged) {
        events.push({ ...base(world, service, instance, rng), 'log.level': 'warn', message: `${whole - logged} similar ${whole - logged === 1 ? 'error' : 'errors'} suppressed (${cause.kind}${cause.subject ? ` ${cause.subject}` : ''})`, 'log.logger': 'ratelimit' });
      }
    }
  }
  return events;
}
