import { describe, expect, it } from 'vitest';
import { testSession } from './test-fixtures';

/** Runs each line in a fresh session with `files` on every host; returns what the last one printed. */
function runLines(lines: readonly string[], files: Record<string, string> = {}) {
  const { session, context } = testSession(files);
  let outcome = session.run('', context);
  for (const line of lines) outcome = session.run(line, context);
  return { output: outcome.output, exitCode: outcome.exitCode };
}

const LOG = { '/var/log/api.log': 'GET /a 200\nGET /b 500\n' };

describe('ShellSession.run', () => {
  it.each<[string[], Record<string, string>, string, number]>([
    // words, quoting and expansion
    [['echo hello   world'], {}, 'hello world', 0],
    [['echo "hello   world"'], {}, 'hello   world', 0],
    [['X=42', 'echo $X ${X} "$X" \'$X\''], {}, '42 42 42 $X', 0],
    [['export GREETING="hi there"', 'echo $GREETING'], {}, 'hi there', 0],
    [['false', 'echo $?'], {}, '1', 0],
    [['foo', 'echo $?'], {}, '127', 0],
    [['echo $HOME $USER'], {}, '/home/oncall oncall', 0],
    [['echo -n a; echo b'], {}, 'ab', 0],
    [['echo -e "a\\tb\\nc"'], {}, 'a\tb\nc', 0],
    [['X=1 env | cat'], {}, 'HOME=/home/oncall\nLANG=C.UTF-8\nLOGNAME=oncall\nPATH=/usr/local/bin:/usr/bin:/bin\nPWD=/home/oncall\nSHELL=/bin/bash\nTERM=xterm-256color\nUSER=oncall\nX=1', 0],
    // lists and exit codes
    [['true && echo yes || echo no'], {}, 'yes', 0],
    [['false && echo yes || echo no'], {}, 'no', 0],
    [['false || false && echo yes'], {}, '', 1],
    [['true || echo skipped; echo after'], {}, 'after', 0],
    [['false; true'], {}, '', 0],
    [['true; false'], {}, '', 1],
    // command substitution
    [['echo $(hostname)'], {}, 'bastion', 0],
    [['echo "$(echo a; echo b)"'], {}, 'a\nb', 0],
    [['echo $(echo a; echo b)'], {}, 'a b', 0],
    [['echo `whoami`@`hostname`'], {}, 'oncall@bastion', 0],
    [['echo "`echo \\`hostname\\``"'], {}, 'bastion', 0],
    [['X=$(echo hi | upper); echo $X'], {}, 'HI', 0],
    [['echo $(echo "a)b")'], {}, 'a)b', 0],
    [["echo $(echo '$(x)')"], {}, '$(x)', 0],
    [['cat $(echo /var/log/api.log) | upper'], LOG, 'GET /A 200\nGET /B 500', 0],
    [['echo $(nope)'], {}, 'bash: nope: command not found\n', 0],
    [['echo $(echo a |)'], {}, 'bash: command substitution: line 1: syntax error: unexpected end of file\n', 0],
    [['echo $(echo'], {}, "bash: unexpected EOF while looking for matching `)'", 2],
    [['echo `echo'], {}, "bash: unexpected EOF while looking for matching ``'", 2],
    [['echo $(ask)'], {}, 'Really? (y/N) aborted\n', 0],
    [['echo $(stream 3)'], {}, 'start', 0],
    [['echo ' + '$('.repeat(20) + 'echo deep' + ')'.repeat(20)], {}, 'bash: command substitution: nested too deeply\n', 0],
    // pipelines
    [['echo hi | upper'], {}, 'HI', 0],
    [['cat /var/log/api.log | upper | cat'], LOG, 'GET /A 200\nGET /B 500', 0],
    [['noisy | upper'], {}, 'err\nOUT', 0],
    [['noisy |& upper'], {}, 'OUT\nERR', 0],
    [['noisy 2>&1 | upper'], {}, 'OUT\nERR', 0],
    [['upper <<< hello'], {}, 'HELLO', 0],
    [['upper < /var/log/api.log'], LOG, 'GET /A 200\nGET /B 500', 0],
    // redirections
    [['echo one > /tmp/f', 'echo two >> /tmp/f', 'cat /tmp/f'], {}, 'one\ntwo', 0],
    [['echo one > /tmp/f', 'echo two > /tmp/f', 'cat /tmp/f'], {}, 'two', 0],
    [['noisy > /tmp/o', 'cat /tmp/o'], {}, 'out', 0],
    [['noisy > /tmp/o'], {}, 'err', 3],
    [['noisy 2> /tmp/e'], {}, 'out', 3],
    [['noisy > /tmp/o 2>&1', 'cat /tmp/o'], {}, 'out\nerr', 0],
    [['noisy 2>&1 > /tmp/o'], {}, 'err', 3],
    [['noisy &> /tmp/o', 'cat /tmp/o'], {}, 'out\nerr', 0],
    [['noisy &> /dev/null'], {}, '', 3],
    [['noisy 2>/dev/null'], {}, 'out', 3],
    [['upper > /tmp/u <<< x', 'cat /tmp/u'], {}, 'X', 0],
    [['> /tmp/empty', 'ls -l /tmp/empty'], {}, '-rw-r--r-- 1 oncall oncall 0 Mar 13 10:00 /tmp/empty', 0],
    [['echo hi > /var/log/api.log', 'cat /var/log/api.log'], LOG, 'hi', 0],
    [['echo more >> /var/log/api.log', 'cat /var/log/api.log'], LOG, 'GET /a 200\nGET /b 500\nmore', 0],
    [['echo x > out.txt', 'cat ~/out.txt'], {}, 'x', 0],
    [['upper < /nope'], {}, 'bash: /nope: No such file or directory', 1],
    [['echo x > /nodir/f'], {}, 'bash: /nodir/f: No such file or directory', 1],
    [['echo x > /tmp'], {}, 'bash: /tmp: Is a directory', 1],
    [['echo x > /proc/x'], {}, 'bash: /proc/x: Permission denied', 1],
    [['echo x > $NOPE'], {}, 'bash: $NOPE: ambiguous redirect', 1],
    [['echo x >&3'], {}, 'bash: 3: Bad file descriptor', 1],
    [['cat << EOF'], {}, "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')", 0],
    // errors
    [['nope'], {}, 'bash: nope: command not found', 127],
    [['nope | upper'], {}, 'bash: nope: command not found', 0],
    [['echo "abc'], {}, "bash: unexpected EOF while looking for matching `\"'", 2],
    [["echo 'abc"], {}, "bash: unexpected EOF while looking for matching `''", 2],
    [['| upper'], {}, "bash: syntax error near unexpected token `|'", 2],
    [['echo >'], {}, "bash: syntax error near unexpected token `newline'", 2],
    [['echo hi &&'], {}, 'bash: syntax error: unexpected end of file', 2],
    [['echo ${a b}'], {}, 'bash: ${a b}: bad substitution', 1],
    [['crash'], {}, 'bash: crash: internal error: boom', 1],
    [['crash; echo still here'], {}, 'bash: crash: internal error: boom\nstill here', 0],
    [['   '], {}, '', 0],
    [['# a comment'], {}, '', 0],
    // history expansion: bash echoes the expanded line first
    [['echo hi', '!!'], {}, 'echo hi\nhi', 0],
    [['echo a', 'echo b', '!1'], {}, 'echo a\na', 0],
    [['echo a', '!e | upper'], {}, 'echo a | upper\nA', 0],
    [['!x'], {}, 'bash: !x: event not found', 1],
    [['echo a', 'history'], {}, '    1  echo a\n    2  history', 0],
    [['echo a', 'echo a', ' echo secret', 'history'], {}, '    1  echo a\n    2  history', 0],
  ])('%j (files %j) → %j, exit %i', (lines, files, output, exitCode) => {
    expect(runLines(lines, files)).toEqual({ output, exitCode });
  });
});

