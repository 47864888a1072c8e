/**
 * Value formatting as Grafana's value formats show it: a number becomes `{ prefix, text, suffix }` for a unit id
 * (`s`, `ms`, `bytes`, `percent`…), with Grafana's automatic decimals when the panel sets none.
 */

export type FormattedValue = { prefix: string; text: string; suffix: string };
export type FormatOptions = { unit?: string; decimals?: number | null; noValue?: string };

/** Unit ids the options form offers, with Grafana's names for them. */
export const UNIT_CHOICES: { id: string; name: string }[] = [
  { id: 'none', name: 'None' },
  { id: 'short', name: 'Short' },
  { id: 'percent', name: 'Percent (0-100)' },
  { id: 'percentunit', name: 'Percent (0.0-1.0)' },
  { id: 's', name: 'seconds (s)' },
  { id: 'ms', name: 'milliseconds (ms)' },
  { id: 'bytes', name: 'bytes(IEC)' },
  { id: 'decbytes', name: 'bytes(SI)' },
  { id: 'reqps', name: 'requests/sec (rps)' },
];

type Formatter = (value: number, decimals: number | undefined) => { text: string; suffix: string };

/** Decimals Grafana picks when none are set: about three significant digits, none for whole numbers. */
export function autoDecimals(value: number): number {
  if (value % 1 === 0 || !Number.isFinite(value)) return 0;
  const log10 = Math.floor(Math.log10(Math.abs(value)));
  // Grafana's norm is always ≥ 10 here, so its "2.5 needs one more" case always applies: one more than 1 − log10.
  return Math.max(0, 2 - log10);
}

/** Rounds to `decimals` (auto when undefined) and pads with zeros to exactly that many, as Grafana's toFixed. */
export function toFixed(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  const d = decimals ?? autoDecimals(value);
  if (value === 0) return value.toFixed(d);
  const factor = d ? 10 ** Math.max(0, d) : 1;
  const rounded = String(Math.round(value * factor) / factor);
  if (rounded.includes('e')) return rounded;
  const dot = rounded.indexOf('.');
  const precision = dot === -1 ? 0 : rounded.length - dot - 1;
  if (precision < d) return (precision ? rounded : `${rounded}.`) + '0'.repeat(d - precision);
  return rounded;
}

const PLURAL_UNITS = new Set([' min', ' hour', ' day', ' week', ' year']);

function scaled(value: number, decimals: number | undefined, suffix: string): { text: string; suffix: string } {
  return { text: toFixed(value, decimals), suffix: Math.abs(value) > 1 && PLURAL_UNITS.has(suffix) ? `${suffix}s` : suffix };
}

/** Steps of 1000 (or 1024) through a list of suffixes, as Grafana's scaledUnits. */
function scaledUnits(factor: number, suffixes: string[]): Formatter {
  return (value, decimals) => {
    const index = value === 0 ? 0 : Math.floor(Math.log(Math.abs(value)) / Math.log(factor));
    const clamped = Math.min(Math.max(index, 0), suffixes.length - 1);
    return { text: toFixed(value / factor ** clamped, decimals), suffix: suffixes[clamped] ?? '' };
  };
}

function milliseconds(ms: number, decimals: number | undefined): { text: string; suffix: string } {
  const abs = Math.abs(ms);
  if (abs < 1000) return { text: toFixed(ms, decimals), suffix: ' ms' };
  if (abs < 60_000) return scaled(ms / 1000, decimals, ' s');
  if (abs < 3_600_000) return scaled(ms / 60_000, decimals, ' min');
  if (abs < 86_400_000) return scaled(ms / 3_600_000, decimals, ' hour');
  if (abs < 31_536_000_000) return scaled(ms / 86_400_000, decimals, ' day');
  return scaled(ms / 31_536_000_000, decimals, ' year');
}

function seconds(s: number, decimals: number | undefined): { text: string; suffix: string } {
  const abs = Math.abs(s);
  if (s === 0) return { text: '0', suffix: ' s' };
  if (abs < 1e-6) return scaled(s * 1e9, decimals, ' ns');
  if (abs < 1e-3) return scaled(s * 1e6, decimals, ' µs');
  if (abs < 1) return scaled(s * 1e3, decimals, ' ms');
  if (abs < 60) return { text: toFixed(s, decimals), suffix: ' s' };
  if (abs < 3600) return scaled(s / 60, decimals, ' min');
  if (abs < 86_400) return scaled(s / 3600, decimals, ' hour');
  if (abs < 604_800) return scaled(s / 86_400, decimals, ' day');
  if (abs < 31_536_000) return scaled(s / 604_800, decimals, ' week');
  return scaled(s / 3.15569e7, decimals, ' year');
}

const FORMATTERS: Record<string, Formatter> = {
  none: (v, d) => ({ text: toFixed(v, d), suffix: '' }),
  short: scaledUnits(1000, ['', ' K', ' Mil', ' Bil', ' Tri', ' Quadr', ' Quint', ' Sext', ' Sept']),
  percent: (v, d) => ({ text: toFixed(v, d), suffix: '%' }),
  percentunit: (v, d) => ({ text: toFixed(v * 100, d), suffix: '%' }),
  s: seconds,
  ms: milliseconds,
  bytes: scaledUnits(1024, [' B', ' KiB', ' MiB', ' GiB', ' TiB', ' PiB', ' EiB', ' ZiB', ' YiB']),
  decbytes: scaledUnits(1000, [' B', ' kB', ' MB', ' GB', ' TB', ' PB', ' EB', ' ZB', ' YB']),
  reqps: (v, d) => ({ text: toFixed(v, d), suffix: ' req/s' }),
};

/** Whether Firedrill formats this unit id itself (others are shown as a suffix). */
export function isKnownUnit(unit: string): boolean {
  return unit in FORMATTERS;
}

/** A value as Grafana shows it; null and NaN give `noValue` (default "No data" for panels to decide: "-"). */
export function formatValue(value: number | null | undefined, options: FormatOptions = {}): FormattedValue {
  if (value === null || value === undefined || Number.isNaN(value)) return { prefix: '', text: options.noValue ?? 'No data', suffix: '' };
  const decimals = options.decimals === null || options.decimals === undefined ? undefined : Math.max(0, Math.min(20, options.decimals));
  const unit = options.unit || 'short';
  if (!Number.isFinite(value)) return { prefix: '', text: value > 0 ? '+Inf' : '-Inf', suffix: '' };
  const formatter = FORMATTERS[unit];
  // Grafana treats an unknown unit id as a custom unit shown after the number.
  const { text, suffix } = formatter ? formatter(value, decimals) : { text: toFixed(value, decimals), suffix: ` ${unit}` };
  return { prefix: '', text, suffix };
}

/** The whole formatted string. */
export function formatText(value: number | null | undefined, options: FormatOptions = {}): string {
  const f = formatValue(value, options);
  return `${f.prefix}${f.text}${f.suffix}`;
}

/**
 * An axis tick label: the fewest decimals (up to 4) that tell this tick from its neighbours `step` away, so a
 * 0–1 axis reads 0.2, 0.4 rather than 0, 0.
 */
export function formatAxisTick(value: number, unit: string | undefined, step: number): string {
  for (let decimals = 0; decimals < 4; decimals++) {
    const here = formatText(value, { unit, decimals });
    if (here !== formatText(value + step, { unit, decimals }) && here !== formatText(value - step, { unit, decimals })) return here;
  }
  return formatText(value, { unit, decimals: 4 });
}
