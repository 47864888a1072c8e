import type { FieldDefaults } from '../../../../electron/contract';
import { applyMappings } from '../lib/mappings';
import { colourFor } from '../lib/thresholds';
import { formatValue } from '../lib/units';

/** A value as a panel shows it: mapped text, else formatted with unit and decimals; colour from mapping, else thresholds. */
export type DisplayValue = { text: string; prefix: string; suffix: string; color: string | undefined; numeric: number };

export function displayValue(value: number, defaults: FieldDefaults, range: { min: number; max: number }): DisplayValue {
  const mapped = applyMappings(Number.isNaN(value) ? null : value, defaults.mappings);
  const special = Number.isNaN(value) ? applyMappings(NaN, defaults.mappings) : {};
  const mapping = mapped.text !== undefined || mapped.color ? mapped : special;
  const formatted = formatValue(value, { unit: defaults.unit, decimals: defaults.decimals, noValue: defaults.noValue ?? 'No data' });
  const color = mapping.color ?? colourFor(value, defaults.thresholds, range) ?? (defaults.color?.mode === 'fixed' ? defaults.color.fixedColor : undefined);
  if (mapping.text !== undefined) return { text: mapping.text, prefix: '', suffix: '', color, numeric: value };
  return { text: formatted.text, prefix: formatted.prefix, suffix: formatted.suffix, color, numeric: value };
}

/** The whole display string (prefix, text, suffix). */
export function displayText(d: DisplayValue): string {
  return `${d.prefix}${d.text}${d.suffix}`;
}
