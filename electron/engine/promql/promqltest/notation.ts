/**
 * The small languages inside a Prometheus `.test` script: durations (`1h30m`), numbers, Go-quoted strings and
 * series descriptions (`name{l="v"} 1+2x3 _ stale`). See ../shared/conformance/promql/README.md.
 */
import type { Labels } from '../../tsdb';
import { STALE_NAN } from '../../tsdb';

/** One step of a series description: a float (stale markers are STALE_NAN), a gap, or a native histogram. */
export type SequenceValue = { kind: 'float'; value: number } | { kind: 'omitted' } | { kind: 'histogram' };

export type SeriesDescription = { labels: Labels; values: SequenceValue[] };

const DURATION_UNITS: readonly [string, number][] = [
  ['y', 365 * 24 * 3_600_000],
  ['w', 7 * 24 * 3_600_000],
  ['d', 24 * 3_600_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
];
const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** A Prometheus duration (model.ParseDuration: units in order y w d h m s ms, or a bare `0`) in milliseconds. */
export function parseDuration(text: string): number {
  if (text === '0') return 0;
  const m = DURATION_RE.exec(text);
  if (text === '' || !m) throw new Error(`not a valid duration string: "${text}"`);
  let ms = 0;
  DURATION_UNITS.forEach(([, unit], i) => {
    if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * unit;
  });
  return ms;
}

/** A duration in the shortest Prometheus notation (90000 → "1m30s"), for messages. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  let out = '';
  for (const [unit, size] of DURATION_UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return sign + out;
}

const INT_RE = /^[+-]?(?:0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9_]*)$/;
const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** A bare number line of an eval (Go's ParseInt with base 0, then ParseFloat), or undefined if it is not one. */
export function parseNumberLine(text: string): number | undefined {
  if (INT_RE.test(text)) {
    const negative = text.startsWith('-');
    let body = text.replace(/^[+-]/, '').replace(/_/g, '');
    let radix = 10;
    if (/^0[xX]/.test(body)) [radix, body] = [16, body.slice(2)];
    else if (/^0[bB]/.test(body)) [radix, body] = [2, body.slice(2)];
    else if (/^0[oO]/.test(body)) [radix, body] = [8, body.slice(2)];
    else if (body.length > 1 && body.startsWith('0')) [radix, body] = [8, body.slice(1)];
    if (body === '') return 0;
    const n = Number.parseInt(body, radix);
    return negative ? -n : n;
  }
  if (!FLOAT_RE.test(text)) return undefined;
  return floatLiteral(text);
}

/** A PromQL number literal (decimal, exponent, Inf, NaN; signed), as the series-description lexer reads it. */
function floatLiteral(text: string): number {
  const lower = text.toLowerCase();
  const sign = lower.startsWith('-') ? -1 : 1;
  const body = lower.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return sign * Number(body);
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, "'": 39, '"': 34, '`': 96 };

/**
 * A PromQL string literal's value ('…', "…" or `…`): Go escapes (\n, \xHH, \ooo, \uHHHH, \UHHHHHHHH); \x and octal
 * escapes are bytes, decoded together as UTF-8. Throws on a malformed literal.
 */
export function unquote(literal: string): string {
  const quote = literal[0];
  if (literal.length < 2 || literal[literal.length - 1] !== quote || !(quote === '"' || quote === "'" || quote === '`')) {
    throw new Error(`invalid string literal ${literal}`);
  }
  const body = literal.slice(1, -1);
  if (quote === '`') {
    if (body.includes('`')) throw new Error(`invalid string literal ${literal}`);
    return body;
  }
  const bytes: number[] = [];
  const pushText = (text: string) => bytes.push(...new TextEncoder().encode(text));
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === quote) throw new Error(`unescaped quote in ${literal}`);
    if (c !== '\\') {
      const code = body.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      pushText(char);
      i += char.length - 1;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new Error(`trailing backslash in ${literal}`);
    if (SIMPLE_ESCAPES[e] !== undefined) {
      bytes.push(SIMPLE_ESCAPES[e]);
    } else if (e === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error(`invalid \\x escape in ${literal}`);
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Error(`invalid \\${e} escape in ${literal}`);
      pushText(String.fromCodePoint(Number.parseInt(hex, 16)));
      i += len;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || Number.parseInt(oct, 8) > 255) throw new Error(`invalid octal escape in ${literal}`);
      bytes.push(Number.parseInt(oct, 8));
      i += 2;
    } else {
      throw new Error(`unknown escape sequence \\${e} in ${literal}`);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const IDENT = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)/;

/** `name{a="x",…}`, `{__name__="x",…}` or `{"name", a="x"}` at the start of text: the labels and the rest. */
function parseMetric(text: string): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let rest = text;
  const name = IDENT.exec(rest);
  if (name) {
    labels.__name__ = name[0];
    rest = rest.slice(name[0].length);
  }
  if (!rest.startsWith('{')) {
    if (!name) throw new Error(`expected a metric name or label set at "${text.slice(0, 40)}"`);
    return { labels, rest };
  }
  rest = rest.slice(1).trimStart();
  while (!rest.startsWith('}')) {
    let key: string;
    const ident = IDENT.exec(rest);
    const quoted = ident ? null : QUOTED.exec(rest);
    if (ident) key = ident[0];
    else if (quoted) key = unquote(quoted[0]);
    else throw new Error(`expected a label name at "${rest.slice(0, 40)}"`);
    rest = rest.slice((ident ?? quoted)![0].length).trimStart();
    if (rest.startsWith('=')) {
      rest = rest.slice(1).trimStart();
      const value = QUOTED.exec(rest);
      if (!value) throw new Error(`expected a quoted label value at "${rest.slice(0, 40)}"`);
      labels[key] = unquote(value[0]);
      rest = rest.slice(value[0].length).trimStart();
    } else if (quoted) {
      labels.__name__ = key;
    } else {
      throw new Error(`expected "=" after label ${key}`);
    }
    if (rest.startsWith(',')) rest = rest.slice(1).trimStart();
    else if (!rest.startsWith('}')) throw new Error(`expected "," or "}" at "${rest.slice(0, 40)}"`);
  }
  return { labels, rest: rest.slice(1) };
}

