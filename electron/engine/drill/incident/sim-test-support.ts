/** A simulation run to a moment, and a teammate's probe on it (for the probe and findings tests). */
import { DEFAULT_TEAM } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import type { Simulation } from '../../sim/simulation';
import { runTo } from '../../testing/sim-probe';
import { freshIncident } from './chat-test-support';
import { performTask } from './teammates';
import type { TaskReport, WorldProbe } from './ports';
import { createWorldProbe } from './probe';
import type { IncidentSnapshot, TaskKind } from './types';

export const MINUTE = 60_000;

/** A probe at sim time t (the simulation is run up to it first); operations run on the simulation. */
export function probeAt(sim: Simulation, t: number): WorldProbe {
  runTo(sim, t);
  return createWorldProbe(sim, t as SimMillis, (name, target, params) => sim.runOperation(name, target, params).result);
}

/** What a teammate reports on a task of `kind` done at the probe's moment. */
export function perform(probe: WorldProbe, kind: TaskKind, target?: string, incident: IncidentSnapshot = freshIncident(), cadenceMs: number | null = 20 * MINUTE): TaskReport {
  return performTask({
    task: { id: 't1', teammate: 'priya', text: kind, kind, ...(target ? { target } : {}), assignedAt: probe.now, dueAt: probe.now, state: 'working' },
    teammate: DEFAULT_TEAM[0]!,
    probe,
    incident,
    cadenceMs,
  });
}
