import { describe, expect, it } from 'vitest';
import { FAULTS } from '../../sim/faults/registry';
import type { World } from '../../sim/world';
import { estate } from './estate';
import { runScript } from './script';
import { terminalDrill } from './transcript-kit';

/**
 * One diagnosis-and-mitigation session per fault kind, from the terminal alone: the fault starts, the
 * learner runs what shows its cause, then the mitigation; the sim runs on, and the fault must be cleared
 * (by the world or by the scenario's `cleared_by`) and a symptom recovered. Scripts: see script.ts.
 */
type Transcript = {
  /** The fault, started at 1m on the estate (id "f"). */
  fault: { kind: string; target: string; params?: Record<string, unknown>; cleared_by?: { operation: string; target?: string }[] };
  script: string;
  recovered: (world: World) => boolean;
};

const api = (w: World) => w.services.get('api')!;
const orders = (w: World) => w.datastores.get('orders-db')!;
const calmApi = (w: World) => api(w).errorRatio < 0.01 && api(w).latencySeconds < 0.3;
const RELEASE = { version: 'v1.1.0', author: 'sam', summary: 'checkout: new pricing path' };

const TRANSCRIPTS: Record<string, Transcript> = {
  'bad-deploy': {
    fault: { kind: 'bad-deploy', target: 'api', params: { ...RELEASE, error_ratio: 0.3 } },
    script: `
      @2m
      $ kubectl rollout history deployment/api
      ~ ^3 +checkout: new pricing path \\(sam\\)$
      $ curl -s -o /dev/null -w "%{http_code}\\n" http://api/api/items
      % kubectl rollout undo deployment/api
      ~ ^deployment.apps/api rolled back$
      @4m`,
    recovered: calmApi,
  },
  'crash-loop': {
    fault: { kind: 'crash-loop', target: 'api', params: RELEASE },
    script: `
      @2m
      $ kubectl get pods -l app=api
      ~ (CrashLoopBackOff|Error) +\\d+ \\(
      % kubectl rollout undo deployment/api
      @4m
      $ kubectl rollout status deployment/api
      ~ successfully rolled out`,
    recovered: (w) => api(w).rollout === undefined && api(w).instances.every((i) => i.status === 'Running' && i.restarts === 0),
  },
  'memory-leak': {
    fault: { kind: 'memory-leak', target: 'api', params: { ...RELEASE, leak_mb_per_min: 900 } },
    script: `
      @3m
      $ kubectl get events
      ~ OOMKilling
      % kubectl rollout undo deployment/api
      @6m`,
    recovered: (w) => api(w).instances.every((i) => i.version === 'v1.0.0'),
  },
  'cpu-saturation': {
    fault: { kind: 'cpu-saturation', target: 'api', params: { ...RELEASE, cpu_factor: 8 } },
    script: `
      @3m
      $ kubectl top pods -l app=api
      ~ ^api-\\S+ +([5-9]\\d\\d|\\d{4,})m
      % kubectl rollout undo deployment/api
      @5m`,
    recovered: calmApi,
  },
  'connection-leak': {
    fault: { kind: 'connection-leak', target: 'api', params: { ...RELEASE, leak_per_min: 6 } },
    script: `
      @4m
      $ psql -h orders-db -c "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"
      % kubectl rollout undo deployment/api
      @6m`,
    recovered: (w) => api(w).instances.every((i) => i.leakedConnections === 0),
  },
  'config-error': {
    fault: { kind: 'config-error', target: 'api', params: { key: 'payments.timeout_ms', value: '0', error_ratio: 0.4 } },
    script: `
      @2m
      $ kubectl set env deployment/api --list
      ~ ^payments.timeout_ms=0$
      $ ssh node-a cat /etc/api/config.yaml
      ~ payments.timeout_ms: "?0"?$
      % kubectl set env deployment/api payments.timeout_ms=2000
      ~ ^deployment.apps/api env updated$
      @5m`,
    recovered: calmApi,
  },
  'instance-crash': {
    fault: { kind: 'instance-crash', target: 'api', params: { every: '20s' } },
    script: `
      @2m
      $ kubectl get pods -l app=api
      ~ ^(?<pod>api-\\S+) +\\d/1 +\\S+ +[1-9]\\d* \\(
      % kubectl delete pod {{pod}}
      ~ pod "{{pod}}" deleted
      @3m`,
    recovered: (w) => api(w).instances.filter((i) => i.ready).length === 3,
  },
  'traffic-spike': {
    fault: { kind: 'traffic-spike', target: 'api', params: { factor: 4, ramp: '10s', source: 'bot' } },
    script: `
      @2m
      $ kubectl get ingress
      ~ ^api +nginx +shop.example.com
      % kubectl annotate ingress api nginx.ingress.kubernetes.io/denylist-source-range=198.51.100.0/24
      ~ ^ingress.networking.k8s.io/api annotated$
      $ kubectl get ingress api -o yaml
      ~ denylist-source-range: 198.51.100.0/24
      @3m`,
    recovered: (w) => api(w).rps < 200,
  },
  'noisy-neighbour': {
    fault: { kind: 'noisy-neighbour', target: 'node-a', params: { steal: 0.8 } },
    script: `
      @2m
      $ ssh node-a
      $ top -b -n 1 | head -5
      ~ \\d+\\.\\d st
      $ exit
      % kubectl drain node-a --ignore-daemonsets
      ~ node/node-a drained
      @3m`,
    recovered: (w) => [...w.services.values()].every((s) => s.instances.every((i) => i.host !== 'node-a')),
  },
  // The world never ends a slow or down dependency: the scenario says which operation does (cleared_by).
  'dependency-slow': {
    fault: { kind: 'dependency-slow', target: 'payments', params: { factor: 20 }, cleared_by: [{ operation: 'toggle-flag', target: 'new-checkout' }] },
    script: `
      @2m
      $ curl -s -o /dev/null -w "%{time_total}\\n" http://payments/health
      ~ ^0\\.[5-9]
      $ flags list
      ~ new-checkout
      % flags set new-checkout off
      @3m`,
    recovered: calmApi,
  },
  'dependency-down': {
    fault: { kind: 'dependency-down', target: 'payments', cleared_by: [{ operation: 'restart', target: 'payments' }] },
    script: `
      @2m
      $ curl -sS http://payments/health
      ! 7
      % kubectl rollout restart deployment/payments
      ~ deployment.apps/payments restarted
      @3m`,
    recovered: calmApi,
  },
  'dns-failure': {
    fault: { kind: 'dns-failure', target: 'payments' },
    script: `
      @2m
      $ dig payments.default.svc.cluster.local
      ~ status: (SERVFAIL|NXDOMAIN)
      $ kubectl get pods -n kube-system
      ~ ^coredns-\\S+ +0/1 +CrashLoopBackOff
      % kubectl rollout restart deployment/coredns -n kube-system
      ~ ^deployment.apps/coredns restarted$
      @3m
      $ dig +short payments.default.svc.cluster.local
      ~ ^10\\.`,
    recovered: calmApi,
  },
  'network-partition': {
    fault: { kind: 'network-partition', target: 'api->payments' },
    script: `
      @2m
      $ kubectl get networkpolicy
      ~ ^api-egress-deny-payments +app=api
      % kubectl delete networkpolicy api-egress-deny-payments
      ~ networkpolicy.networking.k8s.io "api-egress-deny-payments" deleted
      @3m
      $ kubectl get networkpolicy
      ~ ^No resources found in default namespace.$`,
    recovered: calmApi,
  },
  'certificate-expiry': {
    fault: { kind: 'certificate-expiry', target: 'shop.example.com' },
    script: `
      @2m
      $ openssl s_client -connect shop.example.com:443 </dev/null 2>&1 | grep "Verify return code"
      ~ certificate has expired
      $ cmctl status certificate shop.example.com
      ~ Ready: False, Reason: Expired
      % cmctl renew shop.example.com
      ~ ^Manually triggered issuance of Certificate default/shop.example.com$
      @4m
      $ cmctl status certificate shop.example.com
      ~ Ready: True`,
    recovered: (w) => api(w).rps > 100,
  },
  // A failing job fails until its cause is fixed, which only the scenario names (here: exporter's credential).
  'job-failure': {
    fault: { kind: 'job-failure', target: 'nightly-export', cleared_by: [{ operation: 'config-set', target: 'exporter' }] },
    script: `
      @3m
      $ kubectl get jobs
      ~ ^nightly-export-\\d+ +0/1
      $ kubectl get events
      ~ BackoffLimitExceeded
      % kubectl set env deployment/exporter EXPORT_DB_PASSWORD=rotated-2026-03
      @4m
      % kubectl create job nightly-export-manual --from=cronjob/nightly-export
      ~ ^job.batch/nightly-export-manual created$
      @5m`,
    recovered: (w) => w.startUnixMs + w.now - w.jobs.get('nightly-export')!.lastSuccessUnixMs < 90_000,
  },
  // A bad plan (not a runaway query) ends only by the scenario's cleared_by (the missing index).
  'slow-queries': {
    fault: { kind: 'slow-queries', target: 'orders-db', params: { factor: 25 }, cleared_by: [{ operation: 'create-index', target: 'orders-db' }] },
    script: `
      @2m
      $ psql -h orders-db -c "SELECT pid, state, query FROM pg_stat_activity WHERE state = 'active'"
      ~ lower\\(c.email\\)
      % psql -h orders-db -c "CREATE INDEX CONCURRENTLY customers_email_idx ON customers(email)"
      @4m`,
    recovered: (w) => orders(w).queryFactor === 1,
  },
  'lock-contention': {
    fault: { kind: 'lock-contention', target: 'orders-db' },
    script: `
      @2m
      $ psql -h orders-db -c "SELECT pid, state, query FROM pg_stat_activity WHERE state = 'idle in transaction'"
      ~ ^ *(?<pid>\\d+) \\| idle in transaction
      % psql -h orders-db -c "SELECT pg_terminate_backend({{pid}})"
      ~ ^ t$
      @3m`,
    recovered: (w) => orders(w).lockWaitMs === 0 && calmApi(w),
  },
  'database-down': {
    fault: { kind: 'database-down', target: 'orders-db' },
    script: `
      @2m
      $ patronictl -c /etc/patroni.yml list
      ~ db-1 .*Leader +\\| stopped
      % patronictl -c /etc/patroni.yml failover --candidate db-2
      ~ Are you sure you want to failover cluster orders-db, demoting current leader db-1\\? \\[y/N\\]: y
      ~ Successfully failed over to "db-2"
      @3m
      $ patronictl list
      ~ db-2 .*Leader +\\| running +\\| +2`,
    recovered: (w) => orders(w).up && calmApi(w),
  },
  'replication-lag': {
    fault: { kind: 'replication-lag', target: 'orders-db', params: { rate: 0.8 } },
    script: `
      @3m
      $ patronictl list
      ~ db-2 .*Replica +\\| streaming +\\| +1 \\| +[1-9]\\d*
      $ psql -h db-2 -c "SELECT pid, state, query FROM pg_stat_activity WHERE state = 'active'"
      ~ ^ *(?<pid>\\d+) \\| active \\| SELECT date_trunc
      % psql -h db-2 -c "SELECT pg_terminate_backend({{pid}})"
      ~ ^ t$
      @8m`,
    recovered: (w) => orders(w).replicationLagSeconds < 5,
  },
  'pool-exhaustion': {
    fault: { kind: 'pool-exhaustion', target: 'api', params: { size: 1 } },
    script: `
      @2m
      $ kubectl set env deployment/api --list
      ~ ^DB_POOL_SIZE=1$
      % kubectl set env deployment/api DB_POOL_SIZE=30
      ~ ^deployment.apps/api env updated$
      @4m`,
    recovered: calmApi,
  },
  'disk-fill': {
    fault: { kind: 'disk-fill', target: 'node-a:/', params: { mb_per_min: 30_000, writer: 'reports' } },
    script: `
      @4m
      $ ssh node-a df -h /
      ~ 100% /$
      $ ssh node-a du -sh /var/log/reports
      ~ G\\s+/var/log/reports
      % ssh node-a truncate -s 0 /var/log/reports/reports.log
      $ ssh node-a df -h /
      !~ 100% /$
      % kubectl rollout restart deployment/reports
      @6m`,
    recovered: (w) => w.hosts.get('node-a')!.disks[0]!.fillBytesPerSec === 0 && w.hosts.get('node-a')!.disks[0]!.usedBytes < 0.9 * w.hosts.get('node-a')!.disks[0]!.sizeBytes,
  },
  'cache-stampede': {
    fault: { kind: 'cache-stampede', target: 'sessions' },
    script: `
      @90s
      $ redis-cli -h sessions info keyspace
      $ kubectl get cronjobs
      ~ ^sessions-warmer
      % kubectl create job sessions-warmer-manual --from=cronjob/sessions-warmer
      ~ ^job.batch/sessions-warmer-manual created$
      @4m`,
    recovered: (w) => w.caches.get('sessions')!.hitRatio > 0.85,
  },
  'queue-poison': {
    fault: { kind: 'queue-poison', target: 'orders', params: { partition: 1 } },
    script: `
      @3m
      $ kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group worker
      ~ ^worker +orders +1 +\\d+ +\\d+ +[1-9]\\d*
      % kafka-consumer-groups --bootstrap-server kafka:9092 --group worker --topic orders --reset-offsets --shift-by 1 --execute
      ~ NEW-OFFSET
      @6m`,
    recovered: (w) => w.queues.get('orders')!.lag.every((l) => l < 100),
  },
  'consumer-lag': {
    fault: { kind: 'consumer-lag', target: 'orders', params: { consumer_factor: 0.3, threshold: 500 } },
    script: `
      @4m
      $ kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group worker
      ~ ^worker +orders +0 +\\d+ +\\d+ +[1-9]\\d{2,}
      % kubectl scale deployment/worker --replicas=6
      ~ deployment.apps/worker scaled
      @9m`,
    recovered: (w) => w.queues.get('orders')!.lag.reduce((a, b) => a + b, 0) < 500,
  },
};