describe('ShellSession confirmations', () => {
  it('asks, then runs the command again with the answer', () => {
    const { session, context } = testSession();
    expect(session.run('ask; echo after', context)).toEqual({ output: 'Really? (y/N) ', exitCode: 0, following: false, awaiting: 'confirm' });
    expect(session.run('Yes', context)).toEqual({ output: 'done\nafter', exitCode: 0, following: false });
  });

  it.each(['n', '', 'nope', 'yep'])('takes %j as no', (answer) => {
    const { session, context } = testSession();
    session.run('ask', context);
    expect(session.run(answer, context)).toEqual({ output: 'aborted', exitCode: 1, following: false });
  });

  it('does not record the answer in the history', () => {
    const { session, context } = testSession();
    session.run('ask', context);
    session.run('y', context);
    expect(session.history()).toEqual(['ask']);
  });

  it('abandons the question on Ctrl-C', () => {
    const { session, context } = testSession();
    session.run('ask && echo after', context);
    expect(session.interrupt()).toEqual({ output: '^C' });
    expect(session.run('echo $?', context).output).toBe('130');
  });
});

describe('ShellSession follow', () => {
  it('streams until the command is done, then runs the rest of the line', () => {
    const { session, context } = testSession();
    expect(session.run('stream 2; echo after', context)).toEqual({ output: 'start', exitCode: 0, following: true });
    expect(session.run('echo refused', context)).toEqual({ output: '', exitCode: 0, following: true });
    expect(session.poll(context)).toEqual({ output: 'line 1', following: true });
    expect(session.poll(context)).toEqual({ output: 'line 2\nafter', following: false });
    expect(session.poll(context)).toEqual({ output: '', following: false });
  });

  it('pipes what the follow prints through the rest of the pipeline', () => {
    const { session, context } = testSession();
    expect(session.run('stream 5 | upper', context).output).toBe('START');
    expect(session.poll(context).output).toBe('LINE 1');
  });

  it('appends what the follow prints to a redirected file', () => {
    const { session, context } = testSession();
    session.run('stream 2 > /tmp/s', context);
    session.poll(context);
    session.poll(context);
    expect(session.run('cat /tmp/s', context).output).toBe('start\nline 1\nline 2');
  });

  it('stops on Ctrl-C with status 130 and drops the rest of the line', () => {
    const { session, context } = testSession();
    session.run('stream 9; echo after', context);
    expect(session.interrupt()).toEqual({ output: '^C' });
    expect(session.poll(context)).toEqual({ output: '', following: false });
    expect(session.run('echo $?', context).output).toBe('130');
  });
});

