import { describe, it } from 'vitest';
import { grep } from './grep';
import type { Case } from './table-cases';
import { check, title } from './table-cases';

const LOG = ['GET /health 200', 'POST /checkout 500 error', 'GET /cart 200', 'POST /checkout 502 Error upstream', 'GET /health 200'].join('\n') + '\n';
const files = { '/home/oncall/app.log': LOG, '/home/oncall/other.log': 'nothing here\nerror again\n', '/etc/app/a.conf': 'timeout=30\n', '/etc/app/sub/b.conf': 'timeout=5\nretries=3\n' };
const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

const GREP: Case[] = [
  { args: ['error'], stdin: LOG, stdout: 'POST /checkout 500 error\n' },
  { args: ['-i', 'error'], stdin: LOG, stdout: 'POST /checkout 500 error\nPOST /checkout 502 Error upstream\n' },
  { args: ['-c', '-i', 'error'], stdin: LOG, stdout: '2\n' },
  { args: ['-v', 'GET'], stdin: LOG, stdout: 'POST /checkout 500 error\nPOST /checkout 502 Error upstream\n' },
  { args: ['-n', 'cart'], stdin: LOG, stdout: '3:GET /cart 200\n' },
  { args: ['-E', ' 5[0-9]{2} '], stdin: LOG, stdout: 'POST /checkout 500 error\nPOST /checkout 502 Error upstream\n' },
  { args: [' 5[0-9]\\{2\\} '], stdin: LOG, stdout: 'POST /checkout 500 error\nPOST /checkout 502 Error upstream\n' },
  { args: ['cart\\|error'], stdin: LOG, stdout: 'POST /checkout 500 error\nGET /cart 200\n' },
  { args: ['-E', 'cart|error'], stdin: LOG, stdout: 'POST /checkout 500 error\nGET /cart 200\n' },
  { name: 'BRE reads | + ? ( as literals', args: ['a|b'], stdin: 'a|b\nab\n', stdout: 'a|b\n' },
  { args: ['\\(ab\\)\\+c'], stdin: 'ababc\nac\n', stdout: 'ababc\n' },
  { args: ['-F', '[x]'], stdin: '[x]\nx\n', stdout: '[x]\n' },
  { args: ['-o', '-E', '[0-9]{3}'], stdin: LOG, stdout: '200\n500\n200\n502\n200\n' },
  { args: ['-w', 'err'], stdin: 'err x\nerror\n', stdout: 'err x\n' },
  { args: ['-x', 'GET /cart 200'], stdin: LOG, stdout: 'GET /cart 200\n' },
  { args: ['[[:digit:]]\\{3\\} Error'], stdin: LOG, stdout: 'POST /checkout 502 Error upstream\n' },
  { args: ['^GET.*200$'], stdin: 'GET a 200\nxGET 200\n', stdout: 'GET a 200\n' },
  { args: ['-e', 'cart', '-e', 'upstream'], stdin: LOG, stdout: 'GET /cart 200\nPOST /checkout 502 Error upstream\n' },
  { args: ['-m', '1', 'GET'], stdin: LOG, stdout: 'GET /health 200\n' },
  { args: ['-q', 'error'], stdin: LOG },
  { args: ['-A', '1', 'cart'], stdin: LOG, stdout: 'GET /cart 200\nPOST /checkout 502 Error upstream\n' },
  { args: ['-B', '1', '-n', 'cart'], stdin: LOG, stdout: '2-POST /checkout 500 error\n3:GET /cart 200\n' },
  { args: ['-C', '0', 'POST'], stdin: LOG, stdout: 'POST /checkout 500 error\n--\nPOST /checkout 502 Error upstream\n' },
  { args: ['-1', 'cart'], stdin: LOG, stdout: 'POST /checkout 500 error\nGET /cart 200\nPOST /checkout 502 Error upstream\n' },
  { args: ['error', 'app.log', 'other.log'], files, stdout: 'app.log:POST /checkout 500 error\nother.log:error again\n' },
  { args: ['-h', 'error', 'app.log', 'other.log'], files, stdout: 'POST /checkout 500 error\nerror again\n' },
  { args: ['-H', 'cart', 'app.log'], files, stdout: 'app.log:GET /cart 200\n' },
  { args: ['-c', 'error', 'app.log', 'other.log'], files, stdout: 'app.log:1\nother.log:1\n' },
  { args: ['-l', 'GET', 'app.log', 'other.log'], files, stdout: 'app.log\n' },
  { args: ['-L', 'GET', 'app.log', 'other.log'], files, stdout: 'other.log\n' },
  { args: ['-r', 'timeout', '/etc/app'], files, stdout: '/etc/app/a.conf:timeout=30\n/etc/app/sub/b.conf:timeout=5\n' },
  { args: ['-rn', 'retries', '/etc'], files, stdout: '/etc/app/sub/b.conf:2:retries=3\n' },
  { args: ['-r', '--include=a.*', 'timeout', '/etc/app'], files, stdout: '/etc/app/a.conf:timeout=30\n' },
  { args: ['--color=never', 'cart'], stdin: LOG, stdout: 'GET /cart 200\n' },
  { args: ['nomatch'], stdin: LOG, exit: 1 },
  { args: ['error', 'nope'], stderr: 'grep: nope: No such file or directory\n', exit: 2 },
  { args: ['-s', 'error', 'nope'], exit: 2 },
  { args: ['error', 'nope', 'app.log'], files, stdout: 'app.log:POST /checkout 500 error\n', stderr: 'grep: nope: No such file or directory\n', exit: 2 },
  { args: ['x', '/etc'], files, stderr: 'grep: /etc: Is a directory\n', exit: 2 },
  { args: ['\\(a'], stdin: 'a\n', stderr: 'grep: Unmatched ( or \\(\n', exit: 2 },
  { args: ['-E', '(a'], stdin: 'a\n', stderr: 'grep: Unmatched ( or \\(\n', exit: 2 },
  { args: ['a\\)'], stdin: 'a\n', stderr: 'grep: Unmatched ) or \\)\n', exit: 2 },
  { args: ['[a'], stdin: 'a\n', stderr: 'grep: Unmatched [, [^, [:, [., or [=\n', exit: 2 },
  { args: ['a\\'], stdin: 'a\n', stderr: 'grep: Trailing backslash\n', exit: 2 },
  { args: ['-E', 'a)'], stdin: 'a)\n', stdout: 'a)\n' },
  { args: ['*a'], stdin: '*a\na\n', stdout: '*a\n' },
  { args: [], stderr: USAGE, exit: 2 },
  { args: ['-Z', 'x'], stderr: `grep: invalid option -- 'Z'\n${USAGE}`, exit: 2 },
  { args: ['-A', 'x', 'y'], stderr: 'grep: x: invalid context length argument\n', exit: 2 },
];

describe('grep', () => {
  it.each(GREP.map((row) => [title(grep, row), row] as const))('%s', (_, row) => check(grep, row));
});