describe('transcripts: every fault kind diagnosed and mitigated from the terminal', () => {
  it('covers every fault kind', () => {
    expect(Object.keys(TRANSCRIPTS).sort()).toEqual([...FAULTS.keys()].sort());
  });

  for (const [kind, t] of Object.entries(TRANSCRIPTS)) {
    const drill = () => terminalDrill({ world: estate(), faults: [{ id: 'f', trigger: { at: '1m' }, ...t.fault }] });
    it(kind, () => {
      const d = drill();
      const shown = runScript(d, t.script);
      expect(d.fault('f').state, shown).toBe('cleared');
      expect(t.recovered(d.context.world), shown).toBe(true);
    });
    it(`${kind}: without the mitigation the fault is still on`, () => {
      const d = drill();
      const shown = runScript(d, t.script, true);
      expect(d.fault('f').state, shown).toBe('active');
      expect(t.recovered(d.context.world), shown).toBe(false);
    });
  }

  // An organic spike (a sale, a news mention) is not a fault anyone can end: it passes with its duration. The
  // terminal can only relieve it (scale out, or shed load with a rate limit), which this states explicitly.
  it('traffic-spike (organic): cannot be cleared from the terminal, only relieved by scaling out', () => {
    const d = terminalDrill({ world: estate(), faults: [{ id: 'f', kind: 'traffic-spike', target: 'api', trigger: { at: '1m' }, params: { factor: 6, ramp: '10s' } }] });
    const shown = runScript(
      d,
      `
      @2m
      $ kubectl top pods -l app=api
      ~ ^api-\\S+ +[1-9]\\d\\dm
      % kubectl scale deployment/api --replicas=12
      @4m`,
    );
    expect(d.fault('f').state, shown).toBe('active');
    expect(api(d.context.world).errorRatio, shown).toBeLessThan(0.01);
  });
});
