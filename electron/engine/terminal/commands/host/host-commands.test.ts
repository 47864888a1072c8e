import { describe, expect, it } from 'vitest';
import { hostDrill, MINUTE } from './host-test-kit';
import { HOST_COMMANDS } from './index';

/**
 * One healthy estate a minute in; each case is a command line on a host, the exit code and what the output
 * must show (patterns on stdout, then stderr when `err` is set).
 */
type Case = { host: string; line: string; exit: number; out?: RegExp[]; err?: RegExp[]; not?: RegExp[] };

const CASES: Case[] = [
  { host: 'node-a', line: 'systemctl status kubelet', exit: 0, out: [/^● kubelet\.service - kubelet: The Kubernetes Node Agent\n {5}Loaded: loaded \(\/lib\/systemd\/system\/kubelet\.service; enabled; preset: enabled\)\n {5}Active: active \(running\) since \w{3} 2026-0\d-\d\d \d\d:\d\d:\d\d UTC; (?:\d+ days|\d+ weeks? \d+ days?) ago\n {3}Main PID: \d+ \(kubelet\)\n {6}Tasks: \d+ \(limit: 76969\)\n {5}Memory: [\d.]+M\n {8}CPU: .+\n {5}CGroup: \/system\.slice\/kubelet\.service\n {13}└─\d+ \/usr\/bin\/kubelet /] },
  { host: 'db-1', line: 'systemctl status postgresql.service', exit: 0, out: [/^● postgresql\.service - PostgreSQL Cluster 15-main$/m, /Active: active \(running\)/, /├─\d+ "postgres: 15\/main: checkpointer"/, /└─\d+ "postgres: 15\/main: logical replication launcher"/] },
  { host: 'db-2', line: 'systemctl is-active postgresql', exit: 0, out: [/^active$/] },
  { host: 'cache-1', line: 'systemctl status redis', exit: 0, out: [/^● redis-server\.service - Advanced key-value store/] },
  { host: 'node-a', line: 'systemctl status postgresql', exit: 4, err: [/^Unit postgresql\.service could not be found\.$/] },
  { host: 'node-a', line: 'systemctl restart nginx', exit: 5, err: [/^Failed to restart nginx\.service: Unit nginx\.service not found\.$/] },
  { host: 'node-a', line: 'systemctl stop kubelet', exit: 1, err: [/^Failed to stop kubelet\.service: Operation refused/] },
  { host: 'node-a', line: 'systemctl restart kubelet', exit: 0, out: [/^$/] },
  { host: 'node-a', line: 'systemctl frobnicate kubelet', exit: 1, err: [/^Unknown command verb frobnicate\.$/] },
  { host: 'node-a', line: 'systemctl --bogus', exit: 1, err: [/^systemctl: unrecognized option '--bogus'$/] },
  { host: 'cache-1', line: 'systemctl list-units --type=service', exit: 0, out: [/^ {2}UNIT +LOAD +ACTIVE +SUB +DESCRIPTION$/m, /^ {2}redis-server\.service +loaded active running Advanced key-value store$/m, /^\d+ loaded units listed\./m], not: [/postgresql/] },
  { host: 'bastion', line: 'systemctl status kubelet', exit: 4 },
  { host: 'node-a', line: 'journalctl -u kubelet --no-pager', exit: 0, out: [/^\w{3} \d\d \d\d:\d\d:\d\d node-a systemd\[1\]: Started kubelet\.service - kubelet: The Kubernetes Node Agent\.$/m] },
  { host: 'node-a', line: 'journalctl -u nosuch', exit: 0, out: [/^-- No entries --$/] },
  { host: 'node-a', line: 'journalctl --since yesterday-ish', exit: 1, err: [/^Failed to parse timestamp: yesterday-ish$/] },
  { host: 'node-a', line: 'journalctl -u kubelet --since "10 min ago"', exit: 0, out: [/^-- No entries --$/] },
  { host: 'node-a', line: 'journalctl -z', exit: 1, err: [/^journalctl: invalid option -- 'z'$/] },
  { host: 'node-a', line: 'journalctl -p loud', exit: 1, err: [/^Failed to parse priority value: loud$/] },
  { host: 'node-a', line: 'ps aux', exit: 0, out: [/^USER +PID %CPU %MEM +VSZ +RSS TTY +STAT START +TIME COMMAND$/m, /^root +1 +0\.0 +0\.0 .* \/sbin\/init$/m, /^app +\d+ +[\d.]+ +[\d.]+ +\d+ +\d+ \? +Ssl +\S+ +\d+:\d\d java .*\/app\/api\.jar/m, /\/usr\/bin\/containerd-shim-runc-v2 -namespace k8s\.io/] },
  { host: 'node-a', line: 'ps -ef', exit: 0, out: [/^UID +PID +PPID +C STIME TTY +TIME CMD$/m] },
  { host: 'node-a', line: 'ps z', exit: 1, err: [/^error: unsupported option \(BSD syntax\)$/m, /^For more details see ps\(1\)\.$/m] },
  { host: 'node-a', line: 'ps -z', exit: 1, err: [/^error: unsupported SysV option$/m] },
  { host: 'node-a', line: 'top -b -n 1', exit: 0, out: [/^top - \d\d:\d\d:\d\d up \d+ days, +\d+:\d\d, +1 user, +load average: [\d.]+, [\d.]+, [\d.]+\nTasks: +\d+ total, +\d+ running, +\d+ sleeping, +0 stopped, +0 zombie\n%Cpu\(s\): +[\d.]+ us, +[\d.]+ sy, +0\.0 ni, +[\d.]+ id, +[\d.]+ wa, +0\.0 hi, +0\.0 si, +0\.0 st\nMiB Mem : +30517\.6 total, +[\d.]+ free, +[\d.]+ used, +[\d.]+ buff\/cache\nMiB Swap: +0\.0 total, +0\.0 free, +0\.0 used\. +[\d.]+ avail Mem\n\n {4}PID USER {6}PR {2}NI {4}VIRT {4}RES {4}SHR S {2}%CPU {2}%MEM {5}TIME\+ COMMAND\n/] },
  { host: 'node-a', line: 'top -x', exit: 1, err: [/^top: unknown option 'x'/] },
  { host: 'node-a', line: 'free -m', exit: 0, out: [/^ {15}total {8}used {8}free {6}shared {2}buff\/cache {3}available\nMem: {11}30518 +\d+ +\d+ +\d+ +\d+ +\d+\nSwap: {14}0 {11}0 {11}0$/] },
  { host: 'node-a', line: 'free -h', exit: 0, out: [/^Mem: {10}29\.8Gi +[\d.]+Gi/m, /^Swap: {13}0B/m] },
  { host: 'node-a', line: 'free -q', exit: 1, err: [/^free: invalid option -- 'q'$/m] },
  { host: 'db-1', line: 'df -h', exit: 0, out: [/^Filesystem {6}Size {2}Used Avail Use% Mounted on$/m, /^udev {13}30G {5}0 {3}30G {3}0% \/dev$/m, /^\/dev\/nvme0n1p1 {3}47G {3}11G {3}33G {2}26% \/$/m, /^\/dev\/nvme0n1p2 {2}466G {2}196G {2}247G {2}45% \/var\/lib\/postgresql$/m] },
  { host: 'db-1', line: 'df /var/lib/postgresql/15/main', exit: 0, out: [/^Filesystem {5}1K-blocks {6}Used Available Use% Mounted on\n\/dev\/nvme0n1p2 488281250 \d+ +\d+ +45% \/var\/lib\/postgresql$/] },
  { host: 'node-a', line: 'df -z', exit: 1, err: [/^df: invalid option -- 'z'\nTry 'df --help' for more information\.$/] },
  { host: 'node-a', line: 'du -sh /var/log', exit: 0, out: [/^\d+M\t\/var\/log$/] },
  { host: 'db-1', line: 'du -sh /var/lib/postgresql /var/log', exit: 0, out: [/^196G\t\/var\/lib\/postgresql\n\d+M\t\/var\/log$/] },
  { host: 'node-a', line: 'du -sh /nowhere', exit: 1, err: [/^du: cannot access '\/nowhere': No such file or directory$/] },
  { host: 'node-a', line: 'du -y /', exit: 1, err: [/^du: invalid option -- 'y'\nTry 'du --help'/] },
  { host: 'node-a', line: 'lsof +L1', exit: 1, out: [/^$/] },
  { host: 'node-a', line: 'lsof -Z', exit: 1, err: [/^lsof: unsupported option: -Z/] },
  { host: 'node-a', line: 'uptime', exit: 0, out: [/^ \d\d:\d\d:\d\d up \d+ days, +\d+:\d\d, +1 user, +load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/] },
  { host: 'node-a', line: 'uptime -p', exit: 0, out: [/^up \d+ days, \d+ hours?, \d+ minutes?$/] },
  { host: 'db-1', line: 'ss -tln', exit: 0, out: [/^State +Recv-Q Send-Q Local Address:Port Peer Address:Port Process$/m, /^LISTEN +0 +4096 +0\.0\.0\.0:5432 +0\.0\.0\.0:\*$/m], not: [/ESTAB/] },
  { host: 'db-1', line: 'ss -tan', exit: 0, out: [/^ESTAB +0 +0 +10\.\d+\.\d+\.\d+:5432 +10\.\d+\.\d+\.\d+:\d+$/m] },
  { host: 'db-1', line: 'ss -x', exit: 1, err: [/^ss: invalid option -- 'x'/] },
  { host: 'node-a', line: 'netstat -tlnp', exit: 0, out: [/^Active Internet connections \(only servers\)\nProto Recv-Q Send-Q Local Address {11}Foreign Address {9}State {7}PID\/Program name$/m, /^tcp {8}0 {6}0 \*:10250 +0\.0\.0\.0:\* +LISTEN +\d+\/kubelet$/m] },
  { host: 'node-a', line: 'netstat -tan', exit: 0, out: [/ESTABLISHED/, /:5432 +ESTABLISHED/] },
  { host: 'db-1', line: 'nproc', exit: 0, out: [/^16$/] },
  { host: 'bastion', line: 'nproc', exit: 0, out: [/^2$/] },
  { host: 'db-1', line: 'uname -a', exit: 0, out: [/^Linux db-1 6\.1\.0-18-cloud-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6\.1\.76-1 \(2024-02-01\) x86_64 GNU\/Linux$/] },
  { host: 'db-1', line: 'uname -rn', exit: 0, out: [/^db-1 6\.1\.0-18-cloud-amd64$/] },
  { host: 'db-1', line: 'uname -q', exit: 1, err: [/^uname: invalid option -- 'q'/] },
  { host: 'node-a', line: 'logrotate', exit: 1, err: [/^Usage: logrotate/m] },
  { host: 'node-a', line: 'logrotate -f /etc/logrotate.conf', exit: 0, out: [/^$/] },
];

