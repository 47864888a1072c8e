import { describe, expect, it } from 'vitest';
import { testCommandContext } from '../testing/command-context';
import { runCommandLine } from './shell';

const context = () => testCommandContext();

describe('runCommandLine', () => {
  it.each(['x', 'sudo kubectl get pods'])('answers %j as bash does for an unknown command, with exit 127', (line) => {
    const name = line.split(' ')[0];
    expect(runCommandLine(line, context())).toEqual({ output: `bash: ${name}: command not found`, exitCode: 127 });
  });

  it('prints nothing and succeeds for a blank line', () => {
    expect(runCommandLine('   ', context())).toEqual({ output: '', exitCode: 0 });
  });

  it('reports an unmatched quote as a bash syntax error with exit 2', () => {
    expect(runCommandLine('kubectl get "pods', context())).toEqual({ output: "bash: unexpected EOF while looking for matching `\"'", exitCode: 2 });
  });

  it('passes quoted words to the command as one argument', () => {
    expect(runCommandLine("kubectl 'get' \"pods\"", context()).exitCode).toBe(0);
    expect(runCommandLine("kubectl 'get pods'", context()).exitCode).toBe(1);
  });

  it('lists every command in help', () => {
    const result = runCommandLine('help', context());
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^ {2}help\b/m);
    expect(result.output).toMatch(/^ {2}kubectl\b/m);
  });

  it('runs builtins, pipelines and lists on the bastion', () => {
    expect(runCommandLine('cd /etc && pwd; hostname', context())).toEqual({ output: '/etc\nbastion', exitCode: 0 });
    expect(runCommandLine('ls /nope || echo missing', context())).toEqual({ output: "ls: cannot access '/nope': No such file or directory\nmissing", exitCode: 0 });
  });

  it('answers a question no, as with no terminal to ask on', () => {
    expect(runCommandLine('rm -r /tmp', context())).toEqual({ output: 'rm: remove 1 argument recursively? ', exitCode: 0 });
  });
});
