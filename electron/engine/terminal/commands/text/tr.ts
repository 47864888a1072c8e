import type { Command } from '../../types';
import { fail, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, parseOptions } from './options';

const TR_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'complement' },
  { key: 'c', short: 'C' },
  { key: 'd', short: 'd', long: 'delete' },
  { key: 's', short: 's', long: 'squeeze-repeats' },
  { key: 't', short: 't', long: 'truncate-set1' },
];

const RANGES: Record<string, [string, string][]> = {
  alpha: [['A', 'Z'], ['a', 'z']],
  alnum: [['0', '9'], ['A', 'Z'], ['a', 'z']],
  digit: [['0', '9']],
  lower: [['a', 'z']],
  upper: [['A', 'Z']],
  space: [['\t', '\r'], [' ', ' ']],
  blank: [['\t', '\t'], [' ', ' ']],
  punct: [['!', '/'], [':', '@'], ['[', '`'], ['{', '~']],
  xdigit: [['0', '9'], ['A', 'F'], ['a', 'f']],
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };

function expandRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let c = from.codePointAt(0)!; c <= to.codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
  return out;
}

/** Expands a tr SET: escapes, ranges, `[:class:]` and `[c*n]` repeats. */
function expandSet(set: string): string[] | string {
  const units: string[] = [];
  for (let i = 0; i < set.length; i++) {
    if (set[i] === '\\' && i + 1 < set.length) {
      const octal = /^[0-7]{1,3}/.exec(set.slice(i + 1));
      units.push(octal ? String.fromCharCode(parseInt(octal[0], 8)) : (ESCAPES[set[i + 1]!] ?? set[i + 1]!));
      i += octal ? octal[0].length : 1;
    } else units.push(set[i]!);
  }
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const rest = units.slice(i).join('');
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls) {
      const ranges = RANGES[cls[1]!];
      if (!ranges) return `tr: invalid character class '${cls[1]}'`;
      out.push(...ranges.flatMap(([a, b]) => expandRange(a, b)));
      i += cls[0].length - 1;
      continue;
    }
    const repeat = /^\[(.)\*(\d*)\]/s.exec(rest);
    if (repeat) {
      out.push(...Array<string>(Number(repeat[2] || '0') || 0).fill(repeat[1]!));
      i += repeat[0].length - 1;
      continue;
    }
    if (units[i + 1] === '-' && units[i + 2] !== undefined) {
      if (units[i + 2]! < units[i]!) return `tr: range-endpoints of '${units[i]}-${units[i + 2]}' are in reverse collating sequence order`;
      out.push(...expandRange(units[i]!, units[i + 2]!));
      i += 2;
      continue;
    }
    out.push(units[i]!);
  }
  return out;
}

export const tr: Command = {
  name: 'tr',
  summary: 'translate or delete characters',
  usage: 'tr [OPTION]... STRING1 [STRING2]',
  man: `Translate, squeeze, and/or delete characters from standard input, writing to standard output. STRING1 and STRING2 specify arrays of characters: CHAR1-CHAR2 (all characters from CHAR1 to CHAR2 in ascending order), [:alpha:], [:digit:], [:lower:], [:upper:], [:space:] and the other classes, [CHAR*REPEAT], and backslash escapes such as \\n and \\t.

OPTIONS
-c, -C, --complement
use the complement of STRING1
-d, --delete
delete characters in STRING1, do not translate
-s, --squeeze-repeats
replace each sequence of a repeated character that is listed in the last specified SET, with a single occurrence of that character
-t, --truncate-set1
first truncate STRING1 to length of STRING2`,
  flags: flagNames(TR_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('tr', invocation.args, TR_OPTIONS);
    if ('error' in parsed) return usageError('tr', parsed.error);
    const [first, second, extra] = parsed.operands;
    const del = has(parsed, 'd');
    const squeeze = has(parsed, 's');
    if (first === undefined) return usageError('tr', 'tr: missing operand');
    if (extra !== undefined) return usageError('tr', `tr: extra operand '${extra}'`);
    if (del && !squeeze && second !== undefined) return usageError('tr', `tr: extra operand '${second}'\nOnly one string may be given when deleting without squeezing repeats.`);
    if (!del && !squeeze && second === undefined) return usageError('tr', `tr: missing operand after '${first}'\nTwo strings must be given when translating.`);
    const set1 = expandSet(first);
    const set2 = second === undefined ? [] : expandSet(second);
    if (typeof set1 === 'string') return fail(set1);
    if (typeof set2 === 'string') return fail(set2);
    const complement = has(parsed, 'c');
    const inSet1 = (ch: string) => set1.includes(ch) !== complement;
    const translating = !del && second !== undefined;
    if (translating && set2.length === 0) return fail('tr: when not truncating set1, string2 must be non-empty');
    const map = new Map<string, string>();
    if (translating && !complement) set1.forEach((ch, i) => (has(parsed, 't') && i >= set2.length) || map.set(ch, set2[Math.min(i, set2.length - 1)]!));
    const squeezeSet = new Set(translating || del ? set2 : set1);
    const squeezeComplement = !translating && !del && complement;
    let out = '';
    let previous = '';
    for (const ch of invocation.stdin) {
      if (del && inSet1(ch)) continue;
      const mapped = translating ? (complement ? (inSet1(ch) ? set2[set2.length - 1]! : ch) : (map.get(ch) ?? ch)) : ch;
      if (squeeze && mapped === previous && squeezeSet.has(mapped) !== squeezeComplement) continue;
      out += mapped;
      previous = mapped;
    }
    return { stdout: out, stderr: '', exitCode: 0 };
  },
};
