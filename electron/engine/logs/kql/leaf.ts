/**
 * What one KQL value means against one indexed value of a field of a given type — the Elasticsearch
 * query Kibana builds for the node, per type: keyword exact (case-sensitive), text analysed (`match`: any
 * term; quoted `match_phrase`: consecutive terms), number, boolean and ip by value (a value the type cannot
 * read matches nothing, as a lenient query), date as the range [value rounded down, value rounded up].
 * Wildcards (`query_string`) match whole keyword values or single lower-cased text terms, nothing else.
 */
import type { LogFieldType } from '../types';
import { analyze } from './analyze';
import type { KqlValue, RangeOp } from './ast';
import { valueText } from './ast';
import { parseDate, parseDateMath } from './date-math';
import { ipMatcher, parseIp } from './ip';

/** An indexed scalar as it sits in the event. */
export type Scalar = string | number | boolean;
/** Whether one value of a field of type `type` matches. */
export type ValueTest = (type: LogFieldType, value: Scalar) => boolean;
export type LeafOptions = { nowMs?: number };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `field:value` for a value other than a lone `*` (which is an exists query). */
export function isTest(value: KqlValue, options: LeafOptions): ValueTest {
  return value.type === 'wildcard' ? wildcardTest(value.parts) : literalTest(value.value, value.quoted, options);
}

function literalTest(text: string, quoted: boolean, options: LeafOptions): ValueTest {
  const terms = analyze(text);
  const termSet = new Set(terms);
  const number = numberOf(text);
  const ip = ipMatcher(text);
  const from = parseDateMath(text, { nowMs: options.nowMs, roundUp: false });
  const to = parseDateMath(text, { nowMs: options.nowMs, roundUp: true });
  return (type, value) => {
    switch (type) {
      case 'keyword':
        return String(value) === text;
      case 'text': {
        if (terms.length === 0) return false;
        const tokens = analyze(String(value));
        return quoted ? phraseStarts(tokens, terms).length > 0 : tokens.some((t) => termSet.has(t));
      }
      case 'number':
        return number !== undefined && numberOf(value) === number;
      case 'boolean':
        return (text === 'true' || text === 'false') && booleanOf(value) === (text === 'true');
      case 'ip': {
        if (ip === undefined) return false;
        const v = parseIp(String(value));
        return v !== undefined && ip(v);
      }
      case 'date': {
        if (from === undefined || to === undefined) return false;
        const t = dateOf(value);
        return t !== undefined && t >= from && t <= to;
      }
    }
  };
}

function wildcardTest(parts: string[]): ValueTest {
  const exact = wildcardRegex(parts);
  const folded = wildcardRegex(parts.map((p) => p.toLowerCase()));
  return (type, value) => {
    if (type === 'keyword') return exact.test(String(value));
    if (type === 'text') return analyze(String(value)).some((t) => folded.test(t));
    return false;
  };
}

/** `field op bound`: numbers and dates by value (dates rounded per operator), keywords and text terms as strings. */
export function rangeTest(op: RangeOp, bound: KqlValue, options: LeafOptions): ValueTest {
  const text = valueText(bound);
  const number = numberOf(text);
  const date = parseDateMath(text, { nowMs: options.nowMs, roundUp: op === 'gt' || op === 'lte' });
  const ip = parseIp(text);
  const bool = text === 'true' ? 1 : text === 'false' ? 0 : undefined;
  const within = (cmp: number): boolean => (op === 'gt' ? cmp > 0 : op === 'gte' ? cmp >= 0 : op === 'lt' ? cmp < 0 : cmp <= 0);
  // The value is read only when the bound is one of its type (a date or ip string costs a parse).
  const against = <T>(limit: T | undefined, read: () => T | undefined, cmp: (a: T, b: T) => number): boolean => {
    if (limit === undefined) return false;
    const v = read();
    return v !== undefined && within(cmp(v, limit));
  };
  return (type, value) => {
    switch (type) {
      case 'keyword':
        return within(compareCodePoints(String(value), text));
      case 'text':
        return analyze(String(value)).some((t) => within(compareCodePoints(t, text)));
      case 'number':
        return against(number, () => numberOf(value), subtract);
      case 'date':
        return against(date, () => dateOf(value), subtract);
      case 'boolean':
        return against(bool, () => (booleanOf(value) === undefined ? undefined : Number(booleanOf(value))), subtract);
      case 'ip':
        return against(ip, () => parseIp(String(value)), (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
  };
}

/** Where each occurrence of `phrase` starts in `tokens`. */
export function phraseStarts(tokens: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((t, j) => tokens[i + j] === t)) starts.push(i);
  return starts;
}

export function wildcardRegex(parts: readonly string[]): RegExp {
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
}

/** A number as a numeric field reads one; undefined when the value is not a number. */
function numberOf(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !NUMBER.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function booleanOf(value: Scalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function dateOf(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? parseDate(value) : undefined;
}

function subtract(a: number, b: number): number {
  return a - b;
}

/** Compares as Elasticsearch orders terms (UTF-8 bytes, i.e. code points), not as UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** UTF-16 units reordered so surrogates (astral code points) sort after U+E000–U+FFFF, as code points do. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
