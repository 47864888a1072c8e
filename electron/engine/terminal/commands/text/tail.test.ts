import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../testing/command-context';
import { memoryFs } from '../../../testing/memory-fs';
import { tail } from './tail';
import type { Case } from './table-cases';
import { check, context, title } from './table-cases';

const TWELVE = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
const files = { '/home/oncall/a.txt': 'one\ntwo\n', '/home/oncall/b.txt': 'three\n' };

const TAIL: Case[] = [
  { args: [], stdin: TWELVE, stdout: TWELVE.split('\n').slice(2).join('\n') },
  { args: ['-n', '2'], stdin: TWELVE, stdout: 'line 11\nline 12\n' },
  { args: ['-1'], stdin: TWELVE, stdout: 'line 12\n' },
  { args: ['-n', '+11'], stdin: TWELVE, stdout: 'line 11\nline 12\n' },
  { args: ['+12'], stdin: TWELVE, stdout: 'line 12\n' },
  { args: ['-c', '3'], stdin: 'abcdef\n', stdout: 'ef\n' },
  { args: ['-n', '1', 'a.txt', 'b.txt'], files, stdout: '==> a.txt <==\ntwo\n\n==> b.txt <==\nthree\n' },
  { args: ['-n', '1'], stdin: 'a\nb', stdout: 'b' },
  { args: ['nope'], stderr: "tail: cannot open 'nope' for reading: No such file or directory\n", exit: 1 },
  { args: ['-n', 'ten'], stdin: TWELVE, stderr: "tail: invalid number of lines: 'ten'\n", exit: 1 },
  { args: ['-k'], stderr: "tail: invalid option -- 'k'\nTry 'tail --help' for more information.\n", exit: 1 },
  { name: 'tail -f on standard input ends like a finished pipe', args: ['-f'], stdin: 'a\nb\n', stdout: 'a\nb\n' },
  { args: ['-f', 'nope'], stderr: "tail: cannot open 'nope' for reading: No such file or directory\ntail: no files remaining\n", exit: 1 },
];

describe('tail', () => {
  it.each(TAIL.map((row) => [title(tail, row), row] as const))('%s', (_, row) => check(tail, row));
});

describe('tail -f', () => {
  const log = '/var/log/checkout.log';

  it('prints the last lines, then only what was appended on each tick, and never ends', () => {
    const fs = memoryFs({ [log]: 'a\nb\nc\n' });
    const result = runCommand(tail, ['-n', '2', '-f', log], context(), { fs });
    expect(result.stdout).toBe('b\nc\n');
    const follow = result.follow!;
    expect(follow.next(context())).toEqual({ text: '', done: false });
    fs.write(log, 'd\ne\n', true);
    expect(follow.next(context())).toEqual({ text: 'd\ne\n', done: false });
    fs.write(log, 'partial', true);
    expect(follow.next(context()).text).toBe('partial');
    fs.write(log, ' line\n', true);
    expect(follow.next(context()).text).toBe(' line\n');
    expect(follow.next(context())).toEqual({ text: '', done: false });
  });

  it('finds the new part of a generated log whose oldest lines roll off', () => {
    const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `event ${from + i}\n`).join('');
    const fs = memoryFs({ [log]: lines(1, 100) });
    const follow = runCommand(tail, ['-f', log], context(), { fs }).follow!;
    fs.write(log, lines(20, 130), false);
    expect(follow.next(context()).text).toBe(lines(101, 130));
  });

  it('reports a truncated file and prints it from the start', () => {
    const fs = memoryFs({ [log]: 'old 1\nold 2\n' });
    const follow = runCommand(tail, ['-f', log], context(), { fs }).follow!;
    fs.write(log, 'new\n', false);
    expect(follow.next(context()).text).toBe(`tail: ${log}: file truncated\nnew\n`);
  });

  it('heads each burst with its file when following several', () => {
    const fs = memoryFs({ '/a.log': '1\n', '/b.log': '2\n' });
    const result = runCommand(tail, ['-f', '/a.log', '/b.log'], context(), { fs });
    expect(result.stdout).toBe('==> /a.log <==\n1\n\n==> /b.log <==\n2\n');
    fs.write('/a.log', '3\n', true);
    expect(result.follow!.next(context()).text).toBe('\n==> /a.log <==\n3\n');
    fs.write('/a.log', '4\n', true);
    expect(result.follow!.next(context()).text).toBe('4\n');
  });

  it('-F waits for a missing file and follows it once it appears', () => {
    const fs = memoryFs({});
    const result = runCommand(tail, ['-F', '/var/log/new.log'], context(), { fs });
    expect(result.stderr).toBe("tail: cannot open '/var/log/new.log' for reading: No such file or directory\n");
    expect(result.follow!.next(context()).text).toBe('');
    fs.write('/var/log/new.log', 'hello\n', false);
    expect(result.follow!.next(context()).text).toBe("tail: '/var/log/new.log' has appeared;  following new file\nhello\n");
  });
});
