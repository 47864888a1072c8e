import { describe, expect, it } from 'vitest';
import { hostDrill, MINUTE } from './host-test-kit';

const dbDown = { id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } };

describe('transcript: the database is down', () => {
  it('systemctl status shows the crash, journalctl -p err the errors, and systemctl restart brings it back', () => {
    const d = hostDrill([dbDown]);
    d.until(2 * MINUTE);

    const status = d.run('db-1', 'systemctl status postgresql');
    expect(status.exitCode).toBe(3);
    const [head, loaded, active, mainPid] = status.stdout.split('\n');
    expect(head).toBe('× postgresql.service - PostgreSQL Cluster 15-main');
    expect(loaded).toBe('     Loaded: loaded (/lib/systemd/system/postgresql@.service; enabled; preset: enabled)');
    expect(active).toBe('     Active: failed (Result: signal) since Fri 2026-03-13 10:01:00 UTC; 1min 0s ago');
    expect(mainPid).toMatch(/^ {3}Main PID: \d+ \(code=killed, signal=SEGV\)$/);
    expect(status.stdout).toMatch(/\nMar 13 10:01:00 db-1 postgres\[\d+\]: LOG: {2}server process \(PID \d+\) was terminated by signal 11: Segmentation fault; terminating any other active server processes\n/);
    expect(status.stdout).toMatch(/db-1 systemd\[1\]: postgresql\.service: Failed with result 'signal'\.\nMar 13 10:01:00 db-1 systemd\[1\]: Failed to start postgresql\.service - PostgreSQL Cluster 15-main\.$/);
    // The replica is fine.
    expect(d.run('db-2', 'systemctl status postgresql').exitCode).toBe(0);

    // -p err keeps err and worse: the crash and systemd's failure, not the LOG lines.
    const errors = d.run('db-1', 'journalctl -u postgresql -p err --no-pager').stdout.split('\n');
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((l) => /^Mar 13 \d\d:\d\d:\d\d db-1 (postgres|systemd)\[\d+\]: /.test(l))).toBe(true);
    expect(errors.some((l) => l.includes('Segmentation fault'))).toBe(true);
    expect(errors.some((l) => l.includes("Failed with result 'signal'"))).toBe(true);
    expect(errors.some((l) => l.includes('Started '))).toBe(false);
    expect(d.run('db-1', 'journalctl -u postgresql --since 10:00:30 -n 1').stdout).toBe('Mar 13 10:01:00 db-1 systemd[1]: Failed to start postgresql.service - PostgreSQL Cluster 15-main.');

    // Nothing listens on 5432 and no client holds a connection.
    expect(d.run('db-1', 'ss -tan').stdout).not.toContain(':5432');
    expect(d.run('node-a', 'ss -tan').stdout).not.toContain(':5432');

    // Restarting from another host does nothing: the unit is not there.
    expect(d.run('node-a', 'systemctl restart postgresql').exitCode).toBe(5);
    expect(d.context.world.datastores.get('orders-db')!.up).toBe(false);

    // On db-1 the restart is silent, runs restart-db, and the unit is activating until postgres is back.
    const restart = d.run('db-1', 'systemctl restart postgresql');
    expect(restart).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    // Log lines reach the journal as the clock moves.
    d.until(2 * MINUTE + 1_000);
    const activating = d.run('db-1', 'systemctl status postgresql');
    expect(activating.exitCode).toBe(3);
    expect(activating.stdout).toMatch(/^● postgresql\.service - PostgreSQL Cluster 15-main\n.*\n {5}Active: activating \(start\) since /);
    expect(d.run('db-1', 'journalctl -u postgresql -n 2').stdout).toMatch(/postgres\[\d+\]: LOG: {2}received fast shutdown request; database system is shut down\n.* systemd\[1\]: Stopping postgresql\.service - PostgreSQL Cluster 15-main\.\.\.$/);

    d.until(3 * MINUTE);
    const back = d.run('db-1', 'systemctl status postgresql');
    expect(back.exitCode).toBe(0);
    expect(back.stdout).toMatch(/Active: active \(running\) since Fri 2026-03-13 10:02:4\d UTC; \d+s ago/);
    expect(d.run('db-1', 'journalctl -u postgresql -n 2').stdout).toMatch(/postgres\[(\d+)\]: LOG: {2}database system is ready to accept connections\n.* systemd\[1\]: Started postgresql\.service - PostgreSQL Cluster 15-main\.$/);
    expect(d.run('db-1', 'ss -tan').stdout).toMatch(/ESTAB .*:5432 /);
    // A new process: its pid differs from the crashed one.
    expect(back.stdout.match(/Main PID: (\d+)/)![1]).not.toBe(mainPid!.match(/Main PID: (\d+)/)![1]);
  });

  it('journalctl -f follows the unit: lines that arrive after it started, and nothing twice', () => {
    const d = hostDrill([dbDown]);
    d.until(30_000);
    const result = d.run('db-1', 'journalctl -u postgresql -f');
    expect(result.exitCode).toBe(0);
    expect(result.follow).toBeDefined();
    expect(result.follow!.next(d.context)).toEqual({ text: '', done: false });
    d.until(MINUTE + 5_000);
    const first = result.follow!.next(d.context);
    expect(first.done).toBe(false);
    expect(first.text).toMatch(/^Mar 13 10:01:00 db-1 postgres\[\d+\]: LOG: {2}server process .* Segmentation fault.*\n/);
    expect(first.text).toContain("Failed with result 'signal'");
    expect(result.follow!.next(d.context).text).toBe('');
  });

  it('journalctl -f shows what a restart logs in the same second it was started', () => {
    const d = hostDrill([dbDown]);
    d.until(2 * MINUTE);
    const result = d.run('db-1', 'journalctl -f -u postgresql.service');
    expect(d.run('db-1', 'systemctl restart postgresql').exitCode).toBe(0);
    d.until(2 * MINUTE + 1_000);
    expect(result.follow!.next(d.context).text).toMatch(/^Mar 13 10:02:00 db-1 postgres\[\d+\]: LOG: {2}received fast shutdown request; database system is shut down\nMar 13 10:02:00 db-1 systemd\[1\]: Stopping postgresql\.service - PostgreSQL Cluster 15-main\.\.\.\n$/);
  });
});
