import type { PromqlResult } from '../../../../electron/contract';
import type { Frame } from '../panels/types';

/** A sample value as the Prometheus API writes it ("1.5", "+Inf", "-Inf", "NaN") as a number. */
export function sampleValue(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/**
 * One query's answer as the frames a panel draws: one per series, times in unix ms, values as numbers,
 * named by `name` (the panel's legend format applied to the labels).
 */
export function framesFromResult(data: PromqlResult, refId: string, name: (labels: Record<string, string>) => string): Frame[] {
  switch (data.resultType) {
    case 'matrix':
      return data.result.map((s) => ({
        refId,
        name: name(s.metric),
        labels: s.metric,
        times: s.values.map(([t]) => Math.round(t * 1000)),
        values: s.values.map(([, v]) => sampleValue(v)),
      }));
    case 'vector':
      return data.result.map((s) => ({ refId, name: name(s.metric), labels: s.metric, times: [Math.round(s.value[0] * 1000)], values: [sampleValue(s.value[1])] }));
    case 'scalar':
      return [{ refId, name: name({}), labels: {}, times: [Math.round(data.result[0] * 1000)], values: [sampleValue(data.result[1])] }];
    case 'string':
      // A string result has nothing to draw.
      return [];
  }
}
