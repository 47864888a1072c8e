import { describe, it } from 'vitest';
import { cut } from './cut';
import { sort } from './sort';
import type { Case } from './table-cases';
import { check, title } from './table-cases';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

const files = { '/home/oncall/a.txt': 'one two\nthree\n', '/home/oncall/b.txt': 'four five six\n', '/home/oncall/big.txt': 'x\n'.repeat(600) };

const WC: Case[] = [
  { args: ['-l'], stdin: 'a\nb\nc\n', stdout: '3\n' },
  { name: 'wc -l counts newlines, so an unterminated last line does not count', args: ['-l'], stdin: 'a\nb', stdout: '1\n' },
  { args: [], stdin: 'hello world\nbye\n', stdout: '      2       3      16\n' },
  { args: ['-w'], stdin: ' a  b\tc\n', stdout: '3\n' },
  { args: ['-c'], stdin: 'héllo\n', stdout: '7\n' },
  { args: ['-m'], stdin: 'héllo\n', stdout: '6\n' },
  { args: ['-L'], stdin: 'ab\nabcd\n', stdout: '4\n' },
  { args: ['a.txt'], files, stdout: ' 2  3 14 a.txt\n' },
  { args: ['-l', 'a.txt'], files, stdout: '2 a.txt\n' },
  { args: ['-l', 'a.txt', 'b.txt'], files, stdout: ' 2 a.txt\n 1 b.txt\n 3 total\n' },
  { args: ['-l', 'a.txt', 'big.txt'], files, stdout: '   2 a.txt\n 600 big.txt\n 602 total\n' },
  { args: ['-lw', 'a.txt', '-'], files, stdin: 'x y\n', stdout: '      2       3 a.txt\n      1       2 -\n      3       5 total\n' },
  { args: ['nope'], stderr: 'wc: nope: No such file or directory\n', exit: 1 },
  { args: ['-x'], stderr: "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n", exit: 1 },
];

const NUMBERS = '10\n9\n100\n-1\n2.5\n';
const SORT: Case[] = [
  { args: [], stdin: 'b\na\nC\nc\n', stdout: 'C\na\nb\nc\n' },
  { args: ['-r'], stdin: 'b\na\nc\n', stdout: 'c\nb\na\n' },
  { args: ['-n'], stdin: NUMBERS, stdout: '-1\n2.5\n9\n10\n100\n' },
  { args: ['-rn'], stdin: NUMBERS, stdout: '100\n10\n9\n2.5\n-1\n' },
  { args: ['-f'], stdin: 'b\nA\na\nB\n', stdout: 'A\na\nB\nb\n' },
  { args: ['-u'], stdin: 'b\na\nb\na\n', stdout: 'a\nb\n' },
  { args: ['-h'], stdin: '1G\n10K\n2M\n512\n', stdout: '512\n10K\n2M\n1G\n' },
  { args: ['-k', '2', '-n'], stdin: 'x 10\ny 9\nz 100\n', stdout: 'y 9\nx 10\nz 100\n' },
  { args: ['-k2,2nr'], stdin: 'x 10\ny 9\nz 100\n', stdout: 'z 100\nx 10\ny 9\n' },
  { args: ['-t', ':', '-k', '3n'], stdin: 'a:x:3\nb:y:1\nc:z:2\n', stdout: 'b:y:1\nc:z:2\na:x:3\n' },
  { args: ['-t', ',', '-k', '2,2', '-k', '1,1r'], stdin: 'a,1\nb,1\nc,0\n', stdout: 'c,0\nb,1\na,1\n' },
  { name: 'sort -nr | the uniq -c shape', args: ['-nr'], stdin: '      3 a\n     12 b\n      1 c\n', stdout: '     12 b\n      3 a\n      1 c\n' },
  { args: ['b.txt', 'a.txt'], files, stdout: 'four five six\none two\nthree\n' },
  { args: ['nope'], stderr: 'sort: cannot read: nope: No such file or directory\n', exit: 2 },
  { args: ['-Q'], stderr: "sort: invalid option -- 'Q'\nTry 'sort --help' for more information.\n", exit: 2 },
  { args: ['-k', '0'], stdin: 'a\n', stderr: "sort: field number is zero: invalid field specification '0'\n", exit: 2 },
  { args: ['-t', 'ab'], stdin: 'a\n', stderr: "sort: multi-character tab 'ab'\n", exit: 2 },
];

