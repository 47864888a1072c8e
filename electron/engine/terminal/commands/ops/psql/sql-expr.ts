import type { Relation, Row, Value } from './catalog';
import { pgInterval } from './pg-format';

/**
 * The expressions and WHERE terms the small SELECT understands: columns, `now() - col`, `left(col, n)`,
 * backend-signalling calls; comparisons (with `interval '5 minutes'` and `now() - interval …`), IS NULL,
 * IN, LIKE, NOT and bare booleans.
 */

export type SqlError = { message: string; at?: number };
export type Evaluation = { now: number; signal(fn: string, pid: number): boolean };

/** Splits at top-level commas (not inside parentheses or quotes). */
export function splitTop(text: string, by = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === by) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const timestampMs = (v: Value) => (typeof v === 'string' ? Date.parse(v.replace(' ', 'T').replace(/\+00$/, 'Z')) : Number.NaN);

const UNITS: Record<string, number> = { second: 1, seconds: 1, sec: 1, s: 1, minute: 60, minutes: 60, min: 60, mins: 60, hour: 3600, hours: 3600, h: 3600, day: 86_400, days: 86_400 };

/** `interval '5 minutes'` → seconds. */
function intervalSeconds(text: string): number | undefined {
  const m = /^interval\s+'(\d+(?:\.\d+)?)\s*([a-z]+)'$/i.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

export type Expr = { name: string; numeric: boolean; eval(row: Row): Value; aggregate?: boolean };

function columnError(sql: string, name: string): SqlError {
  const at = sql.toLowerCase().search(new RegExp(`\\b${name.replace(/[^a-z0-9_]/gi, '')}\\b`, 'i'));
  return { message: `column "${name}" does not exist`, ...(at >= 0 ? { at } : {}) };
}

/** One expression over a row of `rel`; a SqlError when it names what is not there. */
export function expression(text: string, rel: Relation, sql: string, env: Evaluation): Expr | SqlError {
  const t = text.trim();
  const column = (name: string): Expr | SqlError => {
    const col = name.toLowerCase().replace(/^[a-z_]+\./, '');
    return rel.columns.includes(col) ? { name: col, numeric: rel.numeric.has(col), eval: (row) => row[col] ?? null } : columnError(sql, name);
  };
  if (/^count\s*\(\s*(\*|1|[a-z_]+)\s*\)$/i.test(t)) return { name: 'count', numeric: true, eval: () => 1, aggregate: true };
  let m = /^now\s*\(\s*\)\s*-\s*([a-z_.]+)$/i.exec(t);
  if (m) {
    const inner = column(m[1]!);
    if ('message' in inner) return inner;
    return { name: '?column?', numeric: false, eval: (row) => (row[inner.name] === null ? null : pgInterval((env.now - timestampMs(inner.eval(row))) / 1000)) };
  }
  m = /^(pg_terminate_backend|pg_cancel_backend)\s*\(\s*([a-z_.]+)\s*\)$/i.exec(t);
  if (m) {
    const fn = m[1]!.toLowerCase();
    const inner = column(m[2]!);
    if ('message' in inner) return inner;
    return { name: fn, numeric: false, eval: (row) => env.signal(fn, Number(inner.eval(row))) };
  }
  m = /^(left|substr|substring)\s*\(\s*([a-z_.]+)\s*,\s*(\d+)(?:\s*,\s*(\d+))?\s*\)$/i.exec(t);
  if (m) {
    const inner = column(m[2]!);
    if ('message' in inner) return inner;
    const fn = m[1]!.toLowerCase();
    const [from, count] = fn === 'left' ? [1, Number(m[3])] : [Number(m[3]), m[4] === undefined ? Infinity : Number(m[4])];
    return { name: fn === 'substring' ? 'substring' : fn, numeric: false, eval: (row) => (row[inner.name] === null ? null : String(row[inner.name]).slice(from - 1, from - 1 + count)) };
  }
  if (/^[a-z_][a-z0-9_.]*$/i.test(t)) return column(t);
  const near = /[^\s\w.]/.exec(t)?.[0] ?? t.split(/\s+/)[0]!;
  return { message: `syntax error at or near "${near}"`, at: Math.max(0, sql.indexOf(t) + t.indexOf(near)) };
}

const literal = (text: string): Value => {
  const t = text.trim();
  if (/^'.*'$/s.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^null$/i.test(t)) return null;
  return Number(t);
};

export const compare = (a: Value, b: Value): number => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

/** One WHERE term as a predicate. */
export function condition(text: string, rel: Relation, sql: string, env: Evaluation): ((row: Row) => boolean) | SqlError {
  const t = text.trim().replace(/^\((.*)\)$/s, '$1');
  let m = /^not\s+([a-z_.]+)$/i.exec(t);
  if (m) {
    const e = expression(m[1]!, rel, sql, env);
    return 'message' in e ? e : (row) => e.eval(row) === false;
  }
  m = /^([a-z_.]+)\s+is\s+(not\s+)?null$/i.exec(t);
  if (m) {
    const e = expression(m[1]!, rel, sql, env);
    return 'message' in e ? e : (row) => (e.eval(row) === null) === !m![2];
  }
  m = /^([a-z_.]+)\s+(not\s+)?in\s*\((.*)\)$/is.exec(t);
  if (m) {
    const e = expression(m[1]!, rel, sql, env);
    const values = splitTop(m[3]!).map(literal);
    return 'message' in e ? e : (row) => values.includes(e.eval(row)) === !m![2];
  }
  m = /^([a-z_.]+)\s+(not\s+)?(i?like)\s+'(.*)'$/is.exec(t);
  if (m) {
    const e = expression(m[1]!, rel, sql, env);
    const pattern = new RegExp(`^${m[4]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, m[3]!.toLowerCase() === 'ilike' ? 'is' : 's');
    return 'message' in e ? e : (row) => pattern.test(String(e.eval(row) ?? '')) === !m![2];
  }
  m = /^(.+?)\s*(=|!=|<>|>=|<=|>|<)\s*(.+)$/s.exec(t);
  if (m) {
    const [, lhs, op, rhs] = m;
    const e = expression(lhs!, rel, sql, env);
    if ('message' in e) return e;
    const rhsInterval = intervalSeconds(rhs!);
    const nowMinus = /^now\s*\(\s*\)\s*-\s*(interval\s+'.*')$/i.exec(rhs!.trim());
    const cutoff = nowMinus ? intervalSeconds(nowMinus[1]!) : undefined;
    const left = (row: Row): Value => {
      const v = e.eval(row);
      // Intervals compare as seconds, timestamps against now() - interval as times.
      if (rhsInterval !== undefined && typeof v === 'string') return pgSeconds(v);
      if (cutoff !== undefined) return timestampMs(v);
      return v;
    };
    const right: Value = rhsInterval ?? (cutoff !== undefined ? env.now - cutoff * 1000 : literal(rhs!));
    return (row) => {
      const v = left(row);
      if (v === null || right === null) return false;
      const c = compare(v, right);
      return op === '=' ? c === 0 : op === '!=' || op === '<>' ? c !== 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : op === '>=' ? c >= 0 : c <= 0;
    };
  }
  const e = expression(t, rel, sql, env);
  return 'message' in e ? e : (row) => e.eval(row) === true;
}

/** An interval's text back to seconds (`00:01:02.5`, `1 day 00:00:01`). */
export function pgSeconds(text: string): number {
  const m = /^(?:(\d+) days? )?(-?)(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text);
  return m ? Number(m[1] ?? 0) * 86_400 + (m[2] ? -1 : 1) * (Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5])) : Number.NaN;
}

