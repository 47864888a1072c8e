import { z } from 'zod';
import type { SimMillis } from '../clock';
import type { Instance, World } from '../world';
import { defineOperation } from './types';
import type { Operation } from './types';

/** An evicted pod's grace period (the world's own terminations use the same). */
const EVICTION_GRACE_MS = 5_000;

/**
 * Evicts a pod as the eviction API does: it stops serving at once and goes away after its grace period;
 * its ReplicaSet then creates a replacement, which the scheduler puts on a schedulable node.
 */
function evict(world: World, pod: Instance): void {
  pod.status = 'Terminating';
  pod.ready = false;
  pod.nextAt = (world.now + EVICTION_GRACE_MS) as SimMillis;
  world.events.push({ at: world.now, kind: 'pod.killed', target: pod.name, message: `Evicted pod ${pod.name} from node ${pod.host}: Stopping container ${pod.service}` });
}

function cordon(world: World, host: string): string {
  const state = world.hosts.get(host)!;
  const line = state.cordoned ? `node/${host} already cordoned` : `node/${host} cordoned`;
  state.cordoned = true;
  return line;
}

export const drain = defineOperation({
  name: 'drain',
  summary: 'cordon a node and evict every pod on it; their replacements start on other nodes (kubectl drain)',
  target: 'host',
  params: z.strictObject({}),
  run(world, target) {
    const lines = [cordon(world, target)];
    const pods: { namespace: string; pod: Instance }[] = [];
    for (const s of world.services.values()) {
      for (const pod of s.instances) if (pod.host === target && pod.status !== 'Terminating') pods.push({ namespace: s.spec.namespace, pod });
    }
    for (const { namespace, pod } of pods) lines.push(`evicting pod ${namespace}/${pod.name}`);
    for (const { pod } of pods) {
      evict(world, pod);
      lines.push(`pod/${pod.name} evicted`);
    }
    lines.push(`node/${target} drained`);
    return { ok: true, output: lines.join('\n') };
  },
});

export const cordonNode = defineOperation({
  name: 'cordon',
  summary: 'mark a node unschedulable: its pods stay, new pods go elsewhere (kubectl cordon)',
  target: 'host',
  params: z.strictObject({}),
  run(world, target) {
    return { ok: true, output: cordon(world, target) };
  },
});

export const uncordonNode = defineOperation({
  name: 'uncordon',
  summary: 'mark a node schedulable again (kubectl uncordon)',
  target: 'host',
  params: z.strictObject({}),
  run(world, target) {
    const state = world.hosts.get(target)!;
    const line = state.cordoned ? `node/${target} uncordoned` : `node/${target} already uncordoned`;
    state.cordoned = false;
    return { ok: true, output: line };
  },
});

/** Operations on nodes: cordon, uncordon, drain. */
export const NODE_OPERATIONS: Operation[] = [drain, cordonNode, uncordonNode];
