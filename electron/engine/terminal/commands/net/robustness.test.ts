import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../../testing/memory-fs';
import { OPS_COMMANDS } from '../ops/index';
import { NET_COMMANDS } from './index';
import { MINUTE, netDrill } from './net-test-kit';

/** Words these tools' users type, and junk around them: any mix must give output and an exit code, never a throw. */
const WORDS = [
  '-s', '-S', '-i', '-I', '-v', '-f', '-o', '-w', '-m', '-c', '-h', '-p', '-U', '-d', '-t', '-A', '-x', '-y', '--to', '--max-time', '--', '-',
  'http://api/health', 'https://shop.example.com/', 'api', 'payments', 'orders-db', 'sessions', 'db-2', 'node-a', 'nosuch', '10.0.1.10', ':443', 'shop.example.com:443',
  'select', 'SELECT * FROM pg_stat_activity WHERE', "state = 'active'", 'pg_terminate_backend(', ')', ';', "'", 'order by', 'limit', 'group by', 'count(*)',
  'info', 'flushall', 'config', 'get', 'status', 'history', 'rollback', 'list', 'set', 'on', 'off', 'new-checkout', 'check', 'rules', 'rules.yml',
  's_client', 'x509', '-connect', '-noout', '-dates', '+short', '+search', '%{http_code}', '0', '-1', '1e309', '',
];

describe('no input breaks a network or ops tool', () => {
  const d = netDrill([{ id: 'lock', kind: 'lock-contention', target: 'orders-db', trigger: { at: '30s' } }]);
  d.until(MINUTE);
  const fs = memoryFs({ '/home/oncall/rules.yml': 'groups:\n  - name: x\n    rules: [' });
  const commands = [...NET_COMMANDS, ...OPS_COMMANDS].filter((c) => c.name !== 'flags' && c.name !== 'deploy');
  // deploy and flags change the world only through operations, which validate their input; kept out so the
  // estate stays comparable between runs, and exercised with the same words below without confirmation.
  const gentle = [...NET_COMMANDS, ...OPS_COMMANDS].filter((c) => c.name === 'flags' || c.name === 'deploy');

  it('random argument lists give a result with an integer exit code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands, ...gentle), fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 7 }), fc.string({ maxLength: 40 }), (command, args, stdin) => {
        const r = d.run(command, command.name === 'deploy' ? args.filter((a) => a !== '-y') : args, { stdin, fs });
        expect(typeof r.stdout).toBe('string');
        expect(typeof r.stderr).toBe('string');
        expect(Number.isInteger(r.exitCode)).toBe(true);
        for (const c of [...commands, ...gentle]) c.complete?.(args, args[args.length - 1] ?? '', d.context);
      }),
      { numRuns: 400, seed: 6 },
    );
  });
});
