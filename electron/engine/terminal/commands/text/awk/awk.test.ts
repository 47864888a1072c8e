import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../table-cases';
import { check, run, title } from '../table-cases';
import { awk } from './awk';

const ACCESS = ['10.0.0.1 - - [13/Mar/2026:10:00:01 +0000] "GET /health HTTP/1.1" 200 12', '10.0.0.2 - - [13/Mar/2026:10:00:02 +0000] "POST /checkout HTTP/1.1" 500 512', '10.0.0.1 - - [13/Mar/2026:10:00:03 +0000] "GET /cart HTTP/1.1" 200 2048', '10.0.0.3 - - [13/Mar/2026:10:00:04 +0000] "POST /checkout HTTP/1.1" 503 0'].join('\n') + '\n';
const TABLE = 'a 1\nb 2\na 3\n';

const AWK: Case[] = [
  { args: ['{print $1}'], stdin: TABLE, stdout: 'a\nb\na\n' },
  { args: ['{print $1, $2}'], stdin: 'x  y\tz\n', stdout: 'x y\n' },
  { args: ['{print $1 $2}'], stdin: 'x y\n', stdout: 'xy\n' },
  { args: ['{print NR": "$0}'], stdin: 'x\ny\n', stdout: '1: x\n2: y\n' },
  { args: ['{print NF, $NF, $(NF-1)}'], stdin: 'a b c\n', stdout: '3 c b\n' },
  { args: ['-F', ',', '{print $2}'], stdin: 'a,b,c\n', stdout: 'b\n' },
  { args: ['-F:', '$3 > 1 {print $1}'], stdin: 'x:y:1\nz:w:2\n', stdout: 'z\n' },
  { args: ['-F', '\\t', '{print $2}'], stdin: 'a b\tc\n', stdout: 'c\n' },
  { args: ['-F', '[:,]', '{print $3}'], stdin: 'a:b,c\n', stdout: 'c\n' },
  { args: ['/checkout/'], stdin: ACCESS, stdout: ACCESS.split('\n').filter((l) => l.includes('checkout')).join('\n') + '\n' },
  { args: ['$9 >= 500 {print $7, $9}'], stdin: ACCESS, stdout: '/checkout 500\n/checkout 503\n' },
  { args: ['$9 >= 500 {n++} END {print n}'], stdin: ACCESS, stdout: '2\n' },
  { args: ['{sum += $NF} END {print sum}'], stdin: ACCESS, stdout: '2572\n' },
  { args: ['{sum += $2} END {print sum / NR}'], stdin: TABLE, stdout: '2\n' },
  { args: ['{s += $1} END {print s / 3}'], stdin: '1\n1\n0\n', stdout: '0.666667\n' },
  { args: ['{c[$1]++} END {for (k in c) print k, c[k]}'], stdin: TABLE, stdout: 'a 2\nb 1\n' },
  { args: ['NR == 2'], stdin: TABLE, stdout: 'b 2\n' },
  { args: ['NR > 1 && $2 > 2'], stdin: TABLE, stdout: 'a 3\n' },
  { args: ['$1 == "a" {print $2}'], stdin: TABLE, stdout: '1\n3\n' },
  { args: ['$1 ~ /^b/ || $2 == 3'], stdin: TABLE, stdout: 'b 2\na 3\n' },
  { args: ['!/a/'], stdin: TABLE, stdout: 'b 2\n' },
  { args: ['/b/,/a/ {print NR}'], stdin: 'a\nb\nc\na\nd\n', stdout: '2\n3\n4\n' },
  { args: ['BEGIN {print "start"} END {print NR}'], stdin: TABLE, stdout: 'start\n3\n' },
  { args: ['BEGIN {x = 2; y = x ^ 3 * 2; print y, 7 % 3, -2 ^ 2, 2 ^ 3 ^ 2}'], stdout: '16 1 -4 512\n' },
  { args: ['BEGIN {printf "%5.1f|%-4s|%03d|%x|%c|%e|%%\\n", 3.14159, "ab", 7, 255, 65, 12345}'], stdout: '  3.1|ab  |007|ff|A|1.234500e+04|%\n' },
  { args: ['BEGIN {s = sprintf("%s=%d", "n", 42.9); print s, length(s)}'], stdout: 'n=42 4\n' },
  { args: ['{print length}'], stdin: 'abc\n\n', stdout: '3\n0\n' },
  { args: ['{print substr($0, 2, 3), index($0, "c"), toupper($0)}'], stdin: 'abcdef\n', stdout: 'bcd 3 ABCDEF\n' },
  { args: ['{n = split($0, parts, "-"); print n, parts[1], parts[n]}'], stdin: 'a-b-c\n', stdout: '3 a c\n' },
  { args: ['{gsub(/o/, "0"); print}'], stdin: 'foo boo\n', stdout: 'f00 b00\n' },
  { args: ['{sub(/[0-9]+/, "<&>"); print}'], stdin: 'id 42 x 7\n', stdout: 'id <42> x 7\n' },
  { args: ['{if (match($0, /[0-9]+/)) print RSTART, RLENGTH}'], stdin: 'ab123c\n', stdout: '3 3\n' },
  { args: ['{ if ($1 > 5) print "big"; else print "small" }'], stdin: '3\n9\n', stdout: 'small\nbig\n' },
  { args: ['BEGIN { for (i = 1; i <= 3; i++) s = s i; print s; while (j < 2) j++; print j; do k++; while (k < 5); print k }'], stdout: '123\n2\n5\n' },
  { args: ['{ $2 = "X"; print; print NF }'], stdin: 'a b c\n', stdout: 'a X c\n3\n' },
  { args: ['BEGIN { OFS = "-" } { $1 = $1; print }'], stdin: 'a b c\n', stdout: 'a-b-c\n' },
  { args: ['{ NF = 2; print }'], stdin: 'a b c\n', stdout: 'a b\n' },
  { args: ['NR == 1 { next } { print } NR == 2 { exit 3 }'], stdin: 'a\nb\nc\n', stdout: 'b\n', exit: 3 },
  { args: ['-v', 'limit=2', '$2 > limit'], stdin: TABLE, stdout: 'a 3\n' },
  { args: ['{ print $1, x }', 'x=1', '-', ], stdin: 'a\n', stdout: 'a 1\n' },
  { args: ['{ a[$1] = a[$1] " " $2 } END { print a["a"]; delete a["a"]; print ("a" in a), ("b" in a) }'], stdin: TABLE, stdout: ' 1 3\n0 1\n' },
  { args: ['BEGIN { print 1 == 1.0, "10" < "9", 10 < 9, "a" < "b" }'], stdout: '1 1 0 1\n' },
  { args: ['{ print ($1 < $2) }'], stdin: '10 9\n', stdout: '0\n' },
  { args: ['BEGIN { print 1e6, 1e16 + 0, 0.1 + 0.2, 100000 * 100000, int(-3.7) }'], stdout: '1000000 10000000000000000 0.3 10000000000 -3\n' },
  { args: ['BEGIN { print length(ENVIRON["USER"]) }'], stdout: '6\n' },
  { args: ['{print FILENAME, FNR}', 'a.txt'], files: { '/home/oncall/a.txt': 'x\ny\n' }, stdout: 'a.txt 1\na.txt 2\n' },
  { args: ['-f', 'prog.awk', 'a.txt'], files: { '/home/oncall/prog.awk': '{ print $2 }\n', '/home/oncall/a.txt': 'x y\n' }, stdout: 'y\n' },
  { args: ['{print}', 'nope'], stderr: 'awk: cannot open nope (No such file or directory)\n', exit: 2 },
  { args: ['{print $1'], stderr: 'awk: line 1: syntax error at or near end of file\n', exit: 2 },
  { args: ['{print $1 }}'], stderr: 'awk: line 1: syntax error at or near }\n', exit: 2 },
  { args: ['{ getline x; print x }'], stderr: 'awk: line 1: syntax error at or near getline\n', exit: 2 },
  { args: ['function f(x) { return x } { print f(1) }'], stderr: 'awk: line 1: syntax error at or near function\n', exit: 2 },
  { args: ['{ print > "out.txt" }'], stderr: 'awk: line 1: syntax error at or near >\n', exit: 2 },
  { args: ['{ print $1 | "sort" }'], stderr: 'awk: line 1: syntax error at or near |\n', exit: 2 },
  { args: ['{ system("rm -rf /") }'], stderr: 'awk: line 1: syntax error at or near system\n', exit: 2 },
  { args: ['{ print "unterminated }'], stderr: 'awk: line 1: runaway string constant "unterminat ...\n', exit: 2 },
  { args: ['BEGIN {\n  x = 1\n  y = = 2\n}'], stderr: 'awk: line 3: syntax error at or near =\n', exit: 2 },
  { args: ['BEGIN { while (1) x++ }'], stderr: 'awk: run time error: program ran too long and was stopped\n\tFILENAME="" FNR=0 NR=0\n', exit: 2 },
  { args: ['BEGIN { print substr("abc", 0, 2), substr("abc", 2), substr("abc", -1, 3), index("abc", "") }'], stdout: 'a bc a 0\n' },
  { args: [], stderr: "usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\nusage: awk [-F value] [-v var=value] [-f program-file] [--] [file ...]\n", exit: 2 },
  { args: ['-z', '{print}'], stderr: 'awk: not an option -z\n', exit: 2 },
  { args: ['-v', 'oops', '{print}'], stderr: 'awk: improper assignment: -v oops\n', exit: 2 },
];

