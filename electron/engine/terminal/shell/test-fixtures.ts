import { testCommandContext } from '../../testing/command-context';
import { tableByName } from '../../table';
import { resolvePath } from '../fs/path';
import { FILE_PROVIDERS } from '../fs/providers';
import type { Command, CommandContext, FileProvider, Follow } from '../types';
import { ShellSession } from './session';

/** Files served as if generated, on every host (absolute path → text). */
export function fixedFiles(files: Record<string, string>): FileProvider {
  return { name: 'fixed', paths: () => Object.keys(files), read: (_host, path) => files[path] ?? '' };
}

/** `cat [file…]`, stand-in for the real one in shell tests: files, or stdin when none. */
const cat: Command = {
  name: 'cat',
  summary: 'print files',
  usage: 'cat [file…]',
  run({ args, stdin, fs, cwd }) {
    if (args.length === 0) return { stdout: stdin, stderr: '', exitCode: 0 };
    let stdout = '';
    for (const arg of args) {
      const read = fs.read(resolvePath(cwd, arg));
      if (!read.ok) return { stdout, stderr: `cat: ${arg}: No such file or directory`, exitCode: 1 };
      stdout += read.text;
    }
    return { stdout, stderr: '', exitCode: 0 };
  },
};

/** `upper`: a filter answering in lines without a final newline, as most commands of the table do. */
const upper: Command = { name: 'upper', summary: 'upper-case stdin', usage: 'upper', run: ({ stdin }) => ({ stdout: stdin.toUpperCase().replace(/\n$/, ''), stderr: '', exitCode: 0 }) };

/** `noisy`: writes to both streams and fails, to test redirections. */
const noisy: Command = { name: 'noisy', summary: 'out and err', usage: 'noisy', run: () => ({ stdout: 'out', stderr: 'err', exitCode: 3 }) };

const crash: Command = {
  name: 'crash',
  summary: 'throws',
  usage: 'crash',
  run() {
    throw new Error('boom');
  },
};

/** `ask`: asks before acting, as `kubectl delete` does; says what it did with the answer. */
const ask: Command = {
  name: 'ask',
  summary: 'asks first',
  usage: 'ask',
  run: ({ confirmed }) => (confirmed === undefined ? { stdout: '', stderr: '', exitCode: 0, confirm: 'Really? (y/N) ' } : confirmed ? { stdout: 'done', stderr: '', exitCode: 0 } : { stdout: '', stderr: 'aborted', exitCode: 1 }),
};

/** `stream n`: prints `start`, then one line per poll until n lines have come, then exits 0. */
const stream: Command = {
  name: 'stream',
  summary: 'follows',
  usage: 'stream n',
  run({ args }) {
    const total = Number(args[0] ?? 3);
    let sent = 0;
    const follow: Follow = {
      next: () => {
        sent++;
        return { text: `line ${sent}`, done: sent >= total, ...(sent >= total ? { exitCode: 0 } : {}) };
      },
    };
    return { stdout: 'start', stderr: '', exitCode: 0, follow };
  },
};

/** The stand-in commands shell tests run beside the builtins. */
export const TEST_COMMANDS = tableByName([cat, upper, noisy, crash, ask, stream], (c) => c.name, 'test command');

/** A session on the bastion of a two-host world, with the real providers plus `files` on every host. */
export function testSession(files: Record<string, string> = {}): { session: ShellSession; context: CommandContext } {
  const context = testCommandContext({
    world: {
      hosts: [
        { name: 'node-a', cpus: 4, memory_gb: 16 },
        { name: 'node-b', cpus: 4, memory_gb: 16 },
      ],
      services: [{ name: 'api', replicas: 2, version: 'v1', hosts: ['node-a'], traffic: { rps: 20 } }],
      config: [{ service: 'api', key: 'db.pool_size', value: '20' }],
    },
  });
  return { session: newTestSession(files), context };
}

/** A fresh session over the same stand-ins (for tests that reuse one context across many sessions). */
export function newTestSession(files: Record<string, string> = {}): ShellSession {
  return new ShellSession({ commands: TEST_COMMANDS, providers: [...FILE_PROVIDERS, fixedFiles(files)] });
}
