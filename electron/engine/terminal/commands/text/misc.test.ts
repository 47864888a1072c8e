import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../testing/command-context';
import { memoryFs } from '../../../testing/memory-fs';
import type { Command } from '../../types';
import { date } from './date';
import { basename, dirname } from './path-names';
import { seq } from './seq';
import { sleep } from './sleep';
import { strftime } from './strftime';
import type { Case } from './table-cases';
import { check, context, run, title } from './table-cases';
import { tee } from './tee';
import { createXargs } from './xargs';
import { cat } from './cat';
import { wc } from './wc';

const AT = '@1773396252';

const DATE: Case[] = [
  { args: ['-d', AT], stdout: 'Fri Mar 13 10:04:12 UTC 2026\n' },
  { args: ['-u', '-d', AT, '+%Y-%m-%d %H:%M:%S'], stdout: '2026-03-13 10:04:12\n' },
  { args: ['-d', AT, '+%F %T %s'], stdout: '2026-03-13 10:04:12 1773396252\n' },
  { args: ['-d', '2026-03-03 09:05', '+%a %b %e %-d %j %Z %z'], stdout: 'Tue Mar  3 3 062 UTC +0000\n' },
  { args: ['-d', AT, '-Iseconds'], stdout: '2026-03-13T10:04:12+00:00\n' },
  { args: ['-d', AT, '-R'], stdout: 'Fri, 13 Mar 2026 10:04:12 +0000\n' },
  { args: ['-d', 'yesterday'.replace('yesterday', '2026-03-13T10:00:00Z'), '+%s'], stdout: '1773396000\n' },
  { args: ['-d', 'soon'], stderr: "date: invalid date 'soon'\n", exit: 1 },
  { args: ['12:00'], stderr: "date: invalid date '12:00'\n", exit: 1 },
  { args: ['+%s', '+%s'], stderr: "date: extra operand '+%s'\nTry 'date --help' for more information.\n", exit: 1 },
];

const SEQ: Case[] = [
  { args: ['3'], stdout: '1\n2\n3\n' },
  { args: ['2', '4'], stdout: '2\n3\n4\n' },
  { args: ['0', '5', '12'], stdout: '0\n5\n10\n' },
  { args: ['3', '-1', '1'], stdout: '3\n2\n1\n' },
  { args: ['-1', '1'], stdout: '-1\n0\n1\n' },
  { args: ['0', '0.5', '1'], stdout: '0.0\n0.5\n1.0\n' },
  { args: ['-w', '8', '10'], stdout: '08\n09\n10\n' },
  { args: ['-s', ',', '3'], stdout: '1,2,3\n' },
  { args: ['5', '1'] },
  { args: [], stderr: "seq: missing operand\nTry 'seq --help' for more information.\n", exit: 1 },
  { args: ['x'], stderr: "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n", exit: 1 },
  { args: ['1', '0', '3'], stderr: "seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.\n", exit: 1 },
];

