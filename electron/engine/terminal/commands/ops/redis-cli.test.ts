import { describe, expect, it } from 'vitest';
import { MINUTE, netDrill } from '../net/net-test-kit';
import { redisCli } from './redis-cli';

function drill(faults: Record<string, unknown>[] = []) {
  const d = netDrill(faults);
  d.until(2 * MINUTE);
  return { ...d, redis: (...args: string[]) => d.run(redisCli, ['-h', 'sessions', ...args]) };
}

/** One field of INFO's text. */
const field = (text: string, name: string) => Number(new RegExp(`^${name}:(\\d+)$`, 'm').exec(text)![1]);

describe('redis-cli', () => {
  const d = drill();
  it.each([
    [['ping'], 'PONG\n', 0],
    [['PING'], 'PONG\n', 0],
    [['dbsize'], '(integer) 250000\n', 0],
    [['config', 'get', 'maxmemory'], '1) "maxmemory"\n2) "8589934592"\n', 0],
    [['config', 'get', 'maxmemory*'], '1) "maxmemory"\n2) "8589934592"\n3) "maxmemory-policy"\n4) "allkeys-lru"\n', 0],
    [['config', 'get', 'nope'], '(empty array)\n', 0],
    [['bogus', 'x'], "(error) ERR unknown command 'bogus', with args beginning with: 'x' \n", 0],
  ])('%j', (args, stdout, exitCode) => {
    expect(d.redis(...args)).toEqual({ stdout, stderr: '', exitCode });
  });

  it('info prints Redis’s sections', () => {
    const info = d.redis('info').stdout;
    expect(info.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Server', '# Clients', '# Memory', '# Stats', '# Replication', '# Keyspace']);
    expect(info).toMatch(/^# Server\nredis_version:7\.2\.4\n/);
    expect(field(info, 'connected_clients')).toBeGreaterThan(1);
    expect(field(info, 'keyspace_hits')).toBeGreaterThan(field(info, 'keyspace_misses'));
    expect(info).toMatch(/\n# Keyspace\ndb0:keys=250000,expires=225000,avg_ttl=\d+\n$/);
    expect(d.redis('info', 'clients').stdout).toMatch(/^# Clients\nconnected_clients:\d+\ncluster_connections:0\nmaxclients:10000\nblocked_clients:0\n$/);
  });

  it('reaches the cache by name, host or address, and locally on its host', () => {
    expect(d.run(redisCli, ['-h', 'cache-1', 'ping']).stdout).toBe('PONG\n');
    expect(d.run(redisCli, ['-h', '10.0.1.14', 'ping']).stdout).toBe('PONG\n');
    expect(d.run(redisCli, ['ping'], { host: 'cache-1' }).stdout).toBe('PONG\n');
    expect(d.run(redisCli, ['ping'])).toEqual({ stdout: '', stderr: 'Could not connect to Redis at 127.0.0.1:6379: Connection refused\n', exitCode: 1 });
    expect(d.run(redisCli, ['-h', 'node-a', 'ping'])).toEqual({ stdout: '', stderr: 'Could not connect to Redis at node-a:6379: Connection refused\n', exitCode: 1 });
  });

  it('a down cache refuses connections', () => {
    const d2 = drill();
    d2.context.world.caches.get('sessions')!.up = false;
    expect(d2.redis('info')).toEqual({ stdout: '', stderr: 'Could not connect to Redis at sessions:6379: Connection refused\n', exitCode: 1 });
  });

  it('completes commands, info sections and cache hosts', () => {
    expect(redisCli.complete!(['-h'], 's', d.context)).toEqual(['sessions']);
    expect(redisCli.complete!(['-h', 'sessions'], 'i', d.context)).toEqual(['info']);
    expect(redisCli.complete!(['info'], 'k', d.context)).toEqual(['keyspace']);
  });
});

describe('transcript: a cache flush', () => {
  it('flushall runs flush-cache: the keyspace empties and the hit ratio between two INFOs drops, then recovers', () => {
    const d = drill();
    const ratio = (a: string, b: string) => {
      const hits = field(b, 'keyspace_hits') - field(a, 'keyspace_hits');
      const misses = field(b, 'keyspace_misses') - field(a, 'keyspace_misses');
      return hits / (hits + misses);
    };
    const before0 = d.redis('info', 'stats').stdout;
    d.until(2 * MINUTE + 10_000);
    const before1 = d.redis('info', 'stats').stdout;
    expect(ratio(before0, before1)).toBeGreaterThan(0.85);

    expect(d.redis('flushall')).toEqual({ stdout: 'OK\n', stderr: '', exitCode: 0 });
    expect(d.redis('dbsize').stdout).toBe('(integer) 0\n');
    expect(d.redis('info', 'keyspace').stdout).toBe('# Keyspace\n');
    const after0 = d.redis('info', 'stats').stdout;
    d.until(2 * MINUTE + 20_000);
    const after1 = d.redis('info', 'stats').stdout;
    expect(ratio(after0, after1)).toBeLessThan(0.3);

    d.until(10 * MINUTE);
    const late0 = d.redis('info', 'stats').stdout;
    d.until(10 * MINUTE + 10_000);
    expect(ratio(late0, d.redis('info', 'stats').stdout)).toBeGreaterThan(0.6);
  });
});
