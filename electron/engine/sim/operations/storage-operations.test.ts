import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from '../faults/data-test-kit';
import { humanBytes } from '../faults/data-state';

const GB = 1e9;

function drill(faults: Record<string, unknown>[] = [], world = dataWorld()): Drill {
  return new Drill(dataScenario(world, faults));
}

describe('flush-cache', () => {
  it('empties the cache as FLUSHALL does and redis logs how many keys went', () => {
    const d = drill();
    d.until(MINUTE);
    const cache = d.sim.world.caches.get('sessions')!;
    const keys = cache.keys;
    expect(keys).toBeGreaterThan(0);
    expect(d.op('flush-cache', 'sessions')).toEqual({ ok: true, output: 'OK\n' });
    expect(cache.warmth).toBe(0);
    d.for(1000);
    expect(cache.hitRatio).toBeLessThan(0.01);
    expect(d.logs(`FLUSHALL removed ${keys} keys`, MINUTE)).toHaveLength(1);
  });

  it('starts a scenario\'s stampede fault that waits for it, without flushing twice', () => {
    const d = drill([{ id: 'stampede', kind: 'cache-stampede', target: 'sessions', trigger: { operation: 'flush-cache' } }]);
    d.until(2 * MINUTE);
    expect(d.fault('stampede')).toBe('waiting');
    d.op('flush-cache', 'sessions');
    d.for(1000);
    expect(d.fault('stampede')).toBe('active');
    expect(d.logs('FLUSHALL removed', MINUTE)).toHaveLength(1);
  });
});

describe('warm-cache', () => {
  it('warms with a 30 s time constant instead of the cache\'s own warm-up', () => {
    const warmed = drill();
    const control = drill();
    for (const d of [warmed, control]) {
      d.until(MINUTE);
      d.op('flush-cache', 'sessions');
    }
    warmed.op('warm-cache', 'sessions');
    warmed.for(30_000);
    control.for(30_000);
    // 1 − e^(−1) after one time constant; the 5-minute warm-up gets 1 − e^(−0.1).
    expect(warmed.sim.world.caches.get('sessions')!.warmth).toBeCloseTo(1 - Math.exp(-1), 1);
    expect(control.sim.world.caches.get('sessions')!.warmth).toBeCloseTo(1 - Math.exp(-0.1), 1);
  });
});

describe('rotate-logs and clear-disk', () => {
  const world = () => dataWorld({ db_disks: [{ mount: '/', size_gb: 50, used_gb: 12 }, { mount: '/var/lib/postgresql', size_gb: 500, used_gb: 200 }] });
  const fill = (params: Record<string, unknown>) => ({ id: 'fill', kind: 'disk-fill', target: 'db-1:/var/lib/postgresql', trigger: { at: '1m' }, params });

  it('rotate-logs truncates the runaway log it finds by name, and says so', () => {
    const d = drill([fill({ writer: 'reports' })], world());
    d.until(6 * MINUTE);
    const disk = d.sim.world.hosts.get('db-1')!.disks[1]!;
    expect(disk.usedBytes).toBeGreaterThan(209 * GB);
    const result = d.op('rotate-logs', 'db-1');
    expect(result.output).toContain('considering log /var/lib/postgresql/log/reports/reports.log\n  log needs rotating\ntruncating /var/lib/postgresql/log/reports/reports.log');
    expect(disk.usedBytes).toBeCloseTo(200 * GB, -6);
    d.for(MINUTE);
    expect(disk.usedBytes).toBeCloseTo(200 * GB, -6);
  });

  it('rotate-logs on a host with nothing runaway rotates nothing', () => {
    const d = drill();
    d.until(MINUTE);
    const before = d.sim.world.hosts.get('db-1')!.disks.map((x) => x.usedBytes);
    expect(d.op('rotate-logs', 'db-1').output).toContain('log does not need rotating');
    expect(d.sim.world.hosts.get('db-1')!.disks.map((x) => x.usedBytes)).toEqual(before);
  });

  it('clear-disk frees what it asked for, prints df as the node exporter sees it, and leaves the writer writing', () => {
    const d = drill([fill({})], world());
    d.until(6 * MINUTE);
    const disk = d.sim.world.hosts.get('db-1')!.disks[1]!;
    const used = disk.usedBytes;
    const result = d.op('clear-disk', 'db-1:/var/lib/postgresql', { gb: 5 });
    expect(used - disk.usedBytes).toBeCloseTo(5 * GB, -3);
    const [header, row] = result.output.trimEnd().split('\n');
    expect(header).toMatch(/^Filesystem\s+Size\s+Used\s+Avail\s+Use% Mounted on$/);
    const [device, size, usedText, avail, , mount] = row!.split(/\s+/);
    expect([device, mount]).toEqual([disk.device, '/var/lib/postgresql']);
    expect(size).toBe(humanBytes(500 * GB));
    expect(usedText).toBe(humanBytes(disk.usedBytes));
    // The next scrape reports the same available space (less what was written since).
    d.for(15_000);
    const scraped = d.values('node_filesystem_avail_bytes', { nodename: 'db-1', mountpoint: '/var/lib/postgresql' })[0]!;
    expect(humanBytes(scraped + 15 * (2000e6 / 60))).toBe(avail);
    expect(disk.fillBytesPerSec).toBeGreaterThan(0);
  });

  it('clear-disk never frees what a deleted-but-open file holds, nor the data that was there before', () => {
    const d = drill([fill({ deleted_open: true, writer: 'reports' })], world());
    d.until(6 * MINUTE);
    const disk = d.sim.world.hosts.get('db-1')!.disks[1]!;
    const held = disk.deletedOpenBytes;
    d.op('clear-disk', 'db-1:/var/lib/postgresql', { gb: 500 });
    expect(disk.deletedOpenBytes).toBe(held);
    // A tenth of the 200 GB that was there before is old archives; the rest is data.
    expect(disk.usedBytes).toBeCloseTo(held + 180 * GB, -6);
  });
});

describe('skip-message', () => {
  it('moves the consumer group past one message and clears the poison, printing the new offsets', () => {
    const d = drill([{ id: 'poison', kind: 'queue-poison', target: 'orders', trigger: { at: '1m' } }]);
    d.until(2 * MINUTE);
    const queue = d.sim.world.queues.get('orders')!;
    const consumed = queue.consumed;
    const stuck = Number(/orders-\d+@(\d+)/.exec(d.logs('failed to process message', MINUTE)[0]!.message)![1]);
    const result = d.op('skip-message', 'orders');
    expect(result.ok).toBe(true);
    expect(queue.poisoned).toBe(false);
    expect(queue.consumed).toBe(consumed + 1);
    const rows = result.output.trim().split('\n').slice(1).map((line) => line.split(/\s+/));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[2])).toEqual(['0', '1', '2']);
    expect(rows.every((r) => r[0] === 'worker' && r[1] === 'orders' && Number(r[3]) === stuck + 1)).toBe(true);
  });
});
