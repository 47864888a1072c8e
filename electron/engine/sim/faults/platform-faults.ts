import { z } from 'zod';
import { duration } from '../../scenario/common';
import { parseDuration } from '../duration';
import type { World } from '../world';
import { defineFault } from './types';
import type { FaultOperator } from './types';

function unixNow(world: World): number {
  return world.startUnixMs + world.now;
}

/** What the fault set the expiry to, what it was before, and whether the lapse has been logged. */
type ExpiryMemory = { original: number; expiresAt: number; announced: boolean };
const expiryMemory = new WeakMap<object, ExpiryMemory>();

export const certificateExpiry = defineFault({
  kind: 'certificate-expiry',
  summary: 'the edge’s TLS certificate lapses (renewal silently failed): every client handshake fails and traffic stops arriving',
  target: 'certificate',
  params: z.strictObject({ in: duration.default('0s') }),
  start(world, fault) {
    const cert = world.certificates.get(fault.target)!;
    const expiresAt = unixNow(world) + parseDuration(fault.params.in)!;
    expiryMemory.set(fault, { original: cert.expiresAtUnixMs, expiresAt, announced: false });
    cert.expiresAtUnixMs = expiresAt;
  },
  step(world, fault) {
    const cert = world.certificates.get(fault.target)!;
    const memory = expiryMemory.get(fault)!;
    if (memory.announced || cert.expiresAtUnixMs !== memory.expiresAt || unixNow(world) < memory.expiresAt) return;
    memory.announced = true;
    world.events.push({
      at: world.now,
      kind: 'cert.expired',
      target: cert.name,
      message: `SSL certificate "${cert.name}" expired at ${new Date(memory.expiresAt).toISOString()}: handshakes fail with "certificate has expired"`,
    });
  },
  stop(world, fault) {
    // Cleared without a renewal (it ran its duration): the certificate is as it was. A renewal stands.
    const cert = world.certificates.get(fault.target)!;
    const memory = expiryMemory.get(fault)!;
    if (cert.expiresAtUnixMs === memory.expiresAt) cert.expiresAtUnixMs = memory.original;
  },
  isOver(world, fault) {
    const cert = world.certificates.get(fault.target)!;
    return cert.expiresAtUnixMs !== expiryMemory.get(fault)!.expiresAt && cert.expiresAtUnixMs > unixNow(world);
  },
});

export const jobFailure = defineFault({
  kind: 'job-failure',
  summary: 'a scheduled job starts failing every run (an expired credential, a schema change): its last success goes stale',
  target: 'job',
  params: z.strictObject({}),
  start(world, fault) {
    world.jobs.get(fault.target)!.failing = true;
  },
  stop(world, fault) {
    world.jobs.get(fault.target)!.failing = false;
  },
  isOver: (world, fault) => !world.jobs.get(fault.target)!.failing,
});

/** Faults of the platform around the services: certificates at the edge and scheduled jobs. */
export const PLATFORM_FAULTS: FaultOperator[] = [certificateExpiry, jobFailure];
