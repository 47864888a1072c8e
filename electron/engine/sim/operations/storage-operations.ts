import { z } from 'zod';
import { diskAt, freeBytes, humanBytes, logWriters, stopWriter } from '../faults/data-state';
import { emptyCache } from '../faults/cache-faults';
import { committedOffset } from '../faults/queue-faults';
import type { Disk, World } from '../world';
import { defineOperation } from './types';

export const flushCache = defineOperation({
  name: 'flush-cache',
  summary: 'empty a cache (redis-cli FLUSHALL): every lookup misses and goes to the database until it warms up',
  target: 'cache',
  params: z.strictObject({}),
  run(world, target) {
    const cache = world.caches.get(target)!;
    if (!cache.up) return { ok: false, output: `Could not connect to Redis at ${cache.spec.host}:6379: Connection refused\n` };
    emptyCache(world, cache, 'flush');
    return { ok: true, output: 'OK\n' };
  },
});

export const warmCache = defineOperation({
  name: 'warm-cache',
  summary: 'run the cache warmer: preloads the hot keys, so the cache warms in about a minute instead of its usual warm-up',
  target: 'cache',
  params: z.strictObject({}),
  run(world, target) {
    const cache = world.caches.get(target)!;
    if (!cache.up) return { ok: false, output: `Could not connect to Redis at ${cache.spec.host}:6379: Connection refused\n` };
    cache.warmingFast = true;
    return { ok: true, output: `job.batch/${target}-warmer created\n` };
  },
});

/** `df -h` for one filesystem, as after a clean-up. */
function dfLines(disk: Disk): string {
  const avail = Math.max(0, disk.sizeBytes - disk.usedBytes - disk.sizeBytes * 0.05);
  const use = Math.ceil((disk.usedBytes / Math.max(1, disk.usedBytes + avail)) * 100);
  const row = [disk.device.padEnd(15), humanBytes(disk.sizeBytes).padStart(5), humanBytes(disk.usedBytes).padStart(5), humanBytes(avail).padStart(5), `${use}%`.padStart(4), disk.mount];
  return `Filesystem      Size  Used Avail Use% Mounted on\n${row.join(' ')}\n`;
}

export const rotateLogs = defineOperation({
  name: 'rotate-logs',
  summary: "force log rotation on a host (logrotate -f): truncates runaway logs and caps them; a deleted file still held open is beyond its reach",
  target: 'host',
  params: z.strictObject({}),
  run(world, target) {
    const lines: string[] = ['reading config file /etc/logrotate.conf'];
    for (const disk of world.hosts.get(target)!.disks) {
      for (const writer of logWriters(disk)) {
        lines.push(`considering log ${writer.path}`);
        if (writer.deletedOpen) {
          // The name is gone (someone deleted it); the process still writes to the open file.
          lines.push(`  log ${writer.path} does not exist -- skipping`);
          continue;
        }
        lines.push(`  log needs rotating`, `truncating ${writer.path}`);
        writer.visibleBytes -= freeBytes(disk, writer.visibleBytes);
        stopWriter(disk, writer);
      }
    }
    if (lines.length === 1) lines.push('considering log /var/log/syslog', '  log does not need rotating (log is empty)');
    return { ok: true, output: `${lines.join('\n')}\n` };
  },
});

/** What a clean-up may delete on a disk besides runaway logs: a tenth of what was there before (old archives, core dumps, caches). */
const JUNK_SHARE = 0.1;

function reclaimable(world: World, host: string, disk: Disk): number {
  const initial = world.hosts.get(host)!.spec.disks.find((d) => d.mount === disk.mount)!.used_gb * 1e9;
  return Math.max(0, disk.usedBytes - disk.deletedOpenBytes - initial * (1 - JUNK_SHARE));
}

export const clearDisk = defineOperation({
  name: 'clear-disk',
  summary: 'delete old logs and archives on a filesystem (frees up to `gb`, never what a deleted-but-open file holds)',
  target: 'host-mount',
  params: z.strictObject({ gb: z.number().positive().default(20) }),
  run(world, target, params) {
    const { host, disk } = diskAt(world, target);
    let left = Math.min(params.gb * 1e9, reclaimable(world, host, disk));
    // Runaway logs' older parts go first; the writer keeps writing to its current file.
    for (const writer of logWriters(disk)) {
      const freed = freeBytes(disk, Math.min(left, writer.visibleBytes));
      writer.visibleBytes -= freed;
      left -= freed;
    }
    freeBytes(disk, left);
    return { ok: true, output: dfLines(disk) };
  },
});

export const skipMessage = defineOperation({
  name: 'skip-message',
  summary: "move the consumer group's offset past the message it cannot process (kafka-consumer-groups --reset-offsets --shift-by 1)",
  target: 'queue',
  params: z.strictObject({}),
  run(world, target) {
    const queue = world.queues.get(target)!;
    const group = [...world.services.values()].find((s) => s.spec.consumes === target)?.spec.name ?? `${target}-consumer`;
    const offset = committedOffset(queue) + 1;
    // Skipping loses the message either way; only a poison message is worth it.
    queue.consumed = Math.min(queue.produced, queue.consumed + 1);
    queue.poisoned = false;
    const header = `${'GROUP'.padEnd(31)}${'TOPIC'.padEnd(31)}${'PARTITION'.padEnd(11)}NEW-OFFSET`;
    const rows = Array.from({ length: queue.spec.partitions }, (_, p) => `${group.padEnd(31)}${target.padEnd(31)}${String(p).padEnd(11)}${offset}`);
    return { ok: true, output: `\n${header}\n${rows.join('\n')}\n` };
  },
});

export const STORAGE_OPERATIONS = [flushCache, warmCache, rotateLogs, clearDisk, skipMessage];