const NUM = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF]|[nN][aA][nN])`;
const ITEM_RE = new RegExp(`^([+-]?${NUM})(?:([+-]${NUM})?x(\\d+))?$`);

/** The values of a series description: `1 2 3`, `a+bxn`, `a-bxn`, `axn`, `_`, `_xn`, `stale`, `{{…}}` (possibly `…xn`). */
export function parseSequence(text: string): SequenceValue[] {
  const out: SequenceValue[] = [];
  let rest = text.trim();
  while (rest !== '') {
    if (rest.startsWith('{{')) {
      const close = rest.indexOf('}}');
      if (close < 0) throw new Error('unterminated native histogram {{…}}');
      const after = rest.slice(close + 2);
      const tail = /^\S*/.exec(after)![0];
      // `{{…}}xn` or `{{…}}+{{…}}xn`: count the repeats, if any, from the last `xn`.
      const full = rest.slice(0, close + 2) + tail;
      let end = close + 2 + tail.length;
      let repeat = /x(\d+)$/.exec(full);
      if (tail.startsWith('+') || tail.startsWith('-')) {
        const second = rest.indexOf('}}', close + 2);
        if (second < 0) throw new Error('unterminated native histogram {{…}}');
        const tail2 = /^\S*/.exec(rest.slice(second + 2))![0];
        end = second + 2 + tail2.length;
        repeat = /x(\d+)$/.exec(tail2);
      }
      const n = repeat ? Number(repeat[1]) + 1 : 1;
      for (let i = 0; i < n; i++) out.push({ kind: 'histogram' });
      rest = rest.slice(end).trimStart();
      continue;
    }
    const token = /^\S+/.exec(rest)![0];
    rest = rest.slice(token.length).trimStart();
    if (token === '_') {
      out.push({ kind: 'omitted' });
      continue;
    }
    const blanks = /^_x(\d+)$/.exec(token);
    if (blanks) {
      for (let i = 0; i < Number(blanks[1]); i++) out.push({ kind: 'omitted' });
      continue;
    }
    if (token === 'stale') {
      out.push({ kind: 'float', value: STALE_NAN });
      continue;
    }
    const m = ITEM_RE.exec(token);
    if (!m) throw new Error(`invalid value "${token}"`);
    let value = floatLiteral(m[1]!);
    if (m[3] === undefined) {
      out.push({ kind: 'float', value });
      continue;
    }
    const step = m[2] === undefined ? 0 : floatLiteral(m[2]);
    // Added step by step, as Prometheus's parser does, so float rounding matches.
    for (let i = 0; i <= Number(m[3]); i++) {
      out.push({ kind: 'float', value });
      value += step;
    }
  }
  return out;
}

/** A series description line: `<metric> <values>`. */
export function parseSeriesDescription(line: string): SeriesDescription {
  const { labels, rest } = parseMetric(line.trim());
  if (rest !== '' && !/^\s/.test(rest)) throw new Error(`expected a space after the metric, got "${rest.slice(0, 20)}"`);
  return { labels, values: parseSequence(rest) };
}
