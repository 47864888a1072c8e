import type { ScenarioDocument } from '../scenario';
import { scenarioSchema } from '../scenario';
import type { SimMillis } from '../sim/clock';
import { TICK_MS } from '../sim/clock';
import type { FaultState } from '../sim/faults/runtime';
import type { EcsEvent } from '../sim/outputs/ecs';
import { SIGNAL_METRICS } from '../sim/outputs/signals';
import type { Signal } from '../sim/outputs/signals';
import { Simulation } from '../sim/simulation';
import type { Labels } from '../tsdb';
import { isStaleNaN, sampleAt } from '../tsdb';

/** A scenario document for simulation tests: 30 minutes of history, the given world, faults and operation durations. */
export function simScenario(parts: { world: unknown; faults?: unknown[]; operations?: Record<string, { duration: string }>; scrape_interval?: string }): ScenarioDocument {
  return scenarioSchema.parse({
    title: 'simulation test',
    summary: 'a small estate for fault and operation tests',
    start: '2026-03-13T10:00:00Z',
    duration: '15m',
    seed: 7,
    history: '30m',
    rubric: [{ id: 'end', category: 'process', points: 1, when: { event: 'drill.end' }, feedback: { met: 'y', missed: 'n' } }],
    ...parts,
  });
}

export function simulate(doc: ScenarioDocument, seed = 7): Simulation {
  return new Simulation(doc, seed);
}

/** Ticks the simulation one second at a time up to and including sim time t (ms). */
export function runTo(sim: Simulation, t: number): void {
  for (let now = sim.world.now + TICK_MS; now <= t; now += TICK_MS) sim.tick(now as SimMillis);
}

/** A per-service recording-rule signal as scraped at or before t. */
export function signalAt(sim: Simulation, signal: Signal, service: string, t: number): number {
  const sample = sampleAt(sim.store.find({ __name__: SIGNAL_METRICS[signal], service }), t);
  if (!sample) throw new Error(`no ${signal} sample for ${service} at ${t}`);
  return sample.v;
}

function matches(labels: Labels, want: Labels): boolean {
  return Object.entries(want).every(([k, v]) => labels[k] === v);
}

/**
 * How much the counters matching `want` (a metric name and a label subset) grew in (from, to], summed over
 * series, with Prometheus's reset rule (a drop means the process restarted from zero).
 */
export function increase(sim: Simulation, metric: string, want: Labels, from: number, to: number): number {
  let total = 0;
  for (const series of sim.store.byMetric(metric)) {
    if (!matches(series.labels, want)) continue;
    let previous: number | undefined;
    for (let i = 0; i < series.length; i++) {
      const t = series.times[i]!;
      const v = series.values[i]!;
      if (t > to) break;
      if (isStaleNaN(v) || Number.isNaN(v)) {
        previous = undefined;
        continue;
      }
      if (t > from && previous !== undefined) total += v >= previous ? v - previous : v;
      previous = v;
    }
  }
  return total;
}

/** Log events at sim times in [from, to) (the default: all of them). */
export function logsBetween(sim: Simulation, from = -Infinity, to = Infinity): EcsEvent[] {
  const start = sim.world.startUnixMs;
  return sim.logs.all().filter((e) => {
    const t = Date.parse(e['@timestamp']) - start;
    return t >= from && t < to;
  });
}

export function fault(sim: Simulation, id: string): FaultState {
  const found = sim.faults.faults.find((f) => f.spec.id === id);
  if (!found) throw new Error(`no fault ${id}`);
  return found;
}

export const MINUTE = 60_000;
