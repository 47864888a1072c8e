import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdealNext } from '../../contract/requests';
import type { ScoreReport } from '../../engine/scoring';
import type { Backend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import type { TimedRequest } from '../drill/actions-file';
import { bundledFolder, startedBackend } from '../handlers/handler-testing';
import { clearIdealPaths } from '../debrief/ideal-path';
import type { ExpertStep } from '../debrief/ideal-path';
import { expertRun, nextOnIdealPath } from './next-step';
import { instructorView } from './view';

const SCENARIO = 'checkout-bad-deploy';
const parsed = parseActionsFile(readFileSync(join(bundledFolder(SCENARIO), 'scripts', 'expert.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const expert: TimedRequest[] = parsed.actions;

let backend: Backend;

const session = () => backend.context.session!;
const next = (): IdealNext => instructorView(session(), 1, { dashboard: null }, [], backend.context.store).idealNext;
const built = () => expertRun(backend.context.store, { scenario: SCENARIO, version: session().scenario.version, seed: session().seed, difficulty: session().drill.difficulty.id });

/** The learner does what the expert did, at the same sim times, for the expert's actions up to `until` (sim ms). */
async function followExpert(from: number, until: number): Promise<void> {
  for (const action of expert.filter((a) => a.at >= from && a.at <= until)) {
    if (!session().drill.ended) session().advanceTo(action.at);
    await backend.invoke(action.request, action.input as never);
  }
}

describe('the ideal path’s next step', () => {
  beforeEach(async () => {
    clearIdealPaths();
    backend = await startedBackend(SCENARIO, 'ada');
  });
  afterEach(() => backend.close());

  it('says it is building until the expert’s run is played, then names the expert’s first step', async () => {
    expect(next()).toEqual({ status: 'building' });
    await built();
    // The expert's first action (3m20s) acknowledges the alert: the rubric's acknowledge-page criterion.
    expect(next()).toMatchObject({ status: 'next', criterion: 'acknowledge-page', category: 'detect', points: 10, actionType: 'alert.acknowledge', action: 'CheckoutHighErrorRate', t: 200_000 });
    expect(next()).toMatchObject({ advice: expect.stringContaining('Acknowledge a page promptly') });
  }, 30_000);

  it('moves on as the learner earns the criteria the expert earned', async () => {
    await built();
    const first = next();
    if (first.status !== 'next') throw new Error(`expected a next step, got ${first.status}`);

    // The learner acknowledges as the expert did: the next step is the expert's declaration at 3m25s.
    await followExpert(0, 200_000);
    const second = next();
    expect(second).toMatchObject({ status: 'next', actionType: 'incident.declare', t: 205_000, remaining: first.remaining - 1 });

    // Declared, delegated, looked at the pods and the rollout history (to 3m45s): next is the initial report at 3m50s.
    await followExpert(200_001, 225_000);
    expect(next()).toMatchObject({ status: 'next', criterion: 'initial-report', actionType: 'incident.update', t: 230_000 });
  }, 30_000);

  it('says the learner has caught up once they earned everything the expert did', async () => {
    await built();
    await followExpert(0, Number.POSITIVE_INFINITY);
    session().advanceTo(session().drill.endsAt);
    const positive = session().drill.scenario.doc.rubric.filter((c) => c.points > 0).length;
    expect(next()).toEqual({ status: 'caught-up', steps: positive });
  }, 60_000);

  it('finishes a build the console started even when the app closes its database before the build runs', async () => {
    const key = { scenario: SCENARIO, version: session().scenario.version, seed: session().seed, difficulty: session().drill.difficulty.id };
    const store = backend.context.store;
    const run = expertRun(store, key);
    store.close();
    // The build runs on a later turn, after the close: it must use what it read before, not the closed store.
    const result = await run;
    expect('steps' in result && result.steps[0]).toMatchObject({ criterion: 'acknowledge-page', actionType: 'alert.acknowledge' });
  }, 30_000);

  it('says why there is no next step when the console cannot read the expert script', () => {
    const view = instructorView(session(), 1, { dashboard: null }, []);
    expect(view.idealNext).toEqual({ status: 'unavailable', reason: expect.stringContaining('expert script') });
  });
});

describe('nextOnIdealPath', () => {
  const step = (criterion: string, seq: number): ExpertStep => ({ criterion, category: 'mitigate', points: 5, seq, t: seq * 1000, actionType: 'terminal.exec', action: `cmd ${seq}` });
  const learner = (earned: Record<string, number>): ScoreReport =>
    ({ criteria: Object.entries(earned).map(([id, points]) => ({ id, category: 'mitigate', points, max: 5, evidence: [], feedback: '' })) }) as unknown as ScoreReport;
  const rubric = [{ id: 'b', category: 'mitigate' as const, points: 5, when: { event: 'terminal.exec' }, feedback: { met: 'did b', missed: 'do b' } }] as never;

  it('skips steps the learner earned, whatever order they earned them in, and counts the rest', () => {
    const steps = [step('a', 2), step('b', 3), step('c', 4)];
    expect(nextOnIdealPath(steps, learner({ a: 5, c: 5 }), rubric)).toEqual({
      status: 'next',
      criterion: 'b',
      category: 'mitigate',
      points: 5,
      advice: 'do b',
      actionType: 'terminal.exec',
      action: 'cmd 3',
      t: 3000,
      remaining: 1,
    });
  });

  it('does not count a criterion at zero or below as earned', () => {
    expect(nextOnIdealPath([step('a', 2)], learner({ a: 0 }), rubric)).toMatchObject({ status: 'next', criterion: 'a', remaining: 1 });
    expect(nextOnIdealPath([step('a', 2)], learner({ a: 5 }), rubric)).toEqual({ status: 'caught-up', steps: 1 });
  });
});
