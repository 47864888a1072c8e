/** Turning a query's API result into what Explore shows: graph frames, table rows, and the range it asks for. */
import type { PromqlResult } from '../../../electron/contract';
import { legendName } from '../../../electron/engine/dashboards';
import { framesFromResult } from '../dashboard/data/frames';
import type { Frame } from '../dashboard/panels/types';

/** One table row: a series' labels, its (last) value, and for a range result how many samples it had. */
export type ResultRow = { key: string; name: string; labels: Record<string, string>; value: string; time: number; samples?: number };

/** Graph frames (times in unix ms, values as numbers; NaN stays NaN, a gap), named as Prometheus prints series. */
export function resultFrames(data: PromqlResult, refId = 'A'): Frame[] {
  return framesFromResult(data, refId, (labels) => legendName(undefined, labels));
}

/** Table rows, one per series; a range result shows its last sample and its sample count. */
export function resultRows(data: PromqlResult): ResultRow[] {
  switch (data.resultType) {
    case 'matrix':
      return data.result.map((s, i) => {
        const last = s.values[s.values.length - 1];
        return { key: `${i}`, name: legendName(undefined, s.metric), labels: s.metric, value: last ? last[1] : '', time: last ? last[0] * 1000 : NaN, samples: s.values.length };
      });
    case 'vector':
      return data.result.map((s, i) => ({ key: `${i}`, name: legendName(undefined, s.metric), labels: s.metric, value: s.value[1], time: s.value[0] * 1000 }));
    case 'scalar':
      return [{ key: 'scalar', name: 'scalar', labels: {}, value: data.result[1], time: data.result[0] * 1000 }];
    case 'string':
      return [{ key: 'string', name: 'string', labels: {}, value: data.result[1], time: data.result[0] * 1000 }];
  }
}

/** Whether a result holds nothing to show ("Empty query result"). */
export const isEmptyResult = (data: PromqlResult) => (data.resultType === 'vector' || data.resultType === 'matrix') && data.result.length === 0;

/** Prometheus UI's automatic resolution: the range over 250 points, in whole seconds, never under 15 s. */
export function autoStepSeconds(rangeMs: number): number {
  return Math.max(15, Math.round(rangeMs / 250 / 1000));
}

/** The ranges Explore offers, back from the sim's now. */
export const EXPLORE_RANGES: { label: string; ms: number }[] = [
  { label: '5m', ms: 5 * 60_000 },
  { label: '15m', ms: 15 * 60_000 },
  { label: '30m', ms: 30 * 60_000 },
  { label: '1h', ms: 60 * 60_000 },
  { label: '3h', ms: 3 * 60 * 60_000 },
  { label: '6h', ms: 6 * 60 * 60_000 },
  { label: '12h', ms: 12 * 60 * 60_000 },
  { label: '24h', ms: 24 * 60 * 60_000 },
];

/**
 * A typed step (`30`, `30s`, `1m`, `1h30m`) in seconds, or undefined when it is none. Plain numbers are
 * seconds, as in Prometheus's UI.
 */
export function parseStepSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) > 0 ? Number(trimmed) : undefined;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}
