import type { FieldDefaults } from '../../../../electron/contract';
import { formatText } from '../lib/units';
import type { Frame } from './types';

const MAX_NAMED = 5;

/** The last present value of a series (NaN when it has none). */
export function lastPresent(values: number[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (!Number.isNaN(values[i])) return values[i]!;
  return NaN;
}

/**
 * What a screen reader hears for a chart: its title, how many series, and the last value of the first few,
 * e.g. "Requests: 3 series. api: 12 req/s; web: 4 req/s; db: 1 req/s".
 */
export function chartSummary(title: string, frames: Frame[], defaults: FieldDefaults, kind = 'chart'): string {
  const name = title || `Untitled ${kind}`;
  if (frames.length === 0) return `${name}: no data`;
  const values = frames
    .slice(0, MAX_NAMED)
    .map((f) => `${f.name}: ${formatText(lastPresent(f.values), { unit: defaults.unit, decimals: defaults.decimals, noValue: 'no value' })}`);
  const more = frames.length > MAX_NAMED ? `; and ${frames.length - MAX_NAMED} more` : '';
  return `${name}: ${kind}, ${frames.length} series. ${values.join('; ')}${more}`;
}
