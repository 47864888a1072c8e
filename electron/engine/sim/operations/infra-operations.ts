import { z } from 'zod';
import { TICK_MS } from '../clock';
import { blockBots, botRps, botsBlocked } from '../faults/bot-traffic';
import { configChanged } from '../faults/service-faults';
import { START_MS, startRollout } from '../world';
import type { ServiceState, World } from '../world';
import { NODE_OPERATIONS } from './node-operations';
import { REPAIR_OPERATIONS } from './repair-operations';
import { defineOperation } from './types';
import type { Operation, OperationContext, OperationResult } from './types';

export const toggleFlag = defineOperation({
  name: 'toggle-flag',
  summary: 'turn a feature flag on or off (takes effect at once)',
  target: 'flag',
  params: z.strictObject({ enabled: z.boolean() }),
  run(world, target, params) {
    const state = params.enabled ? 'enabled' : 'disabled';
    if (world.flags.get(target) === params.enabled) return { ok: false, output: `feature flag "${target}" is already ${state}` };
    world.flags.set(target, params.enabled);
    world.events.push({ at: world.now, kind: 'flag.changed', target, message: `feature flag ${target} ${state}` });
    return { ok: true, output: `feature flag "${target}" ${state}` };
  },
});

/**
 * Changes one key of a service's ConfigMap and rolls the pods so they read it (they read config at start).
 * The operation completes when the rollout would have replaced every pod, as `kubectl rollout status` returns.
 */
function applyConfig(world: World, s: ServiceState, key: string, value: string | undefined, context: OperationContext): OperationResult {
  const name = s.spec.name;
  if (s.spec.external) return { ok: false, output: `error: ${name} is an external service: it has no ConfigMap here` };
  const was = s.config.get(key);
  if (was === value) return { ok: false, output: `configmap/${name}-config unchanged (${key} is already ${value === undefined ? 'unset' : JSON.stringify(value)})` };
  if (value === undefined) s.config.delete(key);
  else s.config.set(key, value);
  configChanged(world, s, key, value, was);
  startRollout(world, s, s.revisions[s.revisions.length - 1]!.version, 'config');
  const pods = s.instances.filter((i) => i.status !== 'Terminating').length;
  context.complete(pods * START_MS + TICK_MS, () => undefined);
  return { ok: true, output: `configmap/${name}-config configured\ndeployment.apps/${name} restarted` };
}

export const configSet = defineOperation({
  name: 'config-set',
  summary: 'set a configuration value of a service and roll its pods to pick it up',
  target: 'service',
  params: z.strictObject({ key: z.string().min(1), value: z.string() }),
  run(world, target, params, context) {
    return applyConfig(world, world.services.get(target)!, params.key, params.value, context);
  },
});

export const configRevert = defineOperation({
  name: 'config-revert',
  summary: 'put a configuration key of a service back to its known-good value and roll its pods',
  target: 'service',
  params: z.strictObject({ key: z.string().min(1) }),
  run(world, target, params, context) {
    const good = world.spec.config.find((c) => c.service === target && c.key === params.key)?.value;
    return applyConfig(world, world.services.get(target)!, params.key, good, context);
  },
});

export const blockTraffic = defineOperation({
  name: 'block-traffic',
  summary: 'add a WAF rule that drops bot traffic to a service at the edge (ordinary clients are not matched)',
  target: 'service',
  params: z.strictObject({}),
  run(world, target) {
    const s = world.services.get(target)!;
    if (botsBlocked(s)) return { ok: false, output: `waf: rule block-bots-${target} already exists` };
    const rps = botRps(world, s);
    if (rps <= 0) return { ok: false, output: `waf: no bot signature matches traffic to ${target}; nothing to block (its requests come from ordinary clients)` };
    blockBots(world, s);
    return { ok: true, output: `waf: rule block-bots-${target} created: dropping ${Math.round(rps)} requests/s of bot traffic at the edge` };
  },
});

/** Operations on flags, config, traffic, nodes, DNS, network, certificates and jobs. */
export const INFRA_OPERATIONS: Operation[] = [toggleFlag, configSet, configRevert, blockTraffic, ...NODE_OPERATIONS, ...REPAIR_OPERATIONS];
