import type { Labels } from '../../tsdb';
import { formatFloatF } from '../../tsdb';
import type { Value } from './values';

/** A sample pair as the HTTP API writes it: [unix seconds, "value"]. */
export type ApiPoint = [number, string];

/** The `data` object of Prometheus's /api/v1/query and /api/v1/query_range responses. */
export type ApiData =
  | { resultType: 'vector'; result: { metric: Labels; value: ApiPoint }[] }
  | { resultType: 'matrix'; result: { metric: Labels; values: ApiPoint[] }[] }
  | { resultType: 'scalar'; result: ApiPoint }
  | { resultType: 'string'; result: [number, string] };

/** A sample value as the API writes it: Go's FormatFloat(v, 'f', -1, 64), "+Inf", "-Inf", "NaN". */
export function formatSampleValue(v: number): string {
  return formatFloatF(v);
}

const point = (t: number, v: number): ApiPoint => [t / 1000, formatSampleValue(v)];

/** A query result in the HTTP API's JSON shape (timestamps as float seconds, values as strings). */
export function toApiData(value: Value): ApiData {
  switch (value.type) {
    case 'vector':
      return { resultType: 'vector', result: value.samples.map((s) => ({ metric: s.metric, value: point(s.t, s.v) })) };
    case 'matrix':
      return { resultType: 'matrix', result: value.series.map((s) => ({ metric: s.metric, values: s.points.map((p) => point(p.t, p.v)) })) };
    case 'scalar':
      return { resultType: 'scalar', result: point(value.t, value.v) };
    case 'string':
      return { resultType: 'string', result: [value.t / 1000, value.v] };
  }
}