const PATHS: [Command, Case][] = [
  [basename, { args: ['/var/log/checkout.log'], stdout: 'checkout.log\n' }],
  [basename, { args: ['/var/log/checkout.log', '.log'], stdout: 'checkout\n' }],
  [basename, { args: ['-s', '.log', 'a.log', 'b/c.log'], stdout: 'a\nc\n' }],
  [basename, { args: ['/usr/'], stdout: 'usr\n' }],
  [basename, { args: ['/'], stdout: '/\n' }],
  [basename, { args: [], stderr: "basename: missing operand\nTry 'basename --help' for more information.\n", exit: 1 }],
  [basename, { args: ['a', 'b', 'c'], stderr: "basename: extra operand 'c'\nTry 'basename --help' for more information.\n", exit: 1 }],
  [dirname, { args: ['/var/log/checkout.log'], stdout: '/var/log\n' }],
  [dirname, { args: ['file', '/usr/', 'a//b//'], stdout: '.\n/\na\n' }],
  [dirname, { args: [], stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n", exit: 1 }],
  [sleep, { args: ['5'] }],
  [sleep, { args: ['0.5m', '1'] }],
  [sleep, { args: [], stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exit: 1 }],
  [sleep, { args: ['soon'], stderr: "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n", exit: 1 }],
];

describe('date', () => {
  it.each(DATE.map((row) => [title(date, row), row] as const))('%s', (_, row) => check(date, row));

  it('prints the simulated clock (scenario start plus sim time) by default', () => {
    const ctx = context();
    expect(run(date, ['+%s']).stdout).toBe(`${Math.floor((ctx.world.startUnixMs + ctx.now) / 1000)}\n`);
  });

  it.each([
    ['%Y-%m-%dT%H:%M:%S', '2026-03-13T10:04:12'],
    ['%a %A %b %B %y %C', 'Fri Friday Mar March 26 20'],
    ['%I:%M %p %k|%l|%_H|%-m', '10:04 AM 10|10|10|3'],
    ['%D %R %n%t%%', '03/13/26 10:04 \n\t%'],
    ['%u %w %N %q', '5 5 000000000 %q'],
  ])('strftime %j', (format, expected) => {
    expect(strftime(1773396252000, format)).toBe(expected);
  });
});

describe('seq', () => {
  it.each(SEQ.map((row) => [title(seq, row), row] as const))('%s', (_, row) => check(seq, row));
});

describe('basename, dirname and sleep', () => {
  it.each(PATHS.map(([command, row]) => [title(command, row), command, row] as const))('%s', (_, command, row) => check(command, row));
});

describe('tee', () => {
  it('copies standard input to stdout and to files, appending with -a', () => {
    const fs = memoryFs({ '/tmp/old.txt': 'old\n' });
    const result = runCommand(tee, ['out.txt', '-a', '/tmp/old.txt'], context(), { stdin: 'new\n', fs, cwd: '/tmp' });
    expect(result).toEqual({ stdout: 'new\n', stderr: '', exitCode: 0 });
    expect(fs.files.get('/tmp/out.txt')).toBe('new\n');
    expect(fs.files.get('/tmp/old.txt')).toBe('old\nnew\n');
  });

  it('reports a file it cannot write and still copies to stdout', () => {
    const fs = memoryFs({ '/etc/app/a.conf': '' });
    expect(runCommand(tee, ['/etc/app'], context(), { stdin: 'x\n', fs })).toEqual({ stdout: 'x\n', stderr: 'tee: /etc/app: Is a directory\n', exitCode: 1 });
  });
});

describe('xargs', () => {
  const xargs = createXargs(() => [cat, wc]);
  const files = { '/home/oncall/a.log': 'a\n', '/home/oncall/b.log': 'b\nb\n' };

  it.each<[string, string[], string, { stdout: string; stderr: string; exitCode: number }]>([
    ['echo by default', [], 'a b\nc\n', { stdout: 'a b c\n', stderr: '', exitCode: 0 }],
    ['batches with -n', ['-n', '2'], 'a b c\n', { stdout: 'a b\nc\n', stderr: '', exitCode: 0 }],
    ['runs a command of the table on the items', ['wc', '-l'], 'a.log b.log\n', { stdout: '1 a.log\n2 b.log\n3 total\n', stderr: '', exitCode: 0 }],
    ['substitutes with -I', ['-I', '{}', 'cat', '{}'], 'a.log\nb.log\n', { stdout: 'a\nb\nb\n', stderr: '', exitCode: 0 }],
    ['exits 123 when a command fails', ['cat'], 'nope\n', { stdout: '', stderr: 'cat: nope: No such file or directory\n', exitCode: 123 }],
    ['exits 127 for an unknown command', ['frobnicate'], 'x\n', { stdout: '', stderr: 'xargs: frobnicate: No such file or directory\n', exitCode: 127 }],
    ['keeps quoted items whole', [], '"a b" c\n', { stdout: 'a b c\n', stderr: '', exitCode: 0 }],
    ['refuses an unmatched quote', [], '"a b\n', { stdout: '', stderr: 'xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n', exitCode: 1 }],
  ])('%s', (_, args, stdin, expected) => {
    expect(runCommand(xargs, args, context(), { stdin, fs: memoryFs(files) })).toEqual(expected);
  });
});
