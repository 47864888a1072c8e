import type { VariableFetchers } from '../../../../electron/engine/dashboards';
import { api } from '../../../api/client';
import { sampleValue } from './frames';

/**
 * What dashboard variables query, over the contract and within the dashboard's range (unix ms). Failures
 * throw with the back end's message, which resolveVariables shows on the variable.
 */
export function variableFetchers(range: { from: number; to: number }): VariableFetchers {
  const start = range.from / 1000;
  const end = range.to / 1000;
  const value = async <T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
    const result = await promise;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return {
    labelValues: (label, match) => value(api().invoke('promql.labelValues', { label, ...(match && match.length > 0 ? { match } : {}), start, end })),
    async labelNames(match) {
      if (!match || match.length === 0) return value(api().invoke('promql.labels', {}));
      const series = await value(api().invoke('promql.series', { match, start, end }));
      return [...new Set(series.flatMap((labels) => Object.keys(labels)))].sort();
    },
    async query(expr) {
      const data = await value(api().invoke('promql.query', { expr, time: end, auto: true }));
      if (data.resultType === 'vector') return data.result.map((s) => ({ metric: s.metric, value: sampleValue(s.value[1]) }));
      if (data.resultType === 'scalar') return [{ metric: {}, value: sampleValue(data.result[1]) }];
      return data.resultType === 'matrix' ? data.result.map((s) => ({ metric: s.metric, value: sampleValue(s.values.at(-1)?.[1] ?? 'NaN') })) : [];
    },
  };
}
