import { z } from 'zod';
import { name } from '../../scenario/common';
import type { SimMillis } from '../clock';
import type { Disk, World } from '../world';
import { backendPid, diskAt, faultMemory, inTransition, logWriters, stopWriter } from './data-state';
import type { LogWriter } from './data-state';
import { defineFault } from './types';

/** How long Postgres takes to replay WAL and come back once its full disk has room again. */
const CRASH_RECOVERY_MS = 10_000;

type DiskMemory = { writer?: LogWriter; host: string; disk?: Disk; processes: string[]; openBytes: number; downed: Set<string> };
const diskMemory = faultMemory<DiskMemory>(() => ({ host: '', processes: [], openBytes: 0, downed: new Set() }));

/** Writer processes by identity: a restart gives a pod a new start time, a rollout a new name. */
function processKey(instance: { name: string; startedAt: number }): string {
  return `${instance.name}@${instance.startedAt}`;
}

function writerProcesses(world: World, writer: string | undefined, host: string): string[] {
  const service = writer === undefined ? undefined : world.services.get(writer);
  if (!service) return [];
  const running = service.instances.filter((i) => i.status === 'Running');
  const here = running.filter((i) => i.host === host);
  return (here.length > 0 ? here : running).map(processKey);
}

export const diskFill = defineFault({
  kind: 'disk-fill',
  summary: 'a runaway log fills a disk: pods on the host fail their writes and a database on it goes down',
  target: 'host-mount',
  params: z
    .strictObject({
      mb_per_min: z.number().positive().default(2000),
      /** The log was deleted while its writer still holds it open: only restarting the writer frees the space. */
      deleted_open: z.boolean().default(false),
      writer: name.optional(),
      path: z.string().regex(/^\//, 'must be an absolute path').optional(),
    })
    .superRefine((p, ctx) => {
      if (p.deleted_open && p.writer === undefined) ctx.addIssue({ code: 'custom', path: ['writer'], message: 'a deleted-but-open log needs the writer service that holds it open' });
    }),
  check: (world, fault) =>
    fault.params.writer !== undefined && !world.services.some((s) => s.name === fault.params.writer) ? [{ field: 'writer', reason: `no service named "${fault.params.writer}"` }] : [],
  start(world, fault) {
    const { host, disk } = diskAt(world, fault.target);
    const base = disk.mount === '/' ? '/var/log' : `${disk.mount.replace(/\/$/, '')}/log`;
    const writer: LogWriter = {
      fault: fault.id,
      path: fault.params.path ?? `${base}/${fault.params.writer ?? 'app'}/${fault.params.writer ?? 'app'}.log`,
      bytesPerSec: (fault.params.mb_per_min * 1e6) / 60,
      deletedOpen: fault.params.deleted_open,
      writer: fault.params.writer,
      visibleBytes: 0,
    };
    logWriters(disk).push(writer);
    disk.fillBytesPerSec += writer.bytesPerSec;
    Object.assign(diskMemory(fault), { writer, host, disk, processes: writerProcesses(world, fault.params.writer, host) });
  },
  step(world, fault, dtSec) {
    const memory = diskMemory(fault);
    const disk = memory.disk!;
    const writer = memory.writer!;
    releaseRestarted(world, memory);
    // This tick's share of what the world's fill will add (it caps the disk at its size).
    const grow = disk.fillBytesPerSec > 0 ? Math.min(writer.bytesPerSec * dtSec, ((disk.sizeBytes - disk.usedBytes) * writer.bytesPerSec) / disk.fillBytesPerSec) : 0;
    if (writer.deletedOpen) {
      disk.deletedOpenBytes += grow;
      memory.openBytes += grow;
    } else writer.visibleBytes += grow;
    databasesOnDisk(world, memory);
  },
  stop(world, fault) {
    const memory = diskMemory(fault);
    if (memory.disk && memory.writer) stopWriter(memory.disk, memory.writer);
    if (memory.disk) databasesOnDisk(world, memory);
  },
  isOver(_world, fault) {
    const memory = diskMemory(fault);
    const disk = memory.disk!;
    return memory.writer!.bytesPerSec === 0 && disk.usedBytes < disk.sizeBytes && memory.downed.size === 0;
  },
});

/** Writer processes that have exited (restarted, replaced) close their files: the runaway stops, deleted space returns. */
function releaseRestarted(world: World, memory: DiskMemory): void {
  const writer = memory.writer!;
  if (writer.writer === undefined || memory.processes.length === 0 || writer.bytesPerSec === 0) return;
  const service = world.services.get(writer.writer)!;
  const alive = new Set(service.instances.filter((i) => i.status === 'Running').map(processKey));
  const remaining = memory.processes.filter((p) => alive.has(p));
  if (remaining.length === memory.processes.length) return;
  const disk = memory.disk!;
  const share = (memory.processes.length - remaining.length) / memory.processes.length;
  const released = memory.openBytes * share;
  memory.openBytes -= released;
  disk.deletedOpenBytes = Math.max(0, disk.deletedOpenBytes - released);
  disk.usedBytes = Math.max(0, disk.usedBytes - released);
  const slower = writer.bytesPerSec * share;
  writer.bytesPerSec -= slower;
  disk.fillBytesPerSec = Math.max(0, disk.fillBytesPerSec - slower);
  if (remaining.length === 0) stopWriter(disk, writer);
  memory.processes = remaining;
}

/** Postgres panics when it cannot write WAL, and recovers by itself once there is room again. */
function databasesOnDisk(world: World, memory: DiskMemory): void {
  const disk = memory.disk!;
  const full = disk.usedBytes >= disk.sizeBytes;
  for (const store of world.datastores.values()) {
    const busy = inTransition(store);
    if (store.up) memory.downed.delete(store.spec.name);
    if (store.primaryHost !== memory.host || busy) continue;
    if (full && store.up) {
      store.up = false;
      memory.downed.add(store.spec.name);
      const file = `pg_wal/xlogtemp.${backendPid(world, store, 'wal-writer')}`;
      world.events.push({ at: world.now, kind: 'db.down', target: store.spec.name, message: `PANIC:  could not write to file "${file}": No space left on device` });
    } else if (!full && !store.up && memory.downed.has(store.spec.name)) {
      store.restartUntil = (world.now + CRASH_RECOVERY_MS) as SimMillis;
      world.events.push({ at: world.now, kind: 'db.up', target: store.spec.name, message: 'database system was interrupted; automatic recovery in progress' });
    }
  }
}
