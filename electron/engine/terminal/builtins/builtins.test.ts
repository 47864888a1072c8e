import { describe, expect, it } from 'vitest';
import { testSession } from '../shell/test-fixtures';

const FILES = { '/var/log/api.log': 'x'.repeat(2048), '/var/log/.hidden': '' };

/** Runs lines in a fresh session; the last one's output and exit code. */
function run(...lines: string[]) {
  const { session, context } = testSession(FILES);
  let outcome = session.run('', context);
  for (const line of lines) {
    outcome = session.run(line, context);
    if (outcome.awaiting) outcome = session.run('y', context);
  }
  return [outcome.output, outcome.exitCode];
}

describe('builtins', () => {
  it.each<[string[], string, number]>([
    [['cd /var/log', 'pwd'], '/var/log', 0],
    [['cd /var/log', 'cd ..', 'pwd'], '/var', 0],
    [['cd /tmp', 'cd', 'pwd'], '/home/oncall', 0],
    [['cd /tmp', 'cd ~', 'pwd'], '/home/oncall', 0],
    [['cd /tmp', 'cd /var', 'cd -'], '/tmp', 0],
    [['cd -'], 'bash: cd: OLDPWD not set', 1],
    [['cd a b'], 'bash: cd: too many arguments', 1],
    [['cd /var/log/api.log'], 'bash: cd: /var/log/api.log: Not a directory', 1],
    [['cd /tmp', 'echo $PWD $OLDPWD'], '/tmp /home/oncall', 0],
    [['export A=1 B=2', 'echo $A$B'], '12', 0],
    [['export 1x=2'], "bash: export: `1x=2': not a valid identifier", 1],
    [['export Q=\'say "hi"\'', 'export | grep -q x; export'], expect.stringContaining('declare -x Q="say \\"hi\\""') as never, 0],
    [['env extra'], "env: 'extra': No such file or directory", 127],
    [['echo -n'], '', 0],
    [['echo -x y'], '-x y', 0],
    [['echo -e "a\\x41\\0101\\cgone"'], 'aAA', 0],
    [['echo -E "a\\tb"'], 'a\\tb', 0],
    [['whoami; hostname'], 'oncall\nbastion', 0],
    [['ssh node-a', 'hostname'], 'node-a', 0],
    [['ssh oncall@node-b', 'whoami'], 'oncall', 0],
    [['ssh -p 22 node-b', 'hostname'], 'node-b', 0],
    [['ssh node-a hostname'], 'node-a', 0],
    [['ssh node-a "cd /etc; pwd"', 'pwd; hostname'], '/home/oncall\nbastion', 0],
    [['ssh node-b ls /nope'], "ls: cannot access '/nope': No such file or directory", 2],
    [['ssh node-b "echo a |"'], 'bash: syntax error: unexpected end of file', 2],
    [['ssh node-a hostname | upper'], 'NODE-A', 0],
    [['ssh node-a rm -r /tmp; ssh node-a ls -d /tmp'], 'rm: remove 1 argument recursively? /tmp', 0],
    [['ssh'], expect.stringMatching(/^usage: ssh /) as never, 255],
    [['exit 1x'], 'logout\nbash: exit: 1x: numeric argument required', 2],
    [['clear'], '\x1b[H\x1b[2J', 0],
    [['true'], '', 0],
    [['false'], '', 1],
    [['history 1'], '    1  history 1', 0],
    [['history x'], 'bash: history: x: numeric argument required', 1],
    [['ls /var/log'], 'api.log', 0],
    [['ls -a /var/log'], '.  ..  .hidden  api.log', 0],
    [['ls -A /var/log | cat'], '.hidden\napi.log', 0],
    [['ls -l /var/log'], 'total 4\n-rw-r--r-- 1 root root 2048 Mar 13 10:00 api.log', 0],
    [['ls -lh /var/log/api.log'], '-rw-r--r-- 1 root root 2.0K Mar 13 10:00 /var/log/api.log', 0],
    [['ls /var/log/api.log /tmp'], '/var/log/api.log\n\n/tmp:', 0],
    [['ls /etc /var'], '/etc:\nhostname  hosts  os-release\n\n/var:\nlog', 0],
    // A command's stdout comes before its stderr: ls reports /nope after listing /tmp.
    [['ls -ld /tmp /var/log/api.log'], 'drwxrwxrwt 2 root root 4096 Mar 13 10:00 /tmp\n-rw-r--r-- 1 root root 2048 Mar 13 10:00 /var/log/api.log', 0],
    [['ls /nope /tmp'], "/tmp:\nls: cannot access '/nope': No such file or directory", 2],
    [['ls --bogus'], "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.", 2],
    [['touch /tmp/a', 'ls -l /tmp'], 'total 0\n-rw-r--r-- 1 oncall oncall 0 Mar 13 10:00 a', 0],
    [['touch /nodir/a'], "touch: cannot touch '/nodir/a': No such file or directory", 1],
    [['touch'], "touch: missing file operand\nTry 'touch --help' for more information.", 1],
    [['mkdir /tmp/d', 'mkdir /tmp/d'], 'mkdir: cannot create directory ‘/tmp/d’: File exists', 1],
    [['mkdir /tmp/a/b'], 'mkdir: cannot create directory ‘/tmp/a/b’: No such file or directory', 1],
    [['mkdir -p /tmp/a/b', 'mkdir -p /tmp/a/b', 'ls /tmp/a'], 'b', 0],
    [['mkdir /proc/x'], 'mkdir: cannot create directory ‘/proc/x’: Permission denied', 1],
    [['rm /var/log/api.log', 'ls -A /var/log'], '.hidden', 0],
    [['rm /tmp'], "rm: cannot remove '/tmp': Is a directory", 1],
    [['rm -f /nope'], '', 0],
    [['rm'], "rm: missing operand\nTry 'rm --help' for more information.", 1],
    [['rm -r /proc'], "rm: cannot remove '/proc': Permission denied", 1],
    [['rm -r /var/log', 'ls /var'], '', 0],
  ])('%j → %j, exit %i', (lines, output, exitCode) => {
    expect(run(...lines)).toEqual([output, exitCode]);
  });
});

describe('rm asks first', () => {
  it.each([
    ['rm -r /tmp/d', 'rm: remove 1 argument recursively? '],
    ['rm -rf /tmp/d /tmp/e', 'rm: remove 2 arguments recursively? '],
    ['rm /tmp/a /tmp/b /tmp/c /tmp/d', 'rm: remove 4 arguments? '],
    ['rm -i /tmp/a', "rm: remove regular empty file '/tmp/a'? "],
  ])('%j asks %j; a refusal removes nothing and succeeds', (line, question) => {
    const { session, context } = testSession();
    session.run('mkdir /tmp/d /tmp/e; touch /tmp/a /tmp/b /tmp/c', context);
    expect(session.run(line, context)).toEqual({ output: question, exitCode: 0, following: false, awaiting: 'confirm' });
    expect(session.run('n', context)).toEqual({ output: '', exitCode: 0, following: false });
    expect(session.run('ls /tmp', context).output).toBe('a  b  c  d  e');
  });

  it('does not ask for up to three files', () => {
    const { session, context } = testSession();
    session.run('touch /tmp/a /tmp/b', context);
    expect(session.run('rm /tmp/a /tmp/b', context)).toEqual({ output: '', exitCode: 0, following: false });
  });
});
