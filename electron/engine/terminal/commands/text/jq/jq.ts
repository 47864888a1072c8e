import type { Command, CommandResult } from '../../../types';
import { readInput, strerror } from '../io';
import type { OptionSpec } from '../options';
import { flagNames, has, parseOptions } from '../options';
import type { Json } from './ast';
import { JQ_BUILTINS } from './builtins';
import { evaluate } from './evaluate';
import { readJsonStream } from './json-stream';
import { parseJq } from './parser';
import { formatJson, JqError } from './values';

const JQ_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'compact-output' },
  { key: 'C', short: 'C', long: 'color-output' },
  { key: 'e', short: 'e', long: 'exit-status' },
  { key: 'j', short: 'j', long: 'join-output' },
  { key: 'M', short: 'M', long: 'monochrome-output' },
  { key: 'n', short: 'n', long: 'null-input' },
  { key: 'r', short: 'r', long: 'raw-output' },
  { key: 's', short: 's', long: 'slurp' },
  { key: 'S', short: 'S', long: 'sort-keys' },
];

const USAGE = `Use jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq`;

function defined(name: string, arity: number): boolean {
  return JQ_BUILTINS[`${name}/${arity}`] !== undefined;
}

function compileError(message: string, program: string): CommandResult {
  return { stdout: '', stderr: `jq: error: ${message} at <top-level>, line 1:\n${program}\njq: 1 compile error\n`, exitCode: 3 };
}

export const jq: Command = {
  name: 'jq',
  summary: 'Command-line JSON processor',
  usage: 'jq [OPTIONS] FILTER [FILES...]',
  man: `jq can transform JSON in various ways, by selecting, iterating, reducing and otherwise mangling JSON documents. The input is a stream of JSON texts — one log event per line works — and the filter runs once per text.

Filters: . (identity), .foo and .foo.bar (fields), .["foo"], .[2], .[2:4], .[] (iterate), .foo? (suppress errors), a | b (pipe), a, b (both), (…), [ … ] and { … } construction, "\\(.a) text" interpolation, ==, !=, <, <=, >, >=, and, or, not, +, -, *, /, %, //, if … then … elif … else … end, try. Functions: select(f), map(f), length, keys, values, has(k), type, tostring, tonumber, test(re), startswith, endswith, contains, split, join, ascii_downcase, ascii_upcase, sort, sort_by(f), group_by(f), unique, unique_by(f), min, max, add, any, all, first, last, reverse, to_entries, from_entries, with_entries(f), empty, error; formats @csv, @tsv, @json, @text, @sh.

OPTIONS
-r, --raw-output
if the filter's result is a string then it will be written directly to standard output rather than being formatted as a JSON string with quotes
-j, --join-output
like -r but jq won't print a newline after each output
-c, --compact-output
by default, jq pretty-prints JSON output; this option results in more compact output by instead putting each JSON object on a single line
-s, --slurp
instead of running the filter for each JSON object in the input, read the entire input stream into a large array and run the filter just once
-n, --null-input
don't read any input at all; instead, the filter is run once using null as the input
-S, --sort-keys
output the fields of each object with the keys in sorted order
-e, --exit-status
sets the exit status of jq to 0 if the last output value was neither false nor null, 1 if the last output value was either false or null, or 4 if no valid result was ever produced`,
  flags: flagNames(JQ_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('jq', invocation.args, JQ_OPTIONS);
    if ('error' in parsed) {
      const letter = /-- '(.)'$/.exec(parsed.error)?.[1];
      const option = letter ? `-${letter}` : (/'(--[^'=]*)/.exec(parsed.error)?.[1] ?? '');
      return { stdout: '', stderr: `jq: Unknown option: ${option}\n${USAGE}\n`, exitCode: 2 };
    }
    const [program = '.', ...files] = parsed.operands;
    let filter;
    try {
      filter = parseJq(program, defined);
    } catch {
      return compileError('program too deeply nested', program);
    }
    if ('error' in filter) return compileError(filter.error, program);
    const inputs: { name: string; values: { value: Json; line: number }[]; error?: string }[] = [];
    for (const name of files.length === 0 ? ['-'] : files) {
      const input = readInput(name, invocation);
      if ('error' in input) return { stdout: '', stderr: `jq: error: Could not open ${name}: ${strerror(input.error)}\n`, exitCode: 2 };
      inputs.push({ name: name === '-' ? '<stdin>' : name, ...readJsonStream(input.text) });
    }
    let runs = inputs.flatMap((input) => input.values.map((v) => ({ ...v, name: input.name })));
    if (has(parsed, 's')) runs = [{ value: runs.map((r) => r.value), line: runs.at(-1)?.line ?? 0, name: inputs[0]!.name }];
    if (has(parsed, 'n')) runs = [{ value: null, line: 0, name: inputs[0]!.name }];
    const raw = has(parsed, 'r') || has(parsed, 'j');
    let stdout = '';
    const errors: string[] = [];
    let lastOutput: Json | undefined;
    for (const run of runs) {
      let results: Json[];
      try {
        results = evaluate(filter, run.value);
      } catch (error) {
        errors.push(`jq: error (at ${run.name}:${run.line}): ${error instanceof JqError ? error.message : error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      for (const result of results) {
        stdout += (raw && typeof result === 'string' ? result : formatJson(result, has(parsed, 'c'), has(parsed, 'S'))) + (has(parsed, 'j') ? '' : '\n');
        lastOutput = result;
      }
    }
    const parseError = inputs.find((i) => i.error)?.error;
    if (parseError) errors.push(parseError);
    const stderr = errors.length === 0 ? '' : `${errors.join('\n')}\n`;
    let exitCode = parseError ? 2 : errors.length > 0 ? 5 : 0;
    if (has(parsed, 'e') && exitCode === 0) exitCode = lastOutput === undefined ? 4 : lastOutput === null || lastOutput === false ? 1 : 0;
    return { stdout, stderr, exitCode };
  },
};
