import { describe, it } from 'vitest';
import { cat, less, more } from './cat';
import { head } from './head';
import type { Case } from './table-cases';
import { check, title } from './table-cases';

const files = { '/home/oncall/a.txt': 'one\ntwo\n', '/home/oncall/b.txt': 'three\n', '/var/log/app.log': 'x\n\n\n\ty\nlast' };

const CAT: Case[] = [
  { args: [], stdin: 'piped\n', stdout: 'piped\n' },
  { args: ['a.txt', 'b.txt'], files, stdout: 'one\ntwo\nthree\n' },
  { args: ['a.txt', '-', 'b.txt'], stdin: 'mid\n', files, stdout: 'one\ntwo\nmid\nthree\n' },
  { args: ['-n', '/var/log/app.log'], files, stdout: '     1\tx\n     2\t\n     3\t\n     4\t\ty\n     5\tlast' },
  { args: ['-b', '/var/log/app.log'], files, stdout: '     1\tx\n\n\n     2\t\ty\n     3\tlast' },
  { args: ['-s', '/var/log/app.log'], files, stdout: 'x\n\n\ty\nlast' },
  { args: ['-A', 'b.txt'], files, stdout: 'three$\n' },
  { args: ['../oncall/./a.txt'], files, stdout: 'one\ntwo\n' },
  { args: ['missing', 'b.txt'], files, stdout: 'three\n', stderr: 'cat: missing: No such file or directory\n', exit: 1 },
  { args: ['/var/log'], files, stderr: 'cat: /var/log: Is a directory\n', exit: 1 },
  { args: ['-z'], stderr: "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n", exit: 1 },
  { args: ['--bogus'], stderr: "cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n", exit: 1 },
];

const PAGERS: [typeof less, Case][] = [
  [less, { args: ['a.txt'], files, stdout: 'one\ntwo\n' }],
  [less, { args: ['-S', 'nope'], files, stderr: 'nope: No such file or directory\n', exit: 1 }],
  [less, { args: [], stdin: 'from a pipe\n', stdout: 'from a pipe\n' }],
  [more, { args: ['a.txt', 'b.txt'], files, stdout: '::::::::::::::\na.txt\n::::::::::::::\none\ntwo\n::::::::::::::\nb.txt\n::::::::::::::\nthree\n' }],
  [more, { args: ['nope'], files, stderr: 'more: cannot open nope: No such file or directory\n', exit: 1 }],
];

const TEN = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
const HEAD: Case[] = [
  { args: [], stdin: TEN, stdout: TEN.split('\n').slice(0, 10).join('\n') + '\n' },
  { args: ['-n', '2'], stdin: TEN, stdout: 'line 1\nline 2\n' },
  { args: ['-3'], stdin: TEN, stdout: 'line 1\nline 2\nline 3\n' },
  { args: ['-n2'], stdin: TEN, stdout: 'line 1\nline 2\n' },
  { args: ['--lines=1'], stdin: TEN, stdout: 'line 1\n' },
  { args: ['-n', '-10'], stdin: TEN, stdout: 'line 1\nline 2\n' },
  { args: ['-c', '6'], stdin: TEN, stdout: 'line 1' },
  { args: ['-c', '-2'], stdin: 'abcdef', stdout: 'abcd' },
  { args: ['-n', '1', 'a.txt', 'b.txt'], files, stdout: '==> a.txt <==\none\n\n==> b.txt <==\nthree\n' },
  { args: ['-q', '-n', '1', 'a.txt', 'b.txt'], files, stdout: 'one\nthree\n' },
  { args: ['-v', '-n', '1', 'b.txt'], files, stdout: '==> b.txt <==\nthree\n' },
  { args: ['-n', '1', 'a.txt', 'nope'], files, stdout: '==> a.txt <==\none\n', stderr: "head: cannot open 'nope' for reading: No such file or directory\n", exit: 1 },
  { args: ['-n', 'x'], stdin: TEN, stderr: "head: invalid number of lines: 'x'\n", exit: 1 },
  { args: ['-c', 'x'], stdin: TEN, stderr: "head: invalid number of bytes: 'x'\n", exit: 1 },
  { args: ['-n'], stderr: "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n", exit: 1 },
  { args: ['-n', '2'], stdin: 'no newline', stdout: 'no newline' },
];

describe('cat', () => {
  it.each(CAT.map((row) => [title(cat, row), row] as const))('%s', (_, row) => check(cat, row));
});

describe('less and more print the whole file (no pager)', () => {
  it.each(PAGERS.map(([command, row]) => [title(command, row), command, row] as const))('%s', (_, command, row) => check(command, row));
});

describe('head', () => {
  it.each(HEAD.map((row) => [title(head, row), row] as const))('%s', (_, row) => check(head, row));
});