const UNIQ: Case[] = [
  { args: [], stdin: 'a\na\nb\na\n', stdout: 'a\nb\na\n' },
  { args: ['-c'], stdin: 'a\na\nb\n', stdout: '      2 a\n      1 b\n' },
  { args: ['-d'], stdin: 'a\na\nb\n', stdout: 'a\n' },
  { args: ['-u'], stdin: 'a\na\nb\n', stdout: 'b\n' },
  { args: ['-i', '-c'], stdin: 'A\na\n', stdout: '      2 A\n' },
  { args: ['-f', '1'], stdin: '1 x\n2 x\n3 y\n', stdout: '1 x\n3 y\n' },
  { args: ['a.txt'], files, stdout: 'one two\nthree\n' },
  { args: ['nope'], stderr: 'uniq: nope: No such file or directory\n', exit: 1 },
  { args: ['-z'], stderr: "uniq: invalid option -- 'z'\nTry 'uniq --help' for more information.\n", exit: 1 },
];

const CSV = 'id,name,status\n1,checkout,500\n2,cart,200\n';
const CUT: Case[] = [
  { args: ['-d', ',', '-f', '2'], stdin: CSV, stdout: 'name\ncheckout\ncart\n' },
  { args: ['-d,', '-f1,3'], stdin: CSV, stdout: 'id,status\n1,500\n2,200\n' },
  { args: ['-d', ',', '-f', '2-'], stdin: CSV, stdout: 'name,status\ncheckout,500\ncart,200\n' },
  { args: ['-d', ',', '--complement', '-f', '1'], stdin: CSV, stdout: 'name,status\ncheckout,500\ncart,200\n' },
  { args: ['-f', '2'], stdin: 'a\tb\nno tabs\n', stdout: 'b\nno tabs\n' },
  { args: ['-s', '-f', '2'], stdin: 'a\tb\nno tabs\n', stdout: 'b\n' },
  { args: ['-d', ' ', '-f', '2', '--output-delimiter', '|'], stdin: 'a b c\n', stdout: 'b\n' },
  { args: ['-c', '1-3'], stdin: 'abcdef\n', stdout: 'abc\n' },
  { args: ['-c', '-2,5'], stdin: 'abcdef\n', stdout: 'abe\n' },
  { args: ['-b', '1-2'], stdin: 'héllo\n', stdout: 'h\n' },
  { args: [], stderr: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", exit: 1 },
  { args: ['-f', '0'], stderr: "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", exit: 1 },
  { args: ['-d', 'ab', '-f', '1'], stderr: "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", exit: 1 },
  { args: ['-c', '1', '-d', ','], stderr: "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n", exit: 1 },
  { args: ['-f', '1', 'nope'], stderr: 'cut: nope: No such file or directory\n', exit: 1 },
];

const TR: Case[] = [
  { args: ['a-z', 'A-Z'], stdin: 'hello, World\n', stdout: 'HELLO, WORLD\n' },
  { args: ['[:lower:]', '[:upper:]'], stdin: 'abc\n', stdout: 'ABC\n' },
  { args: ['-d', '0-9'], stdin: 'a1b22c\n', stdout: 'abc\n' },
  { args: ['-s', ' '], stdin: 'a   b  c\n', stdout: 'a b c\n' },
  { args: ['-s', ' ', '\\n'], stdin: 'a  b c\n', stdout: 'a\nb\nc\n' },
  { args: [',', '\\t'], stdin: 'a,b\n', stdout: 'a\tb\n' },
  { args: ['abc', 'x'], stdin: 'aabbcc\n', stdout: 'xxxxxx\n' },
  { args: ['-cd', '[:alnum:]\\n'], stdin: 'a-b_c!\n', stdout: 'abc\n' },
  { args: ['-ds', 'a', 'b'], stdin: 'abbbac\n', stdout: 'bc\n' },
  { args: [], stderr: "tr: missing operand\nTry 'tr --help' for more information.\n", exit: 1 },
  { args: ['a'], stderr: "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", exit: 1 },
  { args: ['-d', 'a', 'b'], stderr: "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", exit: 1 },
  { args: ['a', 'b', 'file'], stderr: "tr: extra operand 'file'\nTry 'tr --help' for more information.\n", exit: 1 },
];

describe.each([
  [wc, WC],
  [sort, SORT],
  [uniq, UNIQ],
  [cut, CUT],
  [tr, TR],
] as const)('$name', (command, rows) => {
  it.each(rows.map((row) => [title(command, row), row] as const))('%s', (_, row) => check(command, row));
});
