import type { Command } from '../../types';
import { readInput, splitLines, strerror } from './io';
import { grepInputs } from './grep-inputs';
import type { OptionSpec } from './options';
import { all, flagNames, has, last, parseOptions } from './options';
import { compileRegex, escapeRegex } from './regex';
import { GREP_MAN } from './grep-man';

const GREP_OPTIONS: OptionSpec[] = [
  { key: 'A', short: 'A', long: 'after-context', value: true },
  { key: 'B', short: 'B', long: 'before-context', value: true },
  { key: 'C', short: 'C', long: 'context', value: true },
  { key: 'c', short: 'c', long: 'count' },
  { key: 'color', long: 'color', optional: true },
  { key: 'color', long: 'colour', optional: true },
  { key: 'E', short: 'E', long: 'extended-regexp' },
  { key: 'e', short: 'e', long: 'regexp', value: true },
  { key: 'F', short: 'F', long: 'fixed-strings' },
  { key: 'f', short: 'f', long: 'file', value: true },
  { key: 'G', short: 'G', long: 'basic-regexp' },
  { key: 'H', short: 'H', long: 'with-filename' },
  { key: 'h', short: 'h', long: 'no-filename' },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 'i', short: 'y' },
  { key: 'include', long: 'include', value: true },
  { key: 'exclude', long: 'exclude', value: true },
  { key: 'L', short: 'L', long: 'files-without-match' },
  { key: 'l', short: 'l', long: 'files-with-matches' },
  { key: 'm', short: 'm', long: 'max-count', value: true },
  { key: 'n', short: 'n', long: 'line-number' },
  { key: 'o', short: 'o', long: 'only-matching' },
  { key: 'P', short: 'P', long: 'perl-regexp' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'q', long: 'silent' },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'r', short: 'R', long: 'dereference-recursive' },
  { key: 's', short: 's', long: 'no-messages' },
  { key: 'v', short: 'v', long: 'invert-match' },
  { key: 'w', short: 'w', long: 'word-regexp' },
  { key: 'x', short: 'x', long: 'line-regexp' },
  { key: 'a', short: 'a', long: 'text' },
  { key: 'I', short: 'I' },
  { key: 'line-buffered', long: 'line-buffered' },
];

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.";

function trouble(message: string) {
  return { stdout: '', stderr: `${message}\n`, exitCode: 2 };
}

function contextLength(value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : `grep: ${value}: invalid context length argument`;
}

