/**
 * Dashboard export in the shape Grafana writes: 2-space JSON with keys in alphabetical order at every
 * level (Grafana's sortedDeepCloneWithoutNulls), the sharing-export keys `__inputs`, `__elements` and
 * `__requires` first. Nulls are kept: a threshold's first step needs its `value: null`.
 */
import type { Dashboard } from './model';

const LEADING_KEYS = ['__inputs', '__elements', '__requires'];

function sortKeys(value: unknown, top: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, false));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rank = (key: string) => (top && LEADING_KEYS.includes(key) ? LEADING_KEYS.indexOf(key) : LEADING_KEYS.length);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v, false)]));
}

/** The dashboard as Grafana-shaped JSON text. */
export function exportDashboard(d: Dashboard): string {
  return JSON.stringify(sortKeys(d, true), null, 2);
}
