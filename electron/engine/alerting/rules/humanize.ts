/** Prometheus's template humanize functions (template/template.go), with Go's `%.4g` formatting. */
import { goFloatV, goFormatFloat } from './go-format';

const g4 = (v: number): string => goFormatFloat(v, 'g', 4);

/** Prometheus's convertToFloat: numbers as they are, strings through strconv.ParseFloat. */
export function toFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim() === v ? v : '';
    if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(t)) return NaN;
    if (/^[+-]?(\d[\d_]*\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) || /^[+-]?0[xX][0-9a-fA-F.]+([pP][+-]?\d+)?$/.test(t)) {
      const n = Number(t.replace(/_/g, ''));
      if (!Number.isNaN(n)) return n;
    }
    throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
  }
  throw new Error(`can't convert ${typeof v} to float`);
}

/** humanize: SI prefixes with 4 significant digits: 1234567 → `1.235M`, 0.12 → `120m`. */
export function humanize(value: unknown): string {
  let v = toFloat(value);
  if (v === 0 || !Number.isFinite(v)) return g4(v);
  let prefix = '';
  if (Math.abs(v) >= 1) {
    for (const p of ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y']) {
      if (Math.abs(v) < 1000) break;
      prefix = p;
      v /= 1000;
    }
    return g4(v) + prefix;
  }
  for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return g4(v) + prefix;
}

/** humanize1024: binary prefixes: 1048576 → `1Mi`; values with |v| ≤ 1 unchanged. */
export function humanize1024(value: unknown): string {
  let v = toFloat(value);
  if (Math.abs(v) <= 1 || !Number.isFinite(v)) return g4(v);
  let prefix = '';
  for (const p of ['ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi']) {
    if (Math.abs(v) < 1024) break;
    prefix = p;
    v /= 1024;
  }
  return g4(v) + prefix;
}

/** humanizeDuration: seconds as `1d 2h 3m 4s`, or `1.234s` / `100ms` below a minute / second. */
export function humanizeDuration(value: unknown): string {
  let v = toFloat(value);
  if (!Number.isFinite(v)) return g4(v);
  if (v === 0) return `${g4(v)}s`;
  if (Math.abs(v) >= 1) {
    let sign = '';
    if (v < 0) {
      sign = '-';
      v = -v;
    }
    const duration = Math.trunc(v);
    const seconds = duration % 60;
    const minutes = Math.trunc(duration / 60) % 60;
    const hours = Math.trunc(duration / 3600) % 24;
    const days = Math.trunc(duration / 86400);
    if (days !== 0) return `${sign}${days}d ${hours}h ${minutes}m ${seconds}s`;
    if (hours !== 0) return `${sign}${hours}h ${minutes}m ${seconds}s`;
    if (minutes !== 0) return `${sign}${minutes}m ${seconds}s`;
    return `${sign}${g4(v)}s`;
  }
  let prefix = '';
  for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return `${g4(v)}${prefix}s`;
}

/** humanizePercentage: a ratio as a percentage: 0.1234 → `12.34%`. */
export function humanizePercentage(value: unknown): string {
  return `${g4(toFloat(value) * 100)}%`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** humanizeTimestamp: unix seconds as Go's time.Time.String() in UTC, millisecond precision. */
export function humanizeTimestamp(value: unknown): string {
  const v = toFloat(value);
  if (!Number.isFinite(v)) return g4(v);
  const ns = v * 1e9;
  if (ns > 2 ** 63 || ns < -(2 ** 63)) throw new Error(`${goFloatV(v)} cannot be represented as a nanoseconds timestamp since it overflows int64`);
  const ms = Math.trunc(ns / 1e6); // model.TimeFromUnixNano: whole milliseconds
  const d = new Date(ms);
  const frac = ((ms % 1000) + 1000) % 1000;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${fracText} +0000 UTC`
  );
}
