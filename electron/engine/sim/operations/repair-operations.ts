import { z } from 'zod';
import type { SimMillis } from '../clock';
import { releaseAll } from '../faults/held-switches';
import { hashString } from '../rng';
import { defineOperation } from './types';
import type { Operation } from './types';

/** CoreDNS caches answers; a fixed record is seen by every client once its cache entries expire. */
const DNS_PROPAGATION_MS = 20_000;
/** cert-manager's ACME order: challenge, validation, issuance (resources.ts lands the renewal at `renewingUntil`). */
const RENEWAL_MS = 60_000;
/** A manual run of a scheduled job, from pod start to exit. */
const JOB_RUN_MS = 30_000;

export const restoreDns = defineOperation({
  name: 'restore-dns',
  summary: 'restore a service’s DNS record (fix the CoreDNS config or the deleted record); clients resolve it again after their caches expire',
  target: 'service',
  params: z.strictObject({}),
  run(world, target, _params, context) {
    const s = world.services.get(target)!;
    const fqdn = `${target}.${s.spec.namespace}.svc.cluster.local`;
    if (!s.mods.dnsBroken) return { ok: false, output: `${fqdn} resolves; nothing to restore` };
    context.complete(DNS_PROPAGATION_MS, () => releaseAll(s, 'dnsBroken'));
    return { ok: true, output: `coredns: record ${fqdn} restored; clients resolve it again once their cached answers expire` };
  },
});

export const restoreNetwork = defineOperation({
  name: 'restore-network',
  summary: 'remove the network rule that drops traffic from one service to another',
  target: 'pair',
  params: z.strictObject({}),
  run(world, target) {
    const [from, to] = target.split('->');
    if (!world.partitions.has(target)) return { ok: false, output: `no rule drops traffic from ${from} to ${to}; nothing to restore` };
    world.partitions.delete(target);
    return { ok: true, output: `networkpolicy rule dropping ${from} -> ${to} removed; connections from ${from} to ${to} are allowed again` };
  },
});

export const renewCertificate = defineOperation({
  name: 'renew-certificate',
  summary: 'issue a fresh certificate now (cmctl renew); the edge serves it once issued, about a minute later',
  target: 'certificate',
  params: z.strictObject({}),
  run(world, target, _params, context) {
    const cert = world.certificates.get(target)!;
    if (cert.renewingUntil !== undefined) return { ok: false, output: `certificate ${target} is already being issued` };
    cert.renewingUntil = (world.now + RENEWAL_MS) as SimMillis;
    // A scenario may set a different duration; the renewal lands when the operation completes, whichever it is.
    context.complete(RENEWAL_MS, () => {
      if (cert.renewingUntil !== undefined) cert.renewingUntil = world.now;
    });
    return { ok: true, output: `Manually triggered issuance of Certificate ${target}` };
  },
});

export const rerunJob = defineOperation({
  name: 'rerun-job',
  summary: 'run a scheduled job once now (kubectl create job --from=cronjob/NAME); it fails again while its cause remains',
  target: 'job',
  params: z.strictObject({}),
  run(world, target, _params, context) {
    const job = world.jobs.get(target)!;
    const name = `${target}-manual-${(hashString(`${target}@${world.now}`) % 36 ** 5).toString(36).padStart(5, '0')}`;
    context.complete(JOB_RUN_MS, () => {
      if (job.failing) {
        world.events.push({ at: world.now, kind: 'job.failed', target, message: `Job ${name} failed: BackoffLimitExceeded` });
        return;
      }
      job.lastSuccessUnixMs = world.startUnixMs + world.now;
      world.events.push({ at: world.now, kind: 'job.succeeded', target, message: `Job ${name} completed` });
    });
    return { ok: true, output: `job.batch/${name} created` };
  },
});

/** Repairs: DNS records, network rules, certificates, and re-running a failed job. */
export const REPAIR_OPERATIONS: Operation[] = [restoreDns, restoreNetwork, renewCertificate, rerunJob];