export const grep: Command = {
  name: 'grep',
  summary: 'print lines that match patterns',
  usage: 'grep [OPTION]... PATTERNS [FILE]...',
  man: GREP_MAN,
  flags: flagNames(GREP_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('grep', invocation.args, GREP_OPTIONS, { numericKey: 'C' });
    if ('error' in parsed) return trouble(`${parsed.error}\n${USAGE}`);
    const operands = [...parsed.operands];
    let patterns = all(parsed, 'e');
    for (const file of all(parsed, 'f')) {
      const input = readInput(file, invocation);
      if ('error' in input) return trouble(`grep: ${file}: ${strerror(input.error)}`);
      patterns.push(...splitLines(input.text));
    }
    if (!has(parsed, 'e') && !has(parsed, 'f')) {
      const first = operands.shift();
      if (first === undefined) return trouble(USAGE);
      patterns = first.split('\n');
    }
    // -1: no context asked for; with any context (even 0) grep separates groups with `--`.
    const context = contextLength(last(parsed, 'C'), -1);
    if (typeof context === 'string') return trouble(context);
    const after = contextLength(last(parsed, 'A'), context);
    if (typeof after === 'string') return trouble(after);
    const before = contextLength(last(parsed, 'B'), context);
    if (typeof before === 'string') return trouble(before);
    const maxText = last(parsed, 'm');
    if (maxText !== undefined && !/^-?\d+$/.test(maxText)) return trouble('grep: invalid max count');
    const max = maxText === undefined || Number(maxText) < 0 ? Infinity : Number(maxText);

    const syntax = has(parsed, 'E') ? 'extended' : 'basic';
    const parts: string[] = [];
    for (const pattern of patterns) {
      if (has(parsed, 'F')) parts.push(escapeRegex(pattern));
      else if (has(parsed, 'P')) parts.push(pattern);
      else {
        const compiled = compileRegex(pattern, syntax);
        if ('error' in compiled) return trouble(`grep: ${compiled.error}`);
        parts.push(compiled.source);
      }
    }
    let body = parts.map((p) => `(?:${p})`).join('|');
    if (has(parsed, 'x')) body = `^(?:${body})$`;
    else if (has(parsed, 'w')) body = `(?<!\\w)(?:${body})(?!\\w)`;
    let regex: RegExp;
    try {
      regex = new RegExp(patterns.length === 0 ? '(?!)' : body, `g${has(parsed, 'i') ? 'i' : ''}`);
    } catch {
      return trouble('grep: Invalid regular expression');
    }
    const matches = (line: string) => {
      regex.lastIndex = 0;
      return regex.test(line);
    };

    const recursive = has(parsed, 'r');
    const inputs = grepInputs(operands, recursive, invocation, all(parsed, 'include'), all(parsed, 'exclude'));
    const withName = has(parsed, 'H') || (!has(parsed, 'h') && (operands.length > 1 || recursive));
    const invert = has(parsed, 'v');
    const quiet = has(parsed, 'q');
    const out: string[] = [];
    const errors: string[] = [];
    let failed = false;
    let selectedAny = false;
    let printedAny = false;
    for (const input of inputs) {
      if ('message' in input) {
        failed = true;
        if (!has(parsed, 's')) errors.push(input.message);
        continue;
      }
      const lines = splitLines(input.text);
      const prefix = (n: number, separator: string) => `${withName ? `${input.name}${separator}` : ''}${has(parsed, 'n') ? `${n + 1}${separator}` : ''}`;
      let count = 0;
      let lastPrinted = -1;
      let afterLeft = 0;
      const print = (n: number, separator: string, text: string) => {
        if (printedAny && (before >= 0 || after >= 0) && n > lastPrinted + 1) out.push('--');
        out.push(`${prefix(n, separator)}${text}`);
        lastPrinted = n;
        printedAny = true;
      };
      for (let n = 0; n < lines.length; n++) {
        const line = lines[n]!;
        if (count >= max) {
          if (afterLeft-- > 0 && matches(line) === invert) print(n, '-', line);
          else break;
          continue;
        }
        if (matches(line) === invert) {
          if (afterLeft-- > 0) print(n, '-', line);
          continue;
        }
        count++;
        selectedAny = true;
        if (quiet) return { stdout: '', stderr: '', exitCode: 0 };
        if (has(parsed, 'c') || has(parsed, 'l') || has(parsed, 'L')) continue;
        for (let b = Math.max(lastPrinted + 1, n - before); b < n; b++) print(b, '-', lines[b]!);
        if (has(parsed, 'o')) {
          regex.lastIndex = 0;
          if (!invert) for (const match of line.matchAll(regex)) if (match[0] !== '') out.push(`${prefix(n, ':')}${match[0]}`);
          lastPrinted = n;
        } else print(n, ':', line);
        afterLeft = after;
      }
      if (has(parsed, 'c')) out.push(`${withName ? `${input.name}:` : ''}${count}`);
      if (has(parsed, 'l') && count > 0) out.push(input.name);
      if (has(parsed, 'L') && count === 0) out.push(input.name);
    }
    const stdout = out.length === 0 ? '' : `${out.join('\n')}\n`;
    const stderr = errors.length === 0 ? '' : `${errors.join('\n')}\n`;
    const listed = has(parsed, 'L') ? out.length > 0 : selectedAny;
    return { stdout, stderr, exitCode: failed ? 2 : listed ? 0 : 1 };
  },
};
