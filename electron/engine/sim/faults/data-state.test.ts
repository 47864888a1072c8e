import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import type { SimMillis } from '../clock';
import { dataWorld } from './data-test-kit';
import { worldSchema } from '../../scenario/world-schema';
import { backendPid, beginTransition, diskAt, endLongQuery, endTransition, inTransition, transition, faultMemory, freeBytes, hasLongQuery, humanBytes, logWriters, longQueries, startLongQuery, stopWriter } from './data-state';

function world() {
  return createWorld(worldSchema.parse(dataWorld()), '2026-03-13T10:00:00Z', 7, 0 as SimMillis);
}

describe('long queries', () => {
  it('the oldest one on the primary is the store\'s blocker; ending it hands over to the next', () => {
    const w = world();
    const store = w.datastores.get('orders-db')!;
    startLongQuery(store, { pid: 11, query: 'UPDATE a', startedAt: 0 as SimMillis, on: 'primary', lagRate: 0 });
    startLongQuery(store, { pid: 12, query: 'UPDATE b', startedAt: 1000 as SimMillis, on: 'primary', lagRate: 0 });
    expect(store.blocker).toEqual({ pid: 11, query: 'UPDATE a', startedAt: 0 });
    expect(endLongQuery(store, 11)?.query).toBe('UPDATE a');
    expect(store.blocker?.pid).toBe(12);
    expect(endLongQuery(store, 11)).toBeUndefined();
    endLongQuery(store, 12);
    expect(store.blocker).toBeUndefined();
    expect(longQueries(store)).toHaveLength(0);
  });

  it('a query on the replica holds back replay at its rate, and only while it runs', () => {
    const w = world();
    const store = w.datastores.get('orders-db')!;
    startLongQuery(store, { pid: 21, query: 'SELECT report', startedAt: 0 as SimMillis, on: 'replica', lagRate: 0.5 });
    expect(store.replicationLagRate).toBe(0.5);
    expect(store.blocker).toBeUndefined();
    expect(hasLongQuery(store, 21)).toBe(true);
    endLongQuery(store, 21);
    expect(store.replicationLagRate).toBe(0);
    expect(hasLongQuery(store, 21)).toBe(false);
  });

  it('backend pids are stable for the same moment and differ between stores and salts', () => {
    const w = world();
    const store = w.datastores.get('orders-db')!;
    expect(backendPid(w, store, 'a')).toBe(backendPid(w, store, 'a'));
    expect(backendPid(w, store, 'a')).not.toBe(backendPid(w, store, 'b'));
    expect(backendPid(w, store, 'a')).toBeGreaterThanOrEqual(2000);
  });

  it('each world has its own table', () => {
    const a = world();
    const b = world();
    startLongQuery(a.datastores.get('orders-db')!, { pid: 5, query: 'x', startedAt: 0 as SimMillis, on: 'primary', lagRate: 0 });
    expect(longQueries(b.datastores.get('orders-db')!)).toHaveLength(0);
  });
});

describe('transitions', () => {
  it('a new failover or restart replaces the one under way; the store counts as in transition until its end lands', () => {
    const store = world().datastores.get('orders-db')!;
    expect(inTransition(store)).toBe(false);
    const failover = beginTransition(store, 'failover', 0 as SimMillis);
    const restart = beginTransition(store, 'restart', 1000 as SimMillis);
    expect(transition(store)).toBe(restart);
    expect(transition(store)).not.toBe(failover);
    endTransition(store);
    expect(inTransition(store)).toBe(false);
    store.restartUntil = 5000 as SimMillis;
    expect(inTransition(store)).toBe(true);
  });
});

describe('disks', () => {
  it('finds the disk behind host:/mount', () => {
    const w = world();
    expect(diskAt(w, 'db-1:/var/lib/postgresql').disk.mount).toBe('/var/lib/postgresql');
    expect(diskAt(w, 'db-1:/').host).toBe('db-1');
  });

  it('freeing never goes below what deleted-but-open files hold', () => {
    const { disk } = diskAt(world(), 'db-1:/');
    disk.usedBytes = 30e9;
    disk.deletedOpenBytes = 25e9;
    expect(freeBytes(disk, 10e9)).toBe(5e9);
    expect(disk.usedBytes).toBe(25e9);
    expect(freeBytes(disk, 10e9)).toBe(0);
  });

  it('stopping a writer takes its rate off the disk', () => {
    const { disk } = diskAt(world(), 'db-1:/');
    const writer = { fault: 'f', path: '/var/log/x.log', bytesPerSec: 100, deletedOpen: false, visibleBytes: 0 };
    logWriters(disk).push(writer);
    disk.fillBytesPerSec += 100;
    stopWriter(disk, writer);
    expect(disk.fillBytesPerSec).toBe(0);
    expect(writer.bytesPerSec).toBe(0);
    expect(logWriters(disk)).toEqual([writer]);
  });
});

describe('helpers', () => {
  it('sizes print as df -h prints them', () => {
    expect(humanBytes(500e9)).toBe('466G');
    expect(humanBytes(5 * 1024 ** 3)).toBe('5.0G');
    expect(humanBytes(1536 * 1024)).toBe('1.5M');
    expect(humanBytes(900)).toBe('900B');
    expect(humanBytes(-1)).toBe('0B');
  });

  it('fault memory is private to each fault record and starts fresh', () => {
    const memory = faultMemory(() => ({ n: 0 }));
    const a = {};
    const b = {};
    memory(a).n = 3;
    expect(memory(a).n).toBe(3);
    expect(memory(b).n).toBe(0);
  });
});
