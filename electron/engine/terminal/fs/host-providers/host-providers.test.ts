import { describe, expect, it } from 'vitest';
import { hostDrill, MINUTE } from '../../commands/host/host-test-kit';
import { HOST_FILE_PROVIDERS } from './index';
import { MAX_LOG_LINES } from './log-files';

function files(d: ReturnType<typeof hostDrill>, host: string): Map<string, () => string> {
  const all = new Map<string, () => string>();
  for (const provider of HOST_FILE_PROVIDERS) {
    for (const path of provider.paths(host, d.context)) all.set(path, () => provider.read(host, path, d.context));
  }
  return all;
}

describe('host file providers', () => {
  const d = hostDrill([{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } }]);
  d.until(2 * MINUTE);

  it('serves /proc and /var/log per host: service logs where its pods run, the postgres log on database hosts', () => {
    expect([...files(d, 'node-a').keys()].sort()).toEqual(['/proc/cpuinfo', '/proc/loadavg', '/proc/meminfo', '/proc/uptime', '/var/log/api.log', '/var/log/reports.log', '/var/log/syslog', '/var/log/worker.log']);
    expect([...files(d, 'db-1').keys()].sort()).toEqual(['/proc/cpuinfo', '/proc/loadavg', '/proc/meminfo', '/proc/uptime', '/var/log/postgresql/postgresql-15-main.log', '/var/log/syslog']);
    expect([...files(d, 'bastion').keys()].sort()).toEqual(['/proc/cpuinfo', '/proc/loadavg', '/proc/meminfo', '/proc/uptime', '/var/log/syslog']);
  });

  it('/proc files read as the kernel writes them, from the host state', () => {
    const f = files(d, 'db-1');
    expect(f.get('/proc/meminfo')!()).toMatch(/^MemTotal: {7}62500000 kB\nMemFree: +\d+ kB\nMemAvailable: +\d+ kB\n/);
    expect(f.get('/proc/loadavg')!()).toMatch(/^\d+\.\d\d \d+\.\d\d \d+\.\d\d \d+\/\d+ \d+\n$/);
    expect(f.get('/proc/uptime')!()).toMatch(/^\d+\.\d\d \d+\.\d\d\n$/);
    const cpuinfo = f.get('/proc/cpuinfo')!();
    expect(cpuinfo.match(/^processor\t: \d+$/gm)).toHaveLength(16);
  });

  it("a service's log holds its pods' lines on this host only, newest last", () => {
    const pods = new Set(d.context.world.services.get('api')!.instances.filter((i) => i.host === 'node-a').map((i) => i.name));
    const lines = files(d, 'node-a').get('/var/log/api.log')!().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const [, stamp, , pod] = /^(\S+) (INFO |WARN |ERROR) \[(\S+)\] /.exec(line)!;
      expect(pods.has(pod!)).toBe(true);
      expect(stamp).toMatch(/^2026-03-13T/);
    }
    expect(lines.some((l) => l.includes('Connection to orders-db:5432 refused'))).toBe(true);
    const stamps = lines.map((l) => l.split(' ')[0]!);
    expect(stamps.at(-1)! >= stamps[0]!).toBe(true);
  });

  it('logs are bounded to their newest lines', () => {
    // Five minutes of a database outage: every api request logs an error, far more than a file keeps.
    const long = hostDrill([{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } }]);
    long.until(5 * MINUTE);
    const text = files(long, 'node-a').get('/var/log/api.log')!();
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_LOG_LINES);
    expect(lines.at(-1)).toMatch(/^2026-03-13T10:04:/);
  });

  it('the postgres log and syslog carry the crash', () => {
    const f = files(d, 'db-1');
    expect(f.get('/var/log/postgresql/postgresql-15-main.log')!()).toMatch(/^2026-03-13 10:01:00\.000 UTC \[\d+\] LOG: {2}server process \(PID \d+\) was terminated by signal 11: Segmentation fault/m);
    expect(f.get('/var/log/syslog')!()).toMatch(/^2026-03-13T10:01:00\.000000\+00:00 db-1 systemd\[1\]: postgresql\.service: Failed with result 'signal'\.$/m);
  });
});
