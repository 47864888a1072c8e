import type { SimMillis } from '../clock';
import { parseDuration } from '../duration';
import type { World } from './types';

const RENEWED_FOR_MS = 90 * 86_400_000;

function stepHosts(world: World, dtSec: number): void {
  for (const host of world.hosts.values()) {
    const cpus = host.spec.cpus;
    let busy = 0.05 * cpus;
    let memory = host.spec.memory_gb * 1e9 * 0.15;
    for (const service of world.services.values()) {
      for (const instance of service.instances) {
        if (instance.host !== host.spec.name) continue;
        busy += instance.cpuUtilisation;
        memory += instance.status === 'Running' ? instance.rssBytes : 0;
      }
    }
    for (const store of world.datastores.values()) {
      if (store.primaryHost === host.spec.name && store.up) busy += Math.min(cpus * 0.9, (store.qps * store.spec.query_ms * store.queryFactor) / 1000);
    }
    const steal = host.stealRatio * cpus;
    const used = Math.min(cpus - steal, busy);
    host.cpuUtilisation = (used + steal) / cpus;
    host.memoryUsedBytes = Math.min(host.spec.memory_gb * 1e9, memory);
    host.cpuSeconds.user += used * 0.8 * dtSec;
    host.cpuSeconds.system += used * 0.18 * dtSec;
    host.cpuSeconds.iowait += used * 0.02 * dtSec;
    host.cpuSeconds.steal += steal * dtSec;
    host.cpuSeconds.idle += Math.max(0, cpus - used - steal) * dtSec;
    const traffic = [...world.services.values()].reduce(
      (s, svc) => s + svc.instances.filter((i) => i.host === host.spec.name).reduce((a, i) => a + i.rps, 0),
      0,
    );
    host.networkRxBytes += traffic * 1_800 * dtSec;
    host.networkTxBytes += traffic * 7_500 * dtSec;
    for (const disk of host.disks) {
      if (disk.fillBytesPerSec === 0) continue;
      const wasFull = disk.usedBytes >= disk.sizeBytes;
      disk.usedBytes = Math.min(disk.sizeBytes, disk.usedBytes + disk.fillBytesPerSec * dtSec);
      if (!wasFull && disk.usedBytes >= disk.sizeBytes) {
        world.events.push({ at: world.now, kind: 'disk.full', target: `${host.spec.name}:${disk.mount}`, message: `No space left on device (${disk.mount} on ${host.spec.name})` });
      }
    }
  }
}

function stepCaches(world: World, dtSec: number): void {
  for (const cache of world.caches.values()) {
    const tau = cache.warmingFast ? 30 : parseDuration(cache.spec.warmup)! / 1000;
    if (cache.up) cache.warmth += (1 - cache.warmth) * (1 - Math.exp(-dtSec / tau));
    if (cache.warmth > 0.999) cache.warmingFast = false;
    cache.hitRatio = cache.up ? cache.targetHitRatio * cache.warmth : 0;
    cache.keys = Math.round(cache.spec.keys * cache.warmth);
    let clients = 0;
    for (const service of world.services.values()) {
      if (service.spec.calls.some((c) => 'cache' in c && c.cache === cache.spec.name)) clients += service.instances.filter((i) => i.ready).length * 8;
    }
    cache.connectedClients = clients;
  }
}

function stepQueues(world: World): void {
  for (const queue of world.queues.values()) {
    const backlog = Math.max(0, queue.produced - queue.consumed);
    const n = queue.spec.partitions;
    queue.lag = new Array<number>(n).fill(backlog / n);
  }
}

function stepDatastores(world: World, dtSec: number): void {
  for (const store of world.datastores.values()) {
    if (store.replicaHost !== undefined) {
      store.replicationLagSeconds = store.replicationLagRate > 0 ? store.replicationLagSeconds + store.replicationLagRate * dtSec : Math.max(0.02, store.replicationLagSeconds - 2 * dtSec);
    }
    const now = world.now;
    if (store.failoverUntil !== undefined && now >= store.failoverUntil) {
      store.failoverUntil = undefined;
      store.up = true;
      if (store.replicaHost !== undefined) [store.primaryHost, store.replicaHost] = [store.replicaHost, store.primaryHost];
      store.replicationLagSeconds = 0.02;
      world.events.push({ at: now, kind: 'db.failover', target: store.spec.name, message: `replica on ${store.primaryHost} promoted to primary; database system is ready to accept connections` });
    }
    if (store.restartUntil !== undefined && now >= store.restartUntil) {
      store.restartUntil = undefined;
      store.up = true;
      world.events.push({ at: now, kind: 'db.up', target: store.spec.name, message: 'database system is ready to accept connections' });
    }
  }
}

function stepCertificates(world: World): void {
  for (const cert of world.certificates.values()) {
    if (cert.renewingUntil !== undefined && world.now >= cert.renewingUntil) {
      cert.renewingUntil = undefined;
      cert.expiresAtUnixMs = world.startUnixMs + world.now + RENEWED_FOR_MS;
      world.events.push({ at: world.now, kind: 'cert.renewed', target: cert.name, message: `certificate ${cert.name} renewed` });
    }
  }
}

function stepJobs(world: World): void {
  for (const job of world.jobs.values()) {
    if (world.now < job.nextRunAt) continue;
    const every = parseDuration(job.spec.every)!;
    if (job.failing) world.events.push({ at: world.now, kind: 'job.failed', target: job.spec.name, message: `Job ${job.spec.name} failed: BackoffLimitExceeded` });
    else {
      job.lastSuccessUnixMs = world.startUnixMs + world.now;
      world.events.push({ at: world.now, kind: 'job.succeeded', target: job.spec.name, message: `Job ${job.spec.name} completed` });
    }
    job.nextRunAt = (job.nextRunAt + every) as SimMillis;
  }
}

/** Advances hosts, caches, queues, data stores, certificates and scheduled jobs by one tick. */
export function stepResources(world: World, dtSec: number): void {
  stepHosts(world, dtSec);
  stepCaches(world, dtSec);
  stepQueues(world);
  stepDatastores(world, dtSec);
  stepCertificates(world);
  stepJobs(world);
}
