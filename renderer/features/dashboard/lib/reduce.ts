/** Grafana's reducers ("calcs"): one number from a series, for stat, gauge and bar gauge panels and legends. */

type Reducer = { name: string; reduce(values: number[]): number };

const present = (values: number[]) => values.filter((v) => !Number.isNaN(v));

function lastOf(values: number[]): number {
  return values[values.length - 1] ?? NaN;
}

/** Grafana's ids and display names. Empty and all-gap series reduce to NaN (count and sum to 0, as Grafana). */
const REDUCERS: Record<string, Reducer> = {
  lastNotNull: { name: 'Last *', reduce: (v) => lastOf(present(v)) },
  last: { name: 'Last', reduce: lastOf },
  firstNotNull: { name: 'First *', reduce: (v) => present(v)[0] ?? NaN },
  first: { name: 'First', reduce: (v) => v[0] ?? NaN },
  mean: { name: 'Mean', reduce: (v) => (present(v).length ? sum(present(v)) / present(v).length : NaN) },
  max: { name: 'Max', reduce: (v) => (present(v).length ? Math.max(...present(v)) : NaN) },
  min: { name: 'Min', reduce: (v) => (present(v).length ? Math.min(...present(v)) : NaN) },
  sum: { name: 'Total', reduce: (v) => sum(present(v)) },
  count: { name: 'Count', reduce: (v) => v.length },
  range: { name: 'Range', reduce: (v) => (present(v).length ? Math.max(...present(v)) - Math.min(...present(v)) : NaN) },
  delta: { name: 'Delta', reduce: delta },
  diff: { name: 'Difference', reduce: (v) => lastOf(present(v)) - (present(v)[0] ?? NaN) },
};

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Grafana's delta: the sum of increases, treating a drop as a counter reset (the value after it counts whole). */
function delta(values: number[]): number {
  const v = present(values);
  if (v.length === 0) return NaN;
  let total = 0;
  for (let i = 1; i < v.length; i++) total += v[i]! >= v[i - 1]! ? v[i]! - v[i - 1]! : v[i]!;
  return total;
}

export const REDUCER_IDS = Object.keys(REDUCERS);

/** A series reduced by a Grafana calc id; an unknown id falls back to lastNotNull, as Grafana's stat does. */
export function reduceSeries(values: number[], calc: string): number {
  return (REDUCERS[calc] ?? REDUCERS.lastNotNull!).reduce(values);
}

/** Grafana's display name of a calc ("Last *", "Mean"…); the id itself when unknown. */
export function reducerName(calc: string): string {
  return REDUCERS[calc]?.name ?? calc;
}