describe('host commands on a healthy estate', () => {
  const d = hostDrill();
  d.until(MINUTE);
  it.each(CASES)('$host: $line → exit $exit', ({ host, line, exit, out = [], err = [], not = [] }) => {
    const result = d.run(host, line);
    expect({ exit: result.exitCode, stderr: result.stderr }).toMatchObject({ exit });
    for (const pattern of out) expect(result.stdout).toMatch(pattern);
    for (const pattern of err) expect(result.stderr).toMatch(pattern);
    for (const pattern of not) expect(result.stdout).not.toMatch(pattern);
  });
});

describe('outputs follow the world', () => {
  it('ss counts the database connections the datastore reports', () => {
    const d = hostDrill();
    d.until(MINUTE);
    const store = d.context.world.datastores.get('orders-db')!;
    const estab = d.run('db-1', 'ss -tan').stdout.split('\n').filter((l) => l.startsWith('ESTAB') && l.includes(':5432 '));
    expect(estab.length).toBe(Math.round(store.activeConnections + store.idleConnections));
    expect(estab.length).toBeGreaterThan(0);
  });

  it('top shows steal time from the host and ps its pods', () => {
    const d = hostDrill();
    d.until(MINUTE);
    d.context.world.hosts.get('node-a')!.stealRatio = 0.3;
    d.until(MINUTE + 2_000);
    expect(d.run('node-a', 'top -b -n 1').stdout).toMatch(/%Cpu\(s\):.* 30\.0 st$/m);
    const pods = [...d.context.world.services.values()].flatMap((s) => s.instances).filter((i) => i.host === 'node-a' && i.status === 'Running');
    const java = d.run('node-a', 'ps aux').stdout.split('\n').filter((l) => / java /.test(l));
    expect(java).toHaveLength(pods.length);
  });

  it('every command has a summary, usage, man page and a unique name', () => {
    const names = HOST_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of HOST_COMMANDS) {
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.usage).toMatch(new RegExp(`^${c.name}`));
      expect(c.man).toMatch(/^NAME\n/);
    }
  });

  it('completes systemctl verbs and units, and journalctl units and priorities', () => {
    const d = hostDrill();
    const systemctl = HOST_COMMANDS.find((c) => c.name === 'systemctl')!;
    const journalctl = HOST_COMMANDS.find((c) => c.name === 'journalctl')!;
    expect(systemctl.complete!(['systemctl'], 're', d.context)).toEqual(['restart']);
    expect(systemctl.complete!(['systemctl', 'status'], 'po', d.context)).toEqual(['postgresql.service']);
    expect(journalctl.complete!(['journalctl', '-u'], 're', d.context)).toEqual(['redis-server']);
    expect(journalctl.complete!(['journalctl', '-p'], 'e', d.context)).toEqual(['emerg', 'err']);
  });
});

