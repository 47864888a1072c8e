import { describe, expect, it } from 'vitest';
import { pathMoments } from '../debrief/moments';
import { scoreAttempt, scoringContext } from '../scoring';
import type { ScoringContext } from '../scoring';
import { faultSpans } from '../scoring/communication/facts';
import { computeTimings } from '../scoring/timings';
import { TICK_MS } from '../sim/clock';
import type { SimMillis } from '../sim/clock';
import { testScenario } from '../testing/scenarios';
import type { DrillAction, DrillEvent } from './actions';
import type { Occurrence } from './drill';
import { Drill } from './drill';
import { replayDrill } from './replay';
import { drillOutputs } from '../testing/drill-outputs';

const MINUTE = 60_000;

/**
 * A web → api world: the incident is a bad deploy of api at 1m (a rollback ends it); the library holds `extra`
 * (api's own dependency down, which never clears by itself) and `follow`, which waits 30s after `extra`.
 */
const scenario = testScenario({
  duration: '8m',
  world: {
    hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
    services: [
      { name: 'web', replicas: 2, version: 'v1', traffic: { rps: 30 }, calls: [{ service: 'api', per_request: 1, timeout: '2s' }] },
      { name: 'api', replicas: 2, version: 'v3' },
    ],
  },
  faults: [
    { id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '1m' }, params: { version: 'v4', error_ratio: 0.4 } },
    { id: 'extra', title: 'api unreachable', kind: 'dependency-down', target: 'api', trigger: { injected: true } },
    { id: 'follow', kind: 'instance-crash', target: 'web', trigger: { after: 'extra', delay: '30s' } },
  ],
});

const faultState = (drill: Drill, id: string) => drill.sim.faults.faults.find((f) => f.spec.id === id)!;
const started = (drill: Drill, id: string) => drill.occurrences().filter((o) => o.kind === 'fault.started' && o.name === id);

