/**
 * Elasticsearch date math for date fields (format `strict_date_optional_time||epoch_millis`, UTC):
 * an anchor — `now`, or a date followed by `||` — then operations `+1d`, `-15m`, `/M`. Units y M w d h H m s.
 *
 * Rounding depends on the range end (ES "date math and rounding"): `gt` and `lte` round up to the last
 * millisecond of the unit, `gte` and `lt` round down to its first. Rounding up also fills the components a
 * plain date leaves out as ES's round-up parser does ("missing date components"): month and day with 01,
 * hour 23, minute 59, second 59, fraction .999 — so `lte "2021-01"` means 2021-01-01T23:59:59.999, not the
 * end of January (write `2021-01||/M` for that). A date before `||` is read without rounding.
 */

export type DateMathOptions = {
  /** What `now` is (unix ms); without it an expression using `now` has no value. */
  nowMs?: number;
  /** Round up (for `gt`, `lte` and the upper end of `field:date`) instead of down. */
  roundUp: boolean;
};

const UNITS = new Set(['y', 'M', 'w', 'd', 'h', 'H', 'm', 's']);
const FIXED_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, H: 3_600_000, m: 60_000, s: 1000 };
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
/** JavaScript dates end at ±8.64e15 ms; ES would take more, but nothing this app logs lies beyond. */
const MAX_MS = 8.64e15;

/** A date-math expression as unix ms, or undefined when it is not one (ES would reject the query). */
export function parseDateMath(text: string, options: DateMathOptions): number | undefined {
  let anchor: number | undefined;
  let math: string;
  if (text.startsWith('now')) {
    anchor = options.nowMs;
    math = text.slice(3);
  } else {
    const bars = text.indexOf('||');
    if (bars === -1) return parseDate(text, options.roundUp);
    anchor = parseDate(text.slice(0, bars), false);
    math = text.slice(bars + 2);
  }
  if (anchor === undefined || !Number.isFinite(anchor)) return undefined;
  return applyMath(anchor, math, options.roundUp);
}

/**
 * A date as the field's formats read it: ISO 8601 with optional parts (4-digit year), else epoch
 * milliseconds. Missing parts are the start of their range, or with `roundUp` ES's round-up defaults.
 */
export function parseDate(text: string, roundUp = false): number | undefined {
  const m = ISO.exec(text);
  if (!m) return /^-?\d{1,16}$/.test(text) ? inRange(Number(text)) : undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? (roundUp ? 23 : 0) : Number(h);
  const minute = mi === undefined ? (roundUp ? 59 : 0) : Number(mi);
  const second = s === undefined ? (roundUp ? 59 : 0) : Number(s);
  const ms = frac === undefined ? (roundUp ? 999 : 0) : Number(frac.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  return inRange(utc(year, month - 1, day, hour, minute, second, ms) - zoneOffsetMs(zone));
}

function applyMath(start: number, math: string, roundUp: boolean): number | undefined {
  let t = start;
  let i = 0;
  while (i < math.length) {
    const op = math[i++];
    if (op === '/') {
      const unit = math[i++];
      if (unit === undefined || !UNITS.has(unit)) return undefined;
      t = roundDown(t, unit);
      if (roundUp) t = add(t, unit, 1) - 1;
    } else if (op === '+' || op === '-') {
      const digits = /^\d*/.exec(math.slice(i))![0];
      i += digits.length;
      const unit = math[i++];
      if (unit === undefined || !UNITS.has(unit) || digits.length > 9) return undefined;
      const amount = digits === '' ? 1 : Number(digits);
      t = add(t, unit, op === '+' ? amount : -amount);
    } else return undefined;
    if (!Number.isFinite(t) || Math.abs(t) > MAX_MS) return undefined;
  }
  return t;
}

/** The start of the UTC unit `t` falls in; weeks start on Monday. */
function roundDown(t: number, unit: string): number {
  const d = new Date(t);
  if (unit === 'y') return utc(d.getUTCFullYear(), 0, 1);
  if (unit === 'M') return utc(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (unit === 'w') {
    const day = Math.floor(t / 86_400_000) * 86_400_000;
    const sinceMonday = (d.getUTCDay() + 6) % 7;
    return day - sinceMonday * 86_400_000;
  }
  const size = FIXED_MS[unit]!;
  return Math.floor(t / size) * size;
}

/** `t` plus `n` units; months and years keep the day of month where it exists, else the month's last day. */
function add(t: number, unit: string, n: number): number {
  if (unit !== 'y' && unit !== 'M') return t + n * FIXED_MS[unit]!;
  const d = new Date(t);
  const months = d.getUTCMonth() + (unit === 'y' ? 12 * n : n);
  const year = d.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month + 1));
  return utc(year, month, day) + (t - utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Like Date.UTC, but years 0–99 stay themselves (Date.UTC reads them as 1900–1999). */
function utc(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
}

function inRange(ms: number): number | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? ms : undefined;
}
