import type { Command } from '../../types';
import { fail, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const SEQ_OPTIONS: OptionSpec[] = [
  { key: 's', short: 's', long: 'separator', value: true },
  { key: 'w', short: 'w', long: 'equal-width' },
];

/** Output is capped: a pipeline here is not streamed, so `seq 1 1e12` must not fill memory. */
const MAX_LINES = 1_000_000;

function decimals(text: string): number {
  const match = /\.(\d*)/.exec(text);
  return match ? match[1]!.length : 0;
}

export const seq: Command = {
  name: 'seq',
  summary: 'print a sequence of numbers',
  usage: 'seq [OPTION]... [FIRST [INCREMENT]] LAST',
  man: `Print numbers from FIRST to LAST, in steps of INCREMENT. If FIRST or INCREMENT is omitted, it defaults to 1. An omitted INCREMENT defaults to 1 even when LAST is smaller than FIRST.

OPTIONS
-s, --separator=STRING
use STRING to separate numbers (default: \\n)
-w, --equal-width
equalize width by padding with leading zeroes`,
  flags: flagNames(SEQ_OPTIONS),
  run(invocation) {
    // seq reads a leading negative number as an operand, not as options.
    const firstNumber = invocation.args.findIndex((a) => /^-\.?\d/.test(a));
    const optionArgs = firstNumber < 0 ? invocation.args : invocation.args.slice(0, firstNumber);
    const parsed = parseOptions('seq', optionArgs, SEQ_OPTIONS);
    if ('error' in parsed) return usageError('seq', parsed.error);
    const operands = [...parsed.operands, ...(firstNumber < 0 ? [] : invocation.args.slice(firstNumber))];
    if (operands.length === 0) return usageError('seq', 'seq: missing operand');
    if (operands.length > 3) return usageError('seq', `seq: extra operand '${operands[3]}'`);
    for (const operand of operands) if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(operand)) return usageError('seq', `seq: invalid floating point argument: '${operand}'`);
    const [firstText, stepText, lastText] = operands.length === 1 ? ['1', '1', operands[0]!] : operands.length === 2 ? [operands[0]!, '1', operands[1]!] : (operands as [string, string, string]);
    const first = Number(firstText);
    const step = Number(stepText);
    const end = Number(lastText);
    if (step === 0) return usageError('seq', `seq: invalid Zero increment value: '${stepText}'`);
    const precision = Math.max(decimals(firstText), decimals(stepText));
    const values: string[] = [];
    for (let i = 0; values.length < MAX_LINES; i++) {
      const value = first + i * step;
      if (step > 0 ? value > end + 1e-10 : value < end - 1e-10) break;
      values.push(value.toFixed(precision));
    }
    if (has(parsed, 'w')) {
      const width = Math.max(...values.map((v) => v.replace('-', '').length));
      for (let i = 0; i < values.length; i++) values[i] = values[i]!.startsWith('-') ? `-${values[i]!.slice(1).padStart(width, '0')}` : values[i]!.padStart(width, '0');
    }
    const separator = last(parsed, 's') ?? '\n';
    if (values.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
    return values.length >= MAX_LINES ? fail('seq: output truncated at 1000000 numbers', 1, `${values.join(separator)}\n`) : { stdout: `${values.join(separator)}\n`, stderr: '', exitCode: 0 };
  },
};
