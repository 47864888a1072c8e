import { z } from 'zod';
import { startRollout } from '../world';
import { defineOperation } from './types';

export const rollback = defineOperation({
  name: 'rollback',
  summary: 'roll a deployment back to its previous revision (kubectl rollout undo)',
  target: 'service',
  params: z.strictObject({}),
  run(world, target) {
    const service = world.services.get(target)!;
    const current = service.revisions[service.revisions.length - 1]!.version;
    const previous = [...service.revisions].reverse().find((r) => r.version !== current);
    if (!previous) return { ok: false, output: `error: no rollout history found for deployment "${target}"` };
    service.revisions.push({ version: previous.version, at: world.now, author: 'you', summary: `rollback to ${previous.version}` });
    startRollout(world, service, previous.version, 'rollback');
    return { ok: true, output: `deployment.apps/${target} rolled back` };
  },
});

export const rollForward = defineOperation({
  name: 'roll-forward',
  summary: 'deploy a named version (a fix) to a deployment',
  target: 'service',
  params: z.strictObject({ version: z.string().min(1) }),
  run(world, target, params) {
    const service = world.services.get(target)!;
    service.revisions.push({ version: params.version, at: world.now, author: 'you', summary: `deploy ${params.version}` });
    startRollout(world, service, params.version, 'deploy');
    return { ok: true, output: `deployment.apps/${target} image updated to ${target}:${params.version}` };
  },
});

export const restart = defineOperation({
  name: 'restart',
  summary: 'restart every pod of a deployment, one at a time (kubectl rollout restart)',
  target: 'service',
  params: z.strictObject({}),
  run(world, target) {
    const service = world.services.get(target)!;
    startRollout(world, service, service.revisions[service.revisions.length - 1]!.version, 'restart');
    return { ok: true, output: `deployment.apps/${target} restarted` };
  },
});

export const scale = defineOperation({
  name: 'scale',
  summary: 'set the number of replicas of a deployment',
  target: 'service',
  params: z.strictObject({ replicas: z.int().min(0).max(50) }),
  run(world, target, params) {
    world.services.get(target)!.desiredReplicas = params.replicas;
    return { ok: true, output: `deployment.apps/${target} scaled` };
  },
});

export const rateLimit = defineOperation({
  name: 'rate-limit',
  summary: 'cap the requests per second a service accepts at the ingress (the rest get 429)',
  target: 'service',
  params: z.strictObject({ rps: z.number().positive().optional() }),
  run(world, target, params) {
    world.services.get(target)!.mods.rateLimit = params.rps;
    return { ok: true, output: params.rps === undefined ? `rate limit on ${target} removed` : `rate limit on ${target} set to ${params.rps} requests/s` };
  },
});
