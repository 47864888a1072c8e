import type { Command } from '../types';
import { out } from './shell-state';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** Interprets echo -e's backslash escapes; `\c` ends the output there. */
function unescape(text: string): { text: string; stop: boolean } {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch !== '\\' || next === undefined) {
      result += ch;
      continue;
    }
    if (next === 'c') return { text: result, stop: true };
    const simple = SIMPLE_ESCAPES[next];
    const octal = next === '0' ? /^[0-7]{0,3}/.exec(text.slice(i + 2))![0] : undefined;
    const hex = next === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0] : undefined;
    if (simple !== undefined) {
      result += simple;
      i++;
    } else if (octal !== undefined) {
      result += String.fromCharCode(octal === '' ? 0 : parseInt(octal, 8) & 0xff);
      i += 1 + octal.length;
    } else if (hex !== undefined) {
      result += String.fromCharCode(parseInt(hex, 16));
      i += 1 + hex.length;
    } else result += ch;
  }
  return { text: result, stop: false };
}

/** `echo [-neE] [arg…]`: bash's builtin. */
export const echo: Command = {
  name: 'echo',
  summary: 'print its arguments',
  usage: 'echo [-n] [-e] [text…]',
  run({ args }) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]!); i++) {
      for (const flag of args[i]!.slice(1)) {
        if (flag === 'n') newline = false;
        else escapes = flag === 'e';
      }
    }
    const text = args.slice(i).join(' ');
    if (!escapes) return out(newline ? `${text}\n` : text);
    const result = unescape(text);
    return out(result.text + (newline && !result.stop ? '\n' : ''));
  },
};