describe('injecting a library fault', () => {
  it('never starts by itself', () => {
    const drill = new Drill(scenario, 3);
    drill.advanceTo(drill.endsAt);
    expect(faultState(drill, 'extra').state).toBe('waiting');
    expect(faultState(drill, 'follow').state).toBe('waiting');
    expect(started(drill, 'bad')).toHaveLength(1);
  });

  it('starts the fault on the next tick and not before, marked injected, and what waits after it follows', () => {
    const drill = new Drill(scenario, 3);
    drill.advanceTo(3 * MINUTE);
    expect(drill.apply({ type: 'instructor.injectFault', fault: 'extra' })).toEqual({ type: 'instructor.injectFault', fault: 'extra', started: true });
    // Still the same instant: armed, not started.
    expect(faultState(drill, 'extra').state).toBe('waiting');
    expect(started(drill, 'extra')).toEqual([]);
    drill.advanceTo(3 * MINUTE + TICK_MS);
    expect(faultState(drill, 'extra').state).toBe('active');
    expect(started(drill, 'extra')).toEqual([{ kind: 'fault.started', name: 'extra', at: 3 * MINUTE + TICK_MS, injected: true }]);
    drill.advanceTo(4 * MINUTE);
    // `follow` waits 30s after `extra` started: it too starts only because of the injection, so it is marked.
    expect(started(drill, 'follow')).toEqual([{ kind: 'fault.started', name: 'follow', at: 3 * MINUTE + TICK_MS + 30_000, injected: true }]);
    // The incident's own fault is not marked.
    expect(started(drill, 'bad')[0]).toEqual({ kind: 'fault.started', name: 'bad', at: MINUTE });
  });

  it('changes the world: api becomes unreachable, so web’s calls to it fail', () => {
    const drill = new Drill(scenario, 3);
    drill.advanceTo(30_000);
    expect(drill.sim.world.services.get('api')!.mods.unreachable).toBe(false);
    drill.apply({ type: 'instructor.injectFault', fault: 'extra' });
    drill.advanceTo(40_000);
    expect(drill.sim.world.services.get('api')!.mods.unreachable).toBe(true);
  });

  it.each([
    ['an unknown id', 'nope', /no fault "nope" in this scenario/],
    ['a fault that starts on its own', 'bad', /not in the scenario's library/],
    ['a fault that waits after a library fault', 'follow', /not in the scenario's library/],
  ])('refuses %s and changes nothing', (_, fault, reason) => {
    const drill = new Drill(scenario, 3);
    drill.advanceTo(MINUTE / 2);
    const outcome = drill.apply({ type: 'instructor.injectFault', fault });
    expect(outcome).toEqual({ type: 'instructor.injectFault', fault, started: false, reason: expect.stringMatching(reason) });
    drill.advanceTo(drill.endsAt);
    expect(faultState(drill, 'extra').state).toBe('waiting');
    expect(drill.occurrences().filter((o) => o.injected)).toEqual([]);
  });

  it('refuses a second injection, armed or already running', () => {
    const drill = new Drill(scenario, 3);
    drill.apply({ type: 'instructor.injectFault', fault: 'extra' });
    expect(drill.apply({ type: 'instructor.injectFault', fault: 'extra' })).toMatchObject({ started: false, reason: 'fault "extra" was already injected' });
    drill.advanceTo(MINUTE);
    expect(drill.apply({ type: 'instructor.injectFault', fault: 'extra' })).toMatchObject({ started: false, reason: 'fault "extra" was already injected' });
    expect(started(drill, 'extra')).toHaveLength(1);
  });
});

/** The learner looks, then rolls api back (which ends the incident's bad deploy). */
const learner: [number, DrillAction][] = [
  [90_000, { type: 'terminal.exec', command: 'kubectl get pods' }],
  [150_000, { type: 'operation.run', operation: 'rollback', target: 'api', params: {} }],
];

/** Plays the learner's actions (and the instructor's, when given) live and logs them as the host would. */
function play(instructor: [number, DrillAction][] = []): { drill: Drill; events: DrillEvent[] } {
  const drill = new Drill(scenario, 5);
  const events: DrillEvent[] = [{ seq: 0, t: 0, type: 'drill.start', payload: {} }];
  for (const [t, action] of [...instructor, ...learner].sort((a, b) => a[0] - b[0])) {
    drill.advanceTo(t);
    drill.apply(action);
    const { type, ...payload } = action;
    events.push({ seq: events.length, t, type, payload });
  }
  drill.advanceTo(drill.endsAt);
  return { drill, events };
}

describe('a drill with an injection', () => {
  // Injected at 30s, before the incident's own fault starts at 1m: the earliest fault start is the injected one.
  const injectEarly: [number, DrillAction][] = [[30_000, { type: 'instructor.injectFault', fault: 'extra' }]];

  it('replays from its log to the same samples, log lines and history as it played live', () => {
    const live = play(injectEarly);
    const replayed = replayDrill(scenario, 5, live.events, live.drill.endsAt);
    const a = drillOutputs(live.drill);
    const b = drillOutputs(replayed);
    expect(a.history.some((o) => o.injected)).toBe(true);
    expect(b.series).toEqual(a.series);
    expect(b.logs).toBe(a.logs);
    expect(b.history).toEqual(a.history);
  });

  it('leaves the incident timings and the score where they are without it', () => {
    const without = play();
    const withIt = play(injectEarly);
    // The injected fault started first and never cleared: were it counted, time to detect would run from 30s
    // and time to mitigate would never end.
    expect(withIt.drill.occurrences().find((o) => o.kind === 'fault.started')).toMatchObject({ name: 'extra', at: 30_000 + TICK_MS });
    expect(withIt.drill.occurrences().some((o) => o.kind === 'fault.cleared' && o.name === 'extra')).toBe(false);
    const base = computeTimings(scoringContext(without.drill, without.events));
    // Worked out from the script: the bad deploy starts at 1m, the first work is the 90s command, and the
    // rollback started at 150s ends it once the rollout is through (well within the next minute).
    expect(base.mttd_ms).toBe(30_000);
    expect(base.mttm_ms).toBeGreaterThanOrEqual(90_000);
    expect(base.mttm_ms).toBeLessThan(150_000);
    expect(computeTimings(scoringContext(withIt.drill, withIt.events))).toEqual(base);
    const scoreOf = (run: { drill: Drill; events: DrillEvent[] }) => scoreAttempt(scoringContext(run.drill, run.events)).total;
    expect(scoreOf(withIt)).toBe(scoreOf(without));
  });
});

describe('injected faults in the debrief and the communication facts', () => {
  const at = (ms: number) => ms as SimMillis;
  const occurrences: Occurrence[] = [
    { kind: 'drill.start', name: 'drill', at: at(0) },
    { kind: 'fault.started', name: 'bad', at: at(1000) },
    { kind: 'fault.started', name: 'extra', at: at(2000), injected: true },
    { kind: 'fault.cleared', name: 'extra', at: at(3000), injected: true },
    { kind: 'fault.cleared', name: 'bad', at: at(4000) },
  ];

  it('draws only the incident fault clearing as recovery', () => {
    expect(pathMoments(occurrences, []).filter((m) => m.lane === 'recovery').map((m) => m.label)).toEqual(['fault bad cleared']);
  });

  it('counts only the incident fault as a span of the incident', () => {
    expect(faultSpans({ occurrences } as unknown as ScoringContext)).toEqual([{ name: 'bad', start: 1000, end: 4000 }]);
  });
});