describe('mitigations through systemctl', () => {
  it('restarting redis-server empties the cache (flush-cache): every lookup misses until it warms', () => {
    const d = hostDrill();
    d.until(MINUTE);
    const cache = d.context.world.caches.get('sessions')!;
    expect(cache.warmth).toBeGreaterThan(0.9);
    expect(d.run('cache-1', 'systemctl restart redis-server')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(cache.warmth).toBeLessThan(0.01);
  });

  it('a mitigation the world refuses fails as a systemd job does', () => {
    const d = hostDrill([{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } }]);
    d.until(MINUTE + 5_000);
    d.context.world.caches.get('sessions')!.up = false;
    const result = d.run('cache-1', 'systemctl restart redis-server');
    expect(result).toEqual({
      stdout: '',
      stderr: 'Job for redis-server.service failed because the control process exited with error code.\nSee "systemctl status redis-server.service" and "journalctl -xeu redis-server.service" for details.',
      exitCode: 1,
    });
    expect(d.run('cache-1', 'systemctl status redis-server').stdout).toMatch(/^× redis-server\.service/);
  });

  it('systemctl start on a failed postgres runs restart-db; on the replica host a restart touches nothing', () => {
    const d = hostDrill([{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } }]);
    d.until(MINUTE + 5_000);
    expect(d.run('db-2', 'systemctl restart postgresql').exitCode).toBe(0);
    expect(d.context.world.datastores.get('orders-db')!.up).toBe(false);
    expect(d.run('db-1', 'systemctl start postgresql').exitCode).toBe(0);
    d.until(MINUTE + 60_000);
    expect(d.context.world.datastores.get('orders-db')!.up).toBe(true);
    expect(d.run('db-1', 'systemctl start postgresql')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
