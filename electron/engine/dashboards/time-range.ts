/**
 * Dashboard time ranges: Grafana's quick ranges, refresh choices and date math (`now-1h/h`), evaluated in
 * UTC because sim time is shown in UTC. `nowMs` is passed in so the engine stays pure.
 */
import type { TimeRangeText } from './model';

export const QUICK_RANGES: { from: string; to: string; display: string }[] = [
  { from: 'now-5m', to: 'now', display: 'Last 5 minutes' },
  { from: 'now-15m', to: 'now', display: 'Last 15 minutes' },
  { from: 'now-30m', to: 'now', display: 'Last 30 minutes' },
  { from: 'now-1h', to: 'now', display: 'Last 1 hour' },
  { from: 'now-3h', to: 'now', display: 'Last 3 hours' },
  { from: 'now-6h', to: 'now', display: 'Last 6 hours' },
  { from: 'now-12h', to: 'now', display: 'Last 12 hours' },
  { from: 'now-24h', to: 'now', display: 'Last 24 hours' },
  { from: 'now-2d', to: 'now', display: 'Last 2 days' },
  { from: 'now-7d', to: 'now', display: 'Last 7 days' },
];

/** Grafana's default refresh picker choices. */
export const REFRESH_INTERVALS: string[] = ['5s', '10s', '30s', '1m', '5m', '15m', '30m', '1h', '2h', '1d'];

type Unit = 's' | 'm' | 'h' | 'd' | 'w' | 'M' | 'y';
const FIXED_MS: Record<Exclude<Unit, 'M' | 'y'>, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Calendar arithmetic for months and years as moment does it: the day of month is clamped to the month's end. */
function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

function add(ms: number, n: number, unit: Unit): number {
  if (unit === 'M') return addMonths(ms, n);
  if (unit === 'y') return addMonths(ms, 12 * n);
  return ms + n * FIXED_MS[unit];
}

/** moment's startOf in UTC; weeks start on Sunday, moment's default locale. */
function startOf(ms: number, unit: Unit): number {
  const d = new Date(ms);
  const [y, mo, day, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  switch (unit) {
    case 'y': return Date.UTC(y, 0, 1);
    case 'M': return Date.UTC(y, mo, 1);
    case 'w': return Date.UTC(y, mo, day - d.getUTCDay());
    case 'd': return Date.UTC(y, mo, day);
    case 'h': return Date.UTC(y, mo, day, h);
    case 'm': return Date.UTC(y, mo, day, h, mi);
    case 's': return Date.UTC(y, mo, day, h, mi, s);
  }
}

/** moment's endOf: the last millisecond of the unit, as Grafana rounds a range's `to`. */
function endOf(ms: number, unit: Unit): number {
  return add(startOf(ms, unit), 1, unit) - 1;
}

/** The date math after `now`: `-15m`, `/d`, `-7d/d`, `+5m`; undefined when it does not read. */
function applyMath(base: number, math: string, roundUp: boolean): number | undefined {
  let time = base;
  let i = 0;
  while (i < math.length) {
    const op = math[i++];
    if (op === '/') {
      const unit = math[i++];
      if (!isUnit(unit)) return undefined;
      time = roundUp ? endOf(time, unit) : startOf(time, unit);
    } else if (op === '+' || op === '-') {
      const digits = /^\d*/.exec(math.slice(i))![0];
      i += digits.length;
      // Grafana reads a missing number as 1 (`now-d` is a day ago).
      const n = digits === '' ? 1 : Number(digits);
      const unit = math[i++];
      if (!isUnit(unit)) return undefined;
      time = add(time, op === '-' ? -n : n, unit);
    } else {
      return undefined;
    }
  }
  return time;
}

function isUnit(c: string | undefined): c is Unit {
  return c !== undefined && 'smhdwMy'.includes(c) && c.length === 1;
}

/** Absolute times: epoch milliseconds, `YYYY-MM-DD[ HH:mm[:ss]]` (UTC) and ISO 8601 (UTC unless it says otherwise). */
function parseAbsolute(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const plain = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(text);
  if (plain) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = plain;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0')));
    // Date.UTC rolls 2024-02-31 over into March; Grafana rejects such dates.
    return new Date(ms).getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 ? ms : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** A range end as epoch ms: Grafana date math relative to `nowMs`, or an absolute time; undefined when invalid. */
export function parseTimeExpr(text: string, nowMs: number, roundUp: boolean): number | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('now')) return applyMath(nowMs, trimmed.slice(3), roundUp);
  return parseAbsolute(trimmed);
}

/** The range a dashboard's `time` stands for at `nowMs`, or why it cannot be used. */
export function resolveRange(time: TimeRangeText, nowMs: number): { from: number; to: number } | { error: string } {
  const from = parseTimeExpr(time.from, nowMs, false);
  if (from === undefined) return { error: `invalid "from" time: ${time.from}` };
  const to = parseTimeExpr(time.to, nowMs, true);
  if (to === undefined) return { error: `invalid "to" time: ${time.to}` };
  if (from >= to) return { error: '"from" must be before "to"' };
  return { from, to };
}

const UNIT_NAMES: Record<Unit, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', M: 'month', y: 'year' };

/** The time picker's label: a quick range's name, `Last 3 hours` for other `now-N<unit>` to `now`, else `from to to`. */
export function describeRange(time: TimeRangeText): string {
  const quick = QUICK_RANGES.find((r) => r.from === time.from && r.to === time.to);
  if (quick) return quick.display;
  const relative = /^now-(\d+)([smhdwMy])$/.exec(time.from);
  if (relative && time.to === 'now') {
    const n = Number(relative[1]);
    return `Last ${n} ${UNIT_NAMES[relative[2] as Unit]}${n === 1 ? '' : 's'}`;
  }
  return `${time.from} to ${time.to}`;
}
