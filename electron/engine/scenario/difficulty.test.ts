import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Drill } from '../drill';
import { replayDrill } from '../drill/replay';
import { bundledScenario } from '../testing/bundled.node';
import { applyDifficulty, defaultDifficulty, difficultyLevels, findDifficulty } from './difficulty';
import { STANDARD_LEVEL } from './difficulty-schema';
import type { DifficultyLevel } from './difficulty-schema';
import { loadScenario, SCENARIO_FILE } from './load';

const level = (knobs: Partial<DifficultyLevel>): DifficultyLevel => ({ ...STANDARD_LEVEL, id: 'test', ...knobs });

describe('applyDifficulty', () => {
  const scenario = bundledScenario('server-outage');

  it('leaves the scenario as written at the standard knobs', () => {
    expect(applyDifficulty(scenario, STANDARD_LEVEL)).toBe(scenario);
  });

  it('multiplies every service background error ratio by the noise', () => {
    const noisy = applyDifficulty(scenario, level({ noise: 3 }));
    scenario.doc.world.services.forEach((s, i) => expect(noisy.doc.world.services[i]!.error_ratio).toBeCloseTo(s.error_ratio * 3, 12));
  });

  it('keeps all, none or the listed red herrings and every incident fault', () => {
    const ids = (l: DifficultyLevel) => applyDifficulty(scenario, l).doc.faults.map((f) => f.id);
    const incident = scenario.doc.faults.filter((f) => !f.red_herring).map((f) => f.id);
    expect(ids(level({ red_herrings: 'none' }))).toEqual(incident);
    expect(ids(level({ red_herrings: ['sitemap-job'] })).sort()).toEqual([...incident, 'sitemap-job'].sort());
    expect(ids(level({ red_herrings: 'all' }))).toEqual(scenario.doc.faults.map((f) => f.id));
  });

  it('budgets the hints', () => {
    expect(applyDifficulty(scenario, level({ hints: 1 })).doc.incident.hints).toEqual(scenario.doc.incident.hints.slice(0, 1));
    expect(applyDifficulty(scenario, level({ hints: 0 })).doc.incident.hints).toEqual([]);
  });

  it('scales the communication, paging and rubric deadlines', () => {
    // server-outage as written: initial report 5m, SEV2 every 5m, SEV3 every 10m, pager escalates after 5m.
    const tight = applyDifficulty(scenario, level({ deadlines: 0.6 })).doc;
    expect(tight.incident.initial_report_within).toBe('3m');
    expect(tight.incident.cadence.SEV2).toBe('3m');
    expect(tight.incident.cadence.SEV3).toBe('6m');
    expect(tight.incident.cadence.SEV5).toBeNull();
    expect(tight.pager.escalate_after).toBe('3m');
    const withins = (doc: typeof tight) => doc.rubric.flatMap((c) => ('event' in c.when && c.when.within !== undefined ? [c.when.within] : []));
    expect(withins(scenario.doc).length).toBeGreaterThan(0);
    expect(withins(tight)).not.toEqual(withins(scenario.doc));
    const relaxed = applyDifficulty(scenario, level({ deadlines: 1.5 })).doc;
    expect(relaxed.incident.initial_report_within).toBe('7m30s');
  });
});

