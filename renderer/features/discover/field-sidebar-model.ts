/**
 * What Discover's field sidebar lists, as pure functions: the search over field names, the three groups
 * (the table's columns, the other fields with values, the fields no sampled hit holds) and each top value's
 * share of the sampled hits.
 */
import type { LogFieldSummary, LogFieldType } from '../../../electron/contract';

/** A field as the sidebar shows it; a column the sample does not describe has no summary. */
export type SidebarField = { name: string; summary?: LogFieldSummary };

export type SidebarGroups = {
  /** The table's columns, in column order, whether or not the sample holds them. */
  selected: SidebarField[];
  /** Fields some sampled hit holds, by name. */
  available: SidebarField[];
  /** Fields no sampled hit holds (count 0), by name. */
  empty: SidebarField[];
};

/**
 * Whether a field name matches the sidebar's search: case-insensitively, as a substring, with `*` standing for
 * any run of characters (Kibana's field search accepts wildcards too). An empty search matches everything.
 */
export function matchesFieldSearch(name: string, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (term === '') return true;
  const parts = term.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.*')).test(name.toLowerCase());
}

/** Splits the fields into the sidebar's groups, keeping only those whose names match the search. */
export function groupFields(fields: LogFieldSummary[], columns: string[], search: string): SidebarGroups {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const chosen = new Set(columns);
  const selected = columns.filter((name) => matchesFieldSearch(name, search)).map((name) => ({ name, summary: byName.get(name) }));
  const rest = fields
    .filter((f) => !chosen.has(f.name) && matchesFieldSearch(f.name, search))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => ({ name: f.name, summary: f }));
  return { selected, available: rest.filter((f) => f.summary.count > 0), empty: rest.filter((f) => f.summary.count === 0) };
}

/** A top value with its share of the sampled hits, in percent (0–100). */
export type ValueShare = { value: string; count: number; percent: number };

/** Each top value's share of the sampled hits (not of the hits holding the field), as Kibana's bars show it. */
export function topValueShares(summary: LogFieldSummary, sampled: number): ValueShare[] {
  return summary.top.map(({ value, count }) => ({ value, count, percent: sampled > 0 ? (count / sampled) * 100 : 0 }));
}

/** A share as the sidebar prints it: one decimal, and "<0.1%" rather than a misleading "0.0%". */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 0.1) return '<0.1%';
  return `${percent.toFixed(1)}%`;
}

/** `1234` as `1,234`, the way Kibana writes record counts. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The header over a field's top values: "Top 10 values in 500 of 1,234 records". */
export function topValuesCaption(shown: number, sampled: number, total: number): string {
  return `Top ${shown} ${shown === 1 ? 'value' : 'values'} in ${formatCount(sampled)} of ${formatCount(total)} records`;
}

/**
 * Whether "Visualize" makes sense for a field: counting hits per value needs whole values, so analysed text
 * (Kibana's non-aggregatable fields) and timestamps (every value its own) are left out.
 */
export function canVisualize(type: LogFieldType | undefined): boolean {
  return type !== undefined && type !== 'text' && type !== 'date';
}

/** The short token each field type is drawn with (Kibana draws a coloured token per type). */
export const FIELD_TYPE_TOKEN: Record<LogFieldType, string> = {
  keyword: 'k',
  text: 't',
  number: '#',
  date: 'd',
  boolean: 'b',
  ip: 'ip',
};
