import { logWriters } from '../../../sim/faults/data-state';
import type { Disk } from '../../../sim/world';
import type { CommandContext } from '../../types';
import { hostState } from './host-model';

/** ext4 keeps 5% of a filesystem for root: df's Avail leaves it out. */
const RESERVED = 0.05;

/** df's figures for one disk: Avail excludes the reserve, Use% is used / (used + avail), rounded up. */
export function dfFigures(disk: Disk): { size: number; used: number; avail: number; usePct: number } {
  const avail = Math.max(0, disk.sizeBytes - disk.usedBytes - disk.sizeBytes * RESERVED);
  const usePct = Math.ceil((disk.usedBytes / Math.max(1, disk.usedBytes + avail)) * 100);
  return { size: disk.sizeBytes, used: disk.usedBytes, avail, usePct };
}

/** The disk a path lives on: the mount that is its longest prefix. */
export function diskOf(context: CommandContext, host: string, path: string): Disk {
  const disks = hostState(context, host).disks;
  const under = (mount: string) => mount === '/' || path === mount || path.startsWith(`${mount}/`);
  return disks.filter((d) => under(d.mount)).sort((a, b) => b.mount.length - a.mount.length)[0] ?? disks[0]!;
}

/** Directories du knows the size of on a host, as shares of what its disk held at the start. */
function knownDirs(context: CommandContext, host: string): [string, number][] {
  const dirs: [string, number][] = [['/var/log', 0.02], ['/var/lib/containerd', 0.25], ['/usr', 0.08], ['/home', 0.004], ['/var/cache', 0.01], ['/tmp', 0.0005]];
  if ([...context.world.datastores.values()].some((s) => s.primaryHost === host || s.replicaHost === host)) dirs.push(['/var/lib/postgresql', 0.5]);
  if ([...context.world.caches.values()].some((c) => c.spec.host === host)) dirs.push(['/var/lib/redis', 0.04]);
  return dirs;
}

/**
 * What du finds under `path` in bytes, or undefined when there is no such directory. du adds up files that
 * have names: a deleted file still held open is counted by df but not by du.
 */
export function duBytes(context: CommandContext, host: string, path: string): number | undefined {
  const state = hostState(context, host);
  const clean = path.replace(/\/+$/, '') || '/';
  const mount = state.disks.find((d) => d.mount === clean);
  const named = (d: Disk) => d.usedBytes - d.deletedOpenBytes;
  // du crosses into filesystems mounted below the path (without -x).
  const below = state.disks.filter((d) => d.mount !== clean && (clean === '/' || d.mount.startsWith(`${clean}/`))).reduce((s, d) => s + named(d), 0);
  if (mount) return named(mount) + below;
  const disk = diskOf(context, host, clean);
  const initial = (state.spec.disks.find((d) => d.mount === disk.mount)?.used_gb ?? 0) * 1e9;
  const writers = logWriters(disk).filter((w) => !w.deletedOpen && (w.path === clean || w.path.startsWith(`${clean}/`)));
  const grown = writers.reduce((s, w) => s + w.visibleBytes, 0);
  const dirs = knownDirs(context, host).filter(([dir]) => dir === clean || dir.startsWith(`${clean}/`));
  // A separate mount below a known directory (postgres' data disk) holds that directory's data instead.
  const base = disk.mount === clean || disk.mount.startsWith(`${clean}/`) ? 0 : dirs.reduce((s, [, share]) => s + share * initial, 0);
  if (dirs.length === 0 && writers.length === 0 && below === 0) return undefined;
  return base + grown + below;
}
