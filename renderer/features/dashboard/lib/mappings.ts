import type { ValueMapping } from '../../../../electron/contract';
import { resolveColor } from './colors';

/** What a matching value mapping shows instead of (or as the colour of) the formatted value. */
export type MappedDisplay = { text?: string; color?: string };

/**
 * The first mapping that matches, as Grafana applies them: value (the number's text), range (inclusive, either
 * end open when null), regex (against the text), special (null, NaN, true, false, empty).
 */
export function applyMappings(value: number | string | null | undefined, mappings: ValueMapping[] | undefined): MappedDisplay {
  for (const mapping of mappings ?? []) {
    const result = matchMapping(value, mapping);
    if (result) return { text: result.text, color: resolveColor(result.color) };
  }
  return {};
}

function matchMapping(value: number | string | null | undefined, mapping: ValueMapping): { text?: string; color?: string } | undefined {
  const text = value === null || value === undefined ? '' : String(value);
  switch (mapping.type) {
    case 'value':
      return value === null || value === undefined ? undefined : mapping.options[text];
    case 'range': {
      const n = typeof value === 'number' ? value : Number(value);
      if (value === null || value === undefined || Number.isNaN(n)) return undefined;
      const { from, to, result } = mapping.options;
      if (from === null && to === null) return undefined;
      return (from === null || n >= from) && (to === null || n <= to) ? result : undefined;
    }
    case 'regex':
      return regexMatches(mapping.options.pattern, text) ? mapping.options.result : undefined;
    case 'special':
      return specialMatches(mapping.options.match, value) ? mapping.options.result : undefined;
    default:
      return undefined;
  }
}

function regexMatches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    // A dashboard with a broken pattern keeps working; the mapping just never applies.
    return false;
  }
}

function specialMatches(match: string, value: number | string | null | undefined): boolean {
  const isNull = value === null || value === undefined;
  const isNaN = typeof value === 'number' && Number.isNaN(value);
  switch (match) {
    case 'null':
      return isNull;
    case 'nan':
      return isNaN;
    case 'null+nan':
      return isNull || isNaN;
    case 'true':
      return value === 1 || value === 'true';
    case 'false':
      return value === 0 || value === 'false';
    case 'empty':
      return value === '';
    default:
      return false;
  }
}
