import { describe, expect, it } from 'vitest';
import { Drill } from '../drill/drill';
import { bundledScenario } from '../testing/bundled.node';
import { testScenarioDocument } from '../testing/scenarios';
import { applyDifficulty, difficultyLevels } from './difficulty';
import { scenarioSchema } from './schema';

const MINUTE = 60_000;

/** One web → api world; each case lists its faults (and rubric, when it matters). */
function problems(overrides: Record<string, unknown>): { path: string; message: string }[] {
  const base = testScenarioDocument({
    world: {
      hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
      services: [
        { name: 'web', replicas: 2, version: 'v1', traffic: { rps: 20 }, calls: [{ service: 'api', per_request: 1 }] },
        { name: 'api', replicas: 2, version: 'v1' },
      ],
    },
  });
  const result = scenarioSchema.safeParse({ ...base, ...overrides });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const incident = { id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '1m' }, params: { version: 'v2' } };
const library = { id: 'extra', title: 'api unreachable', kind: 'dependency-down', target: 'api', trigger: { injected: true } };
const rubricAfter = (anchor: string) => [{ id: 'r', category: 'process', points: 1, when: { event: 'drill.end', after: anchor }, feedback: { met: 'y', missed: 'n' } }];

describe('library faults in a scenario', () => {
  it.each([
    { name: 'a titled library fault', faults: [incident, library], expected: [] },
    {
      name: 'a library fault without a title',
      faults: [incident, { ...library, title: undefined }],
      expected: [{ path: 'faults.1.title', message: expect.stringMatching(/library fault .* needs a title/) }],
    },
    {
      name: 'a library fault marked as a red herring',
      faults: [incident, { ...library, red_herring: true }],
      expected: [{ path: 'faults.1.red_herring', message: expect.stringMatching(/cannot be a red herring: difficulty levels leave red herrings out/) }],
    },
    {
      name: 'a fault that waits after a library fault',
      faults: [incident, library, { id: 'follow', kind: 'instance-crash', target: 'web', trigger: { after: 'extra', delay: '30s' } }],
      expected: [],
    },
    {
      // The library fault can never clear (no cleared_by, no duration), but it is not the incident: the anchor
      // waits only for the bad deploy, which clears when it is rolled back.
      name: 'fault.cleared with a library fault that cannot clear',
      faults: [incident, library],
      rubric: rubricAfter('fault.cleared'),
      expected: [],
    },
    {
      name: 'fault.started when only a library fault would start it',
      faults: [library],
      rubric: rubricAfter('fault.started'),
      expected: [{ path: 'rubric.0.when.after', message: expect.stringMatching(/"fault.started" never happens: the scenario has no incident fault/) }],
    },
    {
      name: 'fault.started when only a fault after a library fault would start it',
      faults: [library, { id: 'follow', kind: 'instance-crash', target: 'web', trigger: { after: 'extra' } }],
      rubric: rubricAfter('fault.started'),
      expected: [{ path: 'rubric.0.when.after', message: expect.stringMatching(/"fault.started" never happens/) }],
    },
  ])('$name', ({ faults, rubric, expected }) => {
    expect(problems({ faults, ...(rubric ? { rubric } : {}) })).toEqual(expected);
  });
});

const BUNDLED = ['checkout-bad-deploy', 'sale-day-search', 'server-outage', 'db-connectivity'] as const;
const libraryOf = (id: string) => bundledScenario(id).doc.faults.filter((f) => 'injected' in f.trigger);

describe('the bundled scenarios’ fault libraries', () => {
  it.each(BUNDLED)('%s has one or two titled library faults, kept at every difficulty level', (id) => {
    const scenario = bundledScenario(id);
    const ids = libraryOf(id).map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    expect(ids.length).toBeLessThanOrEqual(2);
    for (const f of libraryOf(id)) expect(f.title?.length).toBeGreaterThan(5);
    const levels = difficultyLevels(scenario.doc);
    // Each bundled scenario has levels that leave red herrings out; the library stays whole at all of them.
    expect(levels.some((l) => l.red_herrings !== 'all')).toBe(true);
    for (const level of levels) {
      expect(applyDifficulty(scenario, level).doc.faults.filter((f) => 'injected' in f.trigger).map((f) => f.id)).toEqual(ids);
    }
  });

  /** The last value of every series whose key has all these parts (metric name, label="value"). */
  function latest(drill: Drill, ...parts: string[]): number[] {
    return drill.sim.store
      .all()
      .filter((s) => parts.every((p) => s.key.includes(p)) && s.length > 0)
      .map((s) => s.values[s.length - 1]!);
  }
  const logged = (drill: Drill, text: string) => drill.sim.logs.all().some((e) => JSON.stringify(e).includes(text));

  /** What a learner can find once each library fault has run for two minutes, against the same moment's value before. */
  const signals: Record<string, (drill: Drill) => unknown> = {
    'card-gateway-slow': (d) => logged(d, 'context deadline exceeded calling card-gateway'),
    'payments-pod-crashloop': (d) => Math.max(0, ...latest(d, 'kube_pod_container_status_restarts_total', 'container="payments"')),
    'catalog-pod-crashloop': (d) => Math.max(0, ...latest(d, 'kube_pod_container_status_restarts_total', 'container="catalog"')),
    'sessions-cache-restart': (d) => logged(d, 'Server started, no RDB file'),
    'db-host-audit-log': (d) => Math.round(Math.min(...latest(d, 'node_filesystem_avail_bytes', 'nodename="db-1"', 'mountpoint="/"')) / 1e9),
    'runaway-report-query': (d) => Math.round(Math.max(0, ...latest(d, 'pg_stat_activity_max_tx_duration', 'datname="shop-db"', 'state="active"'))),
  };

  const cases = BUNDLED.flatMap((id) => libraryOf(id).map((f) => ({ scenario: id, fault: f.id })));

  it.each(cases)('$scenario: injecting $fault changes a signal a learner can find', { timeout: 60_000 }, ({ scenario, fault }) => {
    const read = signals[fault];
    expect(read, `no signal check for library fault "${fault}"`).toBeDefined();
    const drill = new Drill(bundledScenario(scenario), 7);
    drill.advanceTo(MINUTE);
    const before = read!(drill);
    expect(drill.apply({ type: 'instructor.injectFault', fault })).toMatchObject({ started: true });
    drill.advanceTo(3 * MINUTE);
    expect(read!(drill)).not.toEqual(before);
  });
});
