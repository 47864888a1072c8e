import type { TargetKind } from '../sim/faults/types';
import type { WorldSpec } from './world-schema';

/** Why a target does not name something of its kind in the world, or undefined when it does. */
export function targetProblem(world: WorldSpec, kind: TargetKind, target: string): string | undefined {
  const has = (names: string[], what: string) => (names.includes(target) ? undefined : `no ${what} named "${target}"`);
  switch (kind) {
    case 'service':
      return has(world.services.map((s) => s.name), 'service');
    case 'host':
      return has(world.hosts.map((h) => h.name), 'host');
    case 'datastore':
      return has(world.datastores.map((d) => d.name), 'datastore');
    case 'cache':
      return has(world.caches.map((c) => c.name), 'cache');
    case 'queue':
      return has(world.queues.map((q) => q.name), 'queue');
    case 'certificate':
      return has(world.certificates.map((c) => c.name), 'certificate');
    case 'job':
      return has(world.jobs.map((j) => j.name), 'job');
    case 'flag':
      return has(world.feature_flags.map((f) => f.name), 'feature flag');
    case 'host-mount': {
      const [host, mount] = target.split(':');
      const h = world.hosts.find((x) => x.name === host);
      if (!h) return `no host named "${host}" (expected host:/mount)`;
      return h.disks.some((d) => d.mount === mount) ? undefined : `host "${host}" has no disk mounted at "${mount}"`;
    }
    case 'pair': {
      const [from, to] = target.split('->');
      const names = world.services.map((s) => s.name);
      if (from === undefined || to === undefined) return `"${target}" is not a pair (expected caller->callee)`;
      if (!names.includes(from)) return `no service named "${from}"`;
      if (!names.includes(to)) return `no service named "${to}"`;
      return undefined;
    }
    case 'none':
      return undefined;
  }
}
