import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../table-cases';
import { check, run, title } from '../table-cases';
import { jq } from './jq';

const LOGS = [
  { '@timestamp': '2026-03-13T10:00:01Z', 'log.level': 'info', message: 'ok', service: { name: 'cart' }, http: { status: 200 } },
  { '@timestamp': '2026-03-13T10:00:02Z', 'log.level': 'error', message: 'upstream timeout', service: { name: 'checkout' }, http: { status: 504 } },
  { '@timestamp': '2026-03-13T10:00:03Z', 'log.level': 'error', message: 'db pool exhausted', service: { name: 'checkout' }, http: { status: 500 } },
]
  .map((e) => JSON.stringify(e))
  .join('\n') + '\n';

const JQ: Case[] = [
  { args: ['.'], stdin: '{"a":1,"b":[1,2],"c":{}}', stdout: '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ],\n  "c": {}\n}\n' },
  { args: ['-c', '.'], stdin: '{"a": 1, "b": [1, 2]}', stdout: '{"a":1,"b":[1,2]}\n' },
  { args: ['.message'], stdin: LOGS, stdout: '"ok"\n"upstream timeout"\n"db pool exhausted"\n' },
  { args: ['-r', '.service.name'], stdin: LOGS, stdout: 'cart\ncheckout\ncheckout\n' },
  { args: ['-r', '.["log.level"]'], stdin: LOGS, stdout: 'info\nerror\nerror\n' },
  { args: ['-r', 'select(.["log.level"] == "error") | .message'], stdin: LOGS, stdout: 'upstream timeout\ndb pool exhausted\n' },
  { args: ['-c', 'select(.http.status >= 500) | {svc: .service.name, status: .http.status}'], stdin: LOGS, stdout: '{"svc":"checkout","status":504}\n{"svc":"checkout","status":500}\n' },
  { args: ['-r', '"\\(.http.status) \\(.message)"'], stdin: LOGS, stdout: '200 ok\n504 upstream timeout\n500 db pool exhausted\n' },
  { args: ['.[]'], stdin: '[1,"a",null]', stdout: '1\n"a"\nnull\n' },
  { args: ['-c', '.items[] | .name'], stdin: '{"items":[{"name":"a"},{"name":"b"}]}', stdout: '"a"\n"b"\n' },
  { args: ['.[1], .[-1], .[5]'], stdin: '[10,20,30]', stdout: '20\n30\nnull\n' },
  { args: ['-c', '.[1:]'], stdin: '[10,20,30]', stdout: '[20,30]\n' },
  { args: ['-c', '[.[] | select(. > 1)] | length'], stdin: '[1,2,3]', stdout: '2\n' },
  { args: ['-s', 'map(.http.status) | add'], stdin: LOGS, stdout: '1204\n' },
  { args: ['-s', '-c', 'group_by(.service.name) | map({(.[0].service.name): length}) | add'], stdin: LOGS, stdout: '{"cart":1,"checkout":2}\n' },
  { args: ['-c', 'keys'], stdin: '{"b":1,"a":2}', stdout: '["a","b"]\n' },
  { args: ['.a // "default"'], stdin: '{"a":null}', stdout: '"default"\n' },
  { args: ['if .n > 1 then "many" elif .n == 1 then "one" else "none" end'], stdin: '{"n":1}\n{"n":5}\n{"n":0}', stdout: '"one"\n"many"\n"none"\n' },
  { args: ['.a and (.b | not)'], stdin: '{"a":true,"b":false}', stdout: 'true\n' },
  { args: ['-r', '.message | test("time")'], stdin: LOGS, stdout: 'false\ntrue\nfalse\n' },
  { args: ['-r', '[.a, .b] | @csv'], stdin: '{"a":"x","b":2}', stdout: '"x",2\n' },
  { args: ['-r', '[.a, .b] | @tsv'], stdin: '{"a":"x","b":2}', stdout: 'x\t2\n' },
  { args: ['-r', 'to_entries[] | "\\(.key)=\\(.value)"'], stdin: '{"a":1,"b":"x"}', stdout: 'a=1\nb=x\n' },
  { args: ['.a + 1, .s * 2, (.l | sort), (.l | unique | length)'], stdin: '{"a":1,"s":"ab","l":[3,1,3]}', stdout: '2\n"abab"\n[\n  1,\n  3,\n  3\n]\n2\n' },
  { args: ['-n', '1 + 2'], stdout: '3\n' },
  { args: ['-e', '.missing'], stdin: '{}', stdout: 'null\n', exit: 1 },
  { args: ['.a', 'events.json'], files: { '/home/oncall/events.json': '{"a":\n  1\n}\n' }, stdout: '1\n' },
  { args: ['.a.b'], stdin: '{"a":5}\n', stderr: 'jq: error (at <stdin>:1): Cannot index number with "b"\n', exit: 5 },
  { args: ['.[]'], stdin: '5\n', stderr: 'jq: error (at <stdin>:1): Cannot iterate over number (5)\n', exit: 5 },
  { args: ['.a?.b?'], stdin: '{"a":5}\n' },
  { args: ['.level'], stdin: '{"level":"info"}\nnot json at all\n', stdout: '"info"\n', stderr: 'parse error: Invalid literal at line 2, column 4\n', exit: 2 },
  { args: ['.a'], files: {}, stdin: '', stdout: '' },
  { args: ['.a', 'nope.json'], stderr: 'jq: error: Could not open nope.json: No such file or directory\n', exit: 2 },
  { args: ['.a b'], stdin: '{}', stderr: 'jq: error: syntax error, unexpected IDENT (Unix shell quoting issues?) at <top-level>, line 1:\n.a b\njq: 1 compile error\n', exit: 3 },
  { args: ['frobnicate'], stdin: '{}', stderr: 'jq: error: frobnicate/0 is not defined at <top-level>, line 1:\nfrobnicate\njq: 1 compile error\n', exit: 3 },
  { args: ['.a ='], stdin: '{}', stderr: "jq: error: syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?) at <top-level>, line 1:\n.a =\njq: 1 compile error\n", exit: 3 },
  { args: ['-Z', '.'], stderr: 'jq: Unknown option: -Z\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n', exit: 2 },
];

describe('jq', () => {
  it.each(JQ.map((row) => [title(jq, row), row] as const))('%s', (_, row) => check(jq, row));
});

const jqish = fc.array(fc.constantFrom('.', '.a', '.[]', '[', ']', '{', '}', '(', ')', '|', ',', ':', 'select(', 'map(', 'length', 'keys', '==', '!=', '<', '>', '+', '-', '*', '/', '//', 'and', 'or', 'not', 'if', 'then', 'else', 'end', '"s"', '"\\(.a)"', '1', 'null', 'true', '?', '@csv', '.[1:2]', '..', 'sort_by(', 'group_by(', 'test("[")', 'error("x")', 'range(1e9)'), { maxLength: 25 }).map((t) => t.join(' '));
const json = fc.oneof(fc.json(), fc.string({ maxLength: 30 }));

describe('jq never throws', () => {
  it('on arbitrary programs and inputs: it always answers with an exit code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), jqish), json, (program, input) => {
        const result = run(jq, [program], input);
        expect([0, 1, 2, 3, 4, 5]).toContain(result.exitCode);
      }),
      { numRuns: 1500 },
    );
  });
});
