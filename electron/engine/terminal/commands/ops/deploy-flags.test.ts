import { describe, expect, it } from 'vitest';
import { MINUTE, netDrill } from '../net/net-test-kit';
import { deploy } from './deploy';
import { flagsTool } from './flags';
import { OPS_COMMANDS } from './index';

const badDeploy = { id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '1m' }, params: { version: 'v1.1.0', author: 'sam', summary: 'cache order totals', error_ratio: 0.3 } };

describe('deploy', () => {
  const d = netDrill();
  d.until(MINUTE);
  it('status shows the version, who deployed it and the rollout', () => {
    expect(d.run(deploy, ['status', 'api'])).toEqual({
      stdout: 'Service:    api\nNamespace:  default\nVersion:    v1.0.0 (revision 2)\nDeployed:   2026-03-13 07:00:00 UTC by lee (3h1m ago)\nChange:     switch to the new pricing client\nRollout:    complete: 3/3 pods on v1.0.0, 3 ready\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('history lists the revisions with author and summary, the current last', () => {
    expect(d.run(deploy, ['history', 'api']).stdout).toBe(
      [
        'REVISION   VERSION   DEPLOYED                  AUTHOR   STATUS       SUMMARY',
        '1          v0.9.0    2026-03-11 10:00:00 UTC   dana     superseded   add order export',
        '2          v1.0.0    2026-03-13 07:00:00 UTC   lee      current      switch to the new pricing client',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [[], 'usage: deploy list | status <service> | history <service> | rollback <service> [--to <version>] [-y]\n', 2],
    [['status'], 'usage: deploy list | status <service> | history <service> | rollback <service> [--to <version>] [-y]\n', 2],
    [['status', 'nosuch'], 'deploy: service "nosuch" not found\n', 1],
    [['launch', 'api'], 'deploy: unknown command "launch"\nusage: deploy list | status <service> | history <service> | rollback <service> [--to <version>] [-y]\n', 2],
    [['rollback', 'api', '--to', 'v9'], 'deploy: version v9 not found in the history of api (see: deploy history api)\n', 1],
    [['rollback', 'api', '--to', 'v1.0.0'], 'deploy: api already runs v1.0.0\n', 1],
    [['rollback', 'worker'], 'deploy: worker has no earlier revision to roll back to\n', 1],
  ])('deploy %j fails', (args, stderr, exitCode) => {
    expect(d.run(deploy, args)).toEqual({ stdout: '', stderr, exitCode });
  });

  it('lists services', () => {
    expect(d.run(deploy, ['list']).stdout.split('\n')[0]).toBe('SERVICE    NAMESPACE   VERSION   STATUS');
  });

  it('completes subcommands, services and versions', () => {
    expect(deploy.complete!([], 'r', d.context)).toEqual(['rollback']);
    expect(deploy.complete!(['rollback'], 'a', d.context)).toEqual(['api']);
    expect(deploy.complete!(['rollback', 'api', '--to'], 'v0', d.context)).toEqual(['v0.9.0']);
  });
});

describe('transcript: a bad deploy rolled back with the CD tool', () => {
  it('asks, runs the rollback operation, follows the rollout, and the errors stop', () => {
    const d = netDrill([badDeploy]);
    d.until(4 * MINUTE);
    expect(d.run(deploy, ['status', 'api']).stdout).toContain('Version:    v1.1.0 (revision 3)\nDeployed:   2026-03-13 10:01:00 UTC by sam (3m ago)\nChange:     cache order totals\n');
    expect(d.context.world.services.get('api')!.errorRatio).toBeGreaterThan(0.2);

    const asked = d.run(deploy, ['rollback', 'api']);
    expect(asked).toEqual({ stdout: '', stderr: '', exitCode: 0, confirm: 'Roll back api from v1.1.0 to v1.0.0? [y/N] ' });
    const refused = deploy.run({ args: ['rollback', 'api'], stdin: '', env: new Map(), user: 'oncall', host: 'bastion', cwd: '/', fs: undefined as never, confirmed: false }, d.context);
    expect(refused).toEqual({ stdout: '', stderr: 'Rollback cancelled.\n', exitCode: 1 });
    expect(d.context.world.services.get('api')!.rollout).toBeUndefined();

    const done = deploy.run({ args: ['rollback', 'api'], stdin: '', env: new Map(), user: 'oncall', host: 'bastion', cwd: '/', fs: undefined as never, confirmed: true }, d.context);
    expect(done.stdout).toBe('Rolling back api: v1.1.0 -> v1.0.0\ndeployment.apps/api rolled back\nwaiting for rollout: 0 of 3 pods updated and ready...\n');
    expect(d.context.world.services.get('api')!.rollout?.reason).toBe('rollback');
    const lines: string[] = [];
    let finished = false;
    for (let t = 4 * MINUTE + 1000; t <= 8 * MINUTE && !finished; t += 1000) {
      d.until(t);
      const step = done.follow!.next(d.context);
      if (step.text) lines.push(step.text);
      finished = step.done;
    }
    expect(finished).toBe(true);
    expect(lines[lines.length - 1]).toBe('rollout complete: api is running v1.0.0 (3/3 ready)\n');
    expect(lines.some((l) => /^waiting for rollout: [12] of 3 pods updated and ready\.\.\.\n$/.test(l))).toBe(true);
    d.until(9 * MINUTE);
    expect(d.context.world.services.get('api')!.errorRatio).toBeLessThan(0.05);
    expect(d.run(deploy, ['history', 'api']).stdout).toContain('you      current      rollback to v1.0.0');
  });

  it('-y skips the question; --to an older version deploys it (roll-forward)', () => {
    const d = netDrill([badDeploy]);
    d.until(4 * MINUTE);
    const r = d.run(deploy, ['rollback', 'api', '--to', 'v0.9.0', '-y']);
    expect(r.stdout).toMatch(/^Rolling back api: v1\.1\.0 -> v0\.9\.0\ndeployment\.apps\/api image updated to api:v0\.9\.0\n/);
    expect(d.context.world.services.get('api')!.rollout?.toVersion).toBe('v0.9.0');
  });
});

describe('flags', () => {
  it('lists, gets and sets flags through toggle-flag', () => {
    const d = netDrill();
    d.until(MINUTE);
    expect(d.run(flagsTool, ['list']).stdout).toBe('NAME           STATE\ndark-mode      off\nnew-checkout   on\n');
    expect(d.run(flagsTool, ['get', 'new-checkout']).stdout).toBe('new-checkout: on\n');
    expect(d.run(flagsTool, ['set', 'new-checkout', 'off'])).toEqual({ stdout: 'feature flag "new-checkout" disabled\n', stderr: '', exitCode: 0 });
    expect(d.context.world.flags.get('new-checkout')).toBe(false);
    expect(d.context.world.events.some((e) => e.kind === 'flag.changed' && e.target === 'new-checkout')).toBe(true);
    expect(d.run(flagsTool, ['set', 'new-checkout', 'off']).stdout).toBe('feature flag "new-checkout" is already disabled\n');
  });

  it.each([
    [['get', 'nope'], 'flags: flag "nope" not found\n', 1],
    [['set', 'nope', 'on'], 'flags: flag "nope" not found\n', 1],
    [['set', 'dark-mode', 'maybe'], 'flags: state must be "on" or "off"\nusage: flags list | get <name> | set <name> on|off\n', 2],
    [[], 'usage: flags list | get <name> | set <name> on|off\n', 2],
    [['delete', 'x'], 'flags: unknown command "delete"\nusage: flags list | get <name> | set <name> on|off\n', 2],
  ])('flags %j fails', (args, stderr, exitCode) => {
    const d = netDrill();
    expect(d.run(flagsTool, args)).toEqual({ stdout: '', stderr, exitCode });
  });

  it('completes flag names after get and set, then on/off', () => {
    const d = netDrill();
    expect(flagsTool.complete!(['set'], '', d.context)).toEqual(['new-checkout', 'dark-mode']);
    expect(flagsTool.complete!(['set', 'dark-mode'], 'o', d.context)).toEqual(['on', 'off']);
  });
});

describe('OPS_COMMANDS', () => {
  it('gives every command a summary, usage and man page', () => {
    expect(OPS_COMMANDS.map((c) => c.name)).toEqual(['psql', 'redis-cli', 'deploy', 'flags', 'promtool']);
    for (const c of OPS_COMMANDS) expect(c.man).toMatch(/^NAME\n/);
  });
});
