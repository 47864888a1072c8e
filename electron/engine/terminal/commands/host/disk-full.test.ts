import { describe, expect, it } from 'vitest';
import { dataWorld } from '../../../sim/faults/data-test-kit';
import { hostDrill, MINUTE } from './host-test-kit';

/** orders-db's data disk has 10 GB free (5 GB for non-root): a 2 GB/min runaway log fills it in about 5 minutes. */
const tightDisk = () => dataWorld({ db_disks: [{ mount: '/', size_gb: 50, used_gb: 12 }, { mount: '/var/lib/postgresql', size_gb: 100, used_gb: 90 }] });
const fill = (params: Record<string, unknown>) => ({ id: 'fill', kind: 'disk-fill', target: 'db-1:/var/lib/postgresql', trigger: { at: '1m' }, params });
const pgRow = (df: string) => df.split('\n').find((l) => l.endsWith(' /var/lib/postgresql'))!;

describe('transcript: disk full, nothing to delete (a deleted log still held open)', () => {
  it('df shows 100%, du cannot find it, lsof +L1 names the holder, and restarting it frees the space', () => {
    // node-a's root disk (100 GB, 30 used) fills at 20 GB a minute from 1m with a log reports deleted but still writes.
    const d = hostDrill([{ id: 'fill', kind: 'disk-fill', target: 'node-a:/', trigger: { at: '1m' }, params: { mb_per_min: 20_000, deleted_open: true, writer: 'reports' } }]);
    d.until(6 * MINUTE);
    const root = (df: string) => df.split('\n').find((l) => l.endsWith(' /'))!;
    expect(root(d.run('node-a', 'df -h').stdout)).toMatch(/^\/dev\/nvme0n1p1 +93G +93G +0 100% \/$/);
    expect(d.run('node-a', 'journalctl -p err --no-pager').stdout).toMatch(/^\w{3} \d\d \d\d:\d\d:\d\d node-a kernel: No space left on device \(\/ on node-a\)$/m);

    // du adds up named files only: /var/log is small, and / holds 70 GB less than df says.
    expect(d.run('node-a', 'du -sh /var/log').stdout).toMatch(/^\d+M\t\/var\/log$/);
    expect(d.run('node-a', 'du -sh /').stdout).toBe('28G\t/');

    // The deleted file, and the process holding it open.
    const lsof = d.run('node-a', 'lsof +L1');
    expect(lsof.exitCode).toBe(0);
    const [header, row] = lsof.stdout.split('\n');
    expect(header).toMatch(/^COMMAND +PID USER +FD +TYPE DEVICE +SIZE\/OFF NLINK +NODE NAME$/);
    expect(row).toMatch(/^reports +\d+ app +4w +REG +259,1 +\d{11} +0 +\d+ \/var\/log\/reports\/reports\.log \(deleted\)$/);
    const pid = /^reports +(\d+)/.exec(row!)![1];
    expect(d.run('node-a', 'ps aux').stdout).toMatch(new RegExp(`^app +${pid} .*/usr/local/bin/reports`, 'm'));
    expect(d.run('node-a', 'systemctl status reports').stdout).toContain(`Main PID: ${pid} (reports)`);

    // logrotate cannot reach a file that has no name.
    expect(d.run('node-a', 'logrotate -v -f /etc/logrotate.conf').stdout).toContain('/var/log/reports/reports.log does not exist -- skipping');
    expect(root(d.run('node-a', 'df -h').stdout)).toContain('100%');

    // Restarting the holder closes the file: the space comes back.
    expect(d.run('node-a', 'systemctl restart reports')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    d.until(8 * MINUTE);
    expect(d.run('node-a', 'lsof +L1')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(root(d.run('node-a', 'df -h').stdout)).toMatch(/^\/dev\/nvme0n1p1 +93G +28G +61G +32% \/$/);
    expect(d.context.sim.faults.faults[0]!.state).toBe('cleared');
  });

  it('systemctl restart is refused for units that are not on the host', () => {
    const d = hostDrill([fill({ deleted_open: true, writer: 'reports' })], tightDisk());
    d.until(2 * MINUTE);
    expect(d.run('node-b', 'systemctl restart reports')).toEqual({ stdout: '', stderr: 'Failed to restart reports.service: Unit reports.service not found.', exitCode: 5 });
    expect(d.run('db-1', 'systemctl list-units').stdout).toMatch(/^ {2}reports\.service +loaded active running reports service$/m);
  });

  it('a runaway log that still has a name: du finds it under the data disk and logrotate -f truncates it', () => {
    const d = hostDrill([fill({})], tightDisk());
    d.until(7 * MINUTE);
    expect(d.run('db-1', 'lsof +L1').exitCode).toBe(1);
    expect(d.run('db-1', 'du -sh /var/lib/postgresql/log').stdout).toMatch(/^9\.3G\t\/var\/lib\/postgresql\/log$/);
    expect(d.run('db-1', 'lsof').stdout).toMatch(/^app +\d+ app +4w +REG .* 1 +\d+ \/var\/lib\/postgresql\/log\/app\/app\.log$/m);
    expect(d.run('db-1', 'logrotate -f /etc/logrotate.conf')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(pgRow(d.run('db-1', 'df -h').stdout)).toMatch(/ 84G .* 95% /);
    d.until(8 * MINUTE);
    expect(d.run('db-1', 'systemctl is-active postgresql').stdout).toBe('active');
    expect(d.run('db-1', 'journalctl -u postgresql --since -3m').stdout).toMatch(/postgres\[\d+\]: LOG: {2}database system was interrupted; automatic recovery in progress/);
  });
});