describe('ShellSession hosts and prompt', () => {
  it('shows user, host and directory, with ~ for home', () => {
    const { session, context } = testSession();
    expect(session.prompt()).toBe('oncall@bastion:~$ ');
    session.run('cd /var/log', context);
    expect(session.prompt()).toBe('oncall@bastion:/var/log$ ');
    session.run('ssh node-a', context);
    expect(session.prompt()).toBe('oncall@node-a:~$ ');
    session.run('mkdir -p notes/today && cd notes/today', context);
    expect(session.prompt()).toBe('oncall@node-a:~/notes/today$ ');
    session.run('exit', context);
    expect(session.prompt()).toBe('oncall@bastion:/var/log$ ');
  });

  it('keeps each host’s files for the session', () => {
    const { session, context } = testSession();
    session.run('ssh node-a', context);
    session.run('echo kept > /tmp/note', context);
    session.run('exit', context);
    expect(session.run('cat /tmp/note', context)).toMatchObject({ output: 'cat: /tmp/note: No such file or directory', exitCode: 1 });
    session.run('ssh node-a', context);
    expect(session.run('cat /tmp/note', context).output).toBe('kept');
  });

  it('returns the remote exit status to the shell ssh came from', () => {
    const { session, context } = testSession();
    session.run('ssh node-b', context);
    expect(session.run('exit 3', context)).toMatchObject({ output: 'logout\nConnection to node-b closed.', exitCode: 3 });
    expect(session.run('hostname', context).output).toBe('bastion');
  });

  it('drops the rest of a line whose login exit closed', () => {
    const { session, context } = testSession();
    session.run('ssh node-a', context);
    expect(session.run('exit; hostname', context).output).toBe('logout\nConnection to node-a closed.');
    expect(session.run('exit; hostname', context).output).toBe('logout\nbastion');
  });

  it('stays on the bastion on exit', () => {
    const { session, context } = testSession();
    expect(session.run('exit', context)).toMatchObject({ output: 'logout', exitCode: 0 });
    expect(session.prompt()).toBe('oncall@bastion:~$ ');
  });
});

describe('ShellSession.complete', () => {
  const complete = (line: string, cursor = line.length, setup: string[] = []) => {
    const { session, context } = testSession(LOG);
    for (const l of setup) session.run(l, context);
    return session.complete(line, cursor, context);
  };

  it.each<[string, number | undefined, string[], { from: number; candidates: string[] }]>([
    ['up', undefined, [], { from: 0, candidates: ['upper'] }],
    ['e', undefined, [], { from: 0, candidates: ['echo', 'env', 'exit', 'export'] }],
    ['', undefined, [], { from: 0, candidates: expect.arrayContaining(['cd', 'ls', 'ssh', 'cat']) as never }],
    ['echo hi | u', undefined, [], { from: 10, candidates: ['upper'] }],
    ['ls -', undefined, [], { from: 3, candidates: ['-1', '-A', '-a', '-d', '-h', '-l', '-la', '-lah', '-ld', '-lh'] }],
    ['ssh n', undefined, [], { from: 4, candidates: ['node-a', 'node-b'] }],
    ['ssh ', undefined, [], { from: 4, candidates: ['bastion', 'node-a', 'node-b'] }],
    ['cat /var/l', undefined, [], { from: 4, candidates: ['/var/log/'] }],
    ['cat /var/log/', undefined, [], { from: 4, candidates: ['/var/log/api.log'] }],
    ['cat ~/R', undefined, [], { from: 4, candidates: ['~/README'] }],
    ['cat R', undefined, [], { from: 4, candidates: ['README'] }],
    ['cat api', undefined, ['cd /var/log'], { from: 4, candidates: ['api.log'] }],
    ['echo x > /t', undefined, [], { from: 9, candidates: ['/tmp/'] }],
    ['cat /etc/h | up', 10, [], { from: 4, candidates: ['/etc/hostname', '/etc/hosts'] }],
    ['nothing-like-this', undefined, [], { from: 0, candidates: [] }],
  ])('%j at %s', (line, cursor, setup, expected) => {
    expect(complete(line, cursor, setup)).toEqual(expected);
  });
});
