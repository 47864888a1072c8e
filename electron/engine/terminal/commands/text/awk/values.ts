import { formatG, sprintf } from './format';

/**
 * awk's values: numbers, strings, and strnums — text from input (fields, split, -v) that compares as a
 * number when it looks like one. Uninitialised variables are the strnum "" / 0.
 */
export type StrNum = { text: string; num: number; numeric: boolean };
export type Value = number | string | StrNum;

export const UNINIT: StrNum = { text: '', num: 0, numeric: true };

const LEADING_NUMBER = /^[ \t\n\r\f\v]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const WHOLE_NUMBER = /^[ \t\n\r\f\v]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[ \t\n\r\f\v]*$/;

/** The number at the start of a string, as strtod reads it (0 when there is none). */
export function leadingNumber(text: string): number {
  const match = LEADING_NUMBER.exec(text);
  return match ? Number(match[0]) : 0;
}

export function strnum(text: string): StrNum {
  return { text, num: leadingNumber(text), numeric: WHOLE_NUMBER.test(text) };
}

export function toNumber(value: Value): number {
  return typeof value === 'number' ? value : typeof value === 'string' ? leadingNumber(value) : value.num;
}

/** A number as a string: integers print whole, others through CONVFMT (or OFMT for print). */
export function numberToString(n: number, format: string): string {
  if (Number.isNaN(n)) return n < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e30) return BigInt(n).toString();
  return format === '%.6g' ? formatG(n, 6) : sprintf(format, [{ num: () => n, str: () => String(n) }]);
}

export function toStr(value: Value, format = '%.6g'): string {
  return typeof value === 'number' ? numberToString(value, format) : typeof value === 'string' ? value : value.text;
}

export function isNumeric(value: Value): boolean {
  return typeof value === 'number' || (typeof value !== 'string' && value.numeric);
}

export function toBool(value: Value): boolean {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '';
  return value.numeric ? value.num !== 0 : value.text !== '';
}

/** POSIX comparison: numeric when both sides are numeric, otherwise as strings. */
export function compareValues(a: Value, b: Value, format: string): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNumber(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a, format);
  const y = toStr(b, format);
  return x < y ? -1 : x > y ? 1 : 0;
}
