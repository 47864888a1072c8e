import type { Drill } from '../drill';

/** Every sample of every series, every log event and the derived history of a drill, as one comparable value. */
export function drillOutputs(drill: Drill) {
  const series = drill.sim.store.all().map((s) => ({
    key: s.key,
    times: Array.from(s.times.subarray(0, s.length)),
    // Compare bit patterns so NaN stale markers compare equal only to themselves.
    values: Array.from(new Uint32Array(s.values.buffer, 0, s.length * 2)),
  }));
  return { series, logs: JSON.stringify(drill.sim.logs.all()), history: drill.occurrences() };
}