describe('a drill at a difficulty level', () => {
  const scenario = bundledScenario('server-outage');

  it('refuses a level the scenario does not have, and uses the default when none is given', () => {
    expect(() => new Drill(scenario, 1, 'impossible')).toThrow(/no difficulty level "impossible"/);
    expect(new Drill(scenario, 1).difficulty.id).toBe(defaultDifficulty(scenario.doc));
    expect(difficultyLevels(scenario.doc).map((l) => l.id)).toEqual(['guided', 'standard', 'hard']);
  });

  it('gives the hard level one hint and refuses the second', () => {
    const drill = new Drill(scenario, 1, 'hard');
    expect(drill.view().difficulty).toEqual({ id: 'hard', label: 'Hard' });
    expect(drill.incidentProblem({ type: 'hint.request' })).toBeUndefined();
    drill.apply({ type: 'hint.request' });
    expect(drill.incidentProblem({ type: 'hint.request' })).toBe('No hints left');
  });

  it('writes more background error lines at a noisier level', () => {
    const errorsIn = (difficulty: string) => {
      const drill = new Drill(scenario, 5, difficulty);
      // The warm past before any fault starts: only background errors.
      return drill.sim.logs.all().filter((e) => e['log.level'] === 'error').length;
    };
    const guided = errorsIn('guided');
    const hard = errorsIn('hard');
    expect(hard).toBeGreaterThan(guided * 3);
  });

  it('leaves out the red herrings at the guided level: they never start', () => {
    const herrings = new Set(scenario.doc.faults.filter((f) => f.red_herring).map((f) => f.id));
    const started = (difficulty: string) => {
      const drill = new Drill(scenario, 5, difficulty);
      drill.advanceTo(drill.endsAt);
      return drill.occurrences().filter((o) => o.kind === 'fault.started' && herrings.has(o.name)).length;
    };
    expect(started('standard')).toBe(herrings.size);
    expect(started('guided')).toBe(0);
  });

  it('is re-derived at the level its drill.start event recorded', () => {
    const events = [{ seq: 1, t: 0, type: 'drill.start', payload: { scenario: scenario.id, version: scenario.version, seed: 5, difficulty: 'hard' } }];
    const replayed = replayDrill(scenario, 5, events, 60_000);
    expect(replayed.difficulty.id).toBe('hard');
    const live = new Drill(scenario, 5, 'hard');
    live.advanceTo(60_000);
    expect(JSON.stringify(replayed.sim.logs.all())).toBe(JSON.stringify(live.sim.logs.all()));
    expect(replayDrill(scenario, 5, [{ ...events[0]!, payload: { scenario: scenario.id } }], 0).difficulty.id).toBe('standard');
  });
});

describe('difficulty validation', () => {
  const base = bundledScenario('server-outage').doc;
  /** Loads server-outage's document (without its dashboard files, so without a home dashboard) with a different `difficulty:` section and returns the problems' paths and reasons. */
  const problems = (difficulty: unknown) => {
    const files = new Map([[SCENARIO_FILE, stringify({ ...base, home_dashboard: undefined, difficulty })]]);
    const loaded = loadScenario('server-outage', 'v', files);
    return loaded.ok ? [] : loaded.problems.map((p) => `${p.path}: ${p.reason}`);
  };
  const levelDoc = (extra: object) => ({ id: 'x', label: 'X', description: 'x', ...extra });

  it('accepts the bundled levels and finds them', () => {
    expect(problems(base.difficulty)).toEqual([]);
    expect(findDifficulty(base, 'hard')?.hints).toBe(1);
  });

  it.each([
    [{ default: 'nope', levels: [levelDoc({})] }, 'difficulty.default', 'no level with id "nope"'],
    [{ default: 'x', levels: [levelDoc({ red_herrings: ['web-down'] })] }, 'difficulty.levels.0.red_herrings.0', 'no red-herring fault with id "web-down"'],
    [{ default: 'x', levels: [levelDoc({ hints: 9 })] }, 'difficulty.levels.0.hints', '9 hints allowed but the scenario has 3'],
    [{ default: 'x', levels: [levelDoc({ noise: -1 })] }, 'difficulty.levels.0.noise', 'must not be negative'],
    [{ default: 'x', levels: [levelDoc({}), levelDoc({})] }, 'difficulty.levels', 'id'],
  ])('reports %j at its path', (difficulty, path, reason) => {
    const found = problems(difficulty);
    expect(found.some((p) => p.startsWith(path) && p.includes(reason)), found.join('\n')).toBe(true);
  });
});