describe('awk', () => {
  it.each(AWK.map((row) => [title(awk, row), row] as const))('%s', (_, row) => check(awk, row));
});

/** Programs built from awk's own vocabulary, so the parser gets past the first token more often. */
const awkish = fc.array(
  fc.constantFrom('{', '}', '(', ')', '[', ']', ';', '\n', ',', 'print', 'printf', 'if', 'else', 'while', 'for', 'in', 'next', 'exit', 'delete', 'BEGIN', 'END', '$', 'NF', 'NR', '$1', 'x', 'a[x]', '1', '0', '"s"', '/re/', '/[/', '+', '-', '*', '/', '%', '^', '=', '+=', '==', '<', '>', '!', '~', '&&', '||', '?', ':', '++', '--', 'length', 'substr(', 'split(', 'gsub(', 'sprintf(', '"%d%s%c%999999d"', 'getline', '#'),
  { maxLength: 30 },
).map((tokens) => tokens.join(' '));

describe('awk never throws', () => {
  it('on arbitrary text or token soup: it always answers with an exit code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), awkish), fc.string({ maxLength: 40 }), (program, stdin) => {
        const result = run(awk, [program], stdin);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect([0, 1, 2].includes(result.exitCode) || result.exitCode < 256).toBe(true);
        if (result.exitCode === 2) expect(result.stderr).toMatch(/^(awk|usage): /);
      }),
      { numRuns: 1500 },
    );
  });
});
