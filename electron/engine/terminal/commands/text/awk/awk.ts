import type { Command, CommandInvocation, CommandResult } from '../../../types';
import { readInput, strerror } from '../io';
import type { OptionSpec } from '../options';
import { all, last, parseOptions } from '../options';
import type { AwkOperand } from './interpret';
import { execute, Interpreter } from './interpret';
import { parseAwk } from './parser';
import { AwkRuntimeError, AwkState } from './runtime';
import { strnum } from './values';
import type { Value } from './values';
import { AWK_MAN } from './man';

const AWK_OPTIONS: OptionSpec[] = [
  { key: 'F', short: 'F', value: true },
  { key: 'v', short: 'v', value: true },
  { key: 'f', short: 'f', value: true },
];

const USAGE = "usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\nusage: awk [-F value] [-v var=value] [-f program-file] [--] [file ...]";
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\', '"': '"', '/': '/' };
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Command-line values (-v, -F, `var=value` operands) get the escape processing of awk string literals. */
function unescape(text: string): string {
  return text.replace(/\\([0-7]{1,3}|.)/gs, (whole, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (ESCAPES[c] ?? whole)));
}

function trouble(message: string, stdout = ''): CommandResult {
  return { stdout, stderr: `${message}\n`, exitCode: 2 };
}

function runProgram(source: string, operands: readonly string[], variables: [string, Value][], invocation: CommandInvocation): CommandResult {
  const program = parseAwk(source);
  if ('error' in program) return trouble(program.error);
  const inputs: AwkOperand[] = [];
  let openError: string | undefined;
  for (const operand of operands.length === 0 || operands.every((o) => ASSIGNMENT.test(o)) ? [...operands, '-'] : operands) {
    const assignment = ASSIGNMENT.exec(operand);
    if (assignment) {
      inputs.push({ kind: 'assign', name: assignment[1]!, value: unescape(assignment[2]!) });
      continue;
    }
    const input = readInput(operand, invocation);
    if ('error' in input) {
      openError = `awk: cannot open ${operand} (${strerror(input.error)})`;
      break;
    }
    inputs.push({ kind: 'file', name: operand === '-' ? '' : operand, text: input.text });
  }
  const environ = new Map<string, Value>([...invocation.env].map(([k, v]) => [k, strnum(v)]));
  const state = new AwkState(variables);
  state.arrays.set('ENVIRON', environ);
  const interpreter = new Interpreter(state);
  try {
    const code = execute(program, interpreter, inputs);
    return openError ? trouble(openError, state.out) : { stdout: state.out, stderr: '', exitCode: code };
  } catch (error) {
    const message = error instanceof AwkRuntimeError ? error.message : error instanceof Error ? error.message : String(error);
    const where = `\tFILENAME="${state.str(state.get('FILENAME'))}" FNR=${state.str(state.get('FNR'))} NR=${state.str(state.get('NR'))}`;
    return trouble(`awk: run time error: ${message}\n${where}`, state.out);
  }
}

export const awk: Command = {
  name: 'awk',
  summary: 'pattern scanning and text processing language',
  usage: "awk [-F value] [-v var=value] [--] 'program text' [file ...]",
  man: AWK_MAN,
  flags: ['-F', '-v', '-f'],
  run(invocation) {
    const parsed = parseOptions('awk', invocation.args, AWK_OPTIONS, { stopAtOperand: true });
    if ('error' in parsed) {
      const letter = /-- '(.)'$/.exec(parsed.error)?.[1];
      return trouble(letter ? `awk: not an option -${letter}` : `awk: option requires an argument\n${USAGE}`);
    }
    const variables: [string, Value][] = [];
    const fs = last(parsed, 'F');
    if (fs !== undefined) variables.push(['FS', fs === 't' ? '\t' : unescape(fs)]);
    for (const assignment of all(parsed, 'v')) {
      const match = ASSIGNMENT.exec(assignment);
      if (!match) return trouble(`awk: improper assignment: -v ${assignment}`);
      variables.push([match[1]!, strnum(unescape(match[2]!))]);
    }
    const operands = [...parsed.operands];
    const files = all(parsed, 'f');
    let source: string;
    if (files.length > 0) {
      const texts: string[] = [];
      for (const file of files) {
        const input = readInput(file, invocation);
        if ('error' in input) return trouble(`awk: couldn't open file ${file}`);
        texts.push(input.text);
      }
      source = texts.join('\n');
    } else {
      const program = operands.shift();
      if (program === undefined) return trouble(USAGE);
      source = program;
    }
    return runProgram(source, operands, variables, invocation);
  },
};
