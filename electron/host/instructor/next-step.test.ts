import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdealNext } from '../../contract/requests';
import type { Criterion } from '../../engine/scenario/rubric-schema';
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
    expect(next()).toEqual({ status: 'caught-up', steps: positive, passed: [] });
  }, 60_000);

  it('steps past what the learner can no longer earn once its window closes, and says why', async () => {
    const run = await built();
    if (!('steps' in run)) throw new Error(run.problem);
    // The alert fires at 3m15s; three of the expert's criteria must be met within 5m of it, by 8m15s (10:08:15 UTC).
    const timed = ['acknowledge-page', 'declare-promptly', 'initial-impact-for-people'];
    const missed = 'its window closed 5m after alert.fired, at 10:08:15 UTC';

    // The learner does nothing. At 8m the windows are still open: the next step is still the expert's first.
    session().advanceTo(480_000);
    expect(next()).toMatchObject({ status: 'next', criterion: 'acknowledge-page', remaining: run.steps.length, passed: [] });

    // At 9m they have closed: the next step is the expert's first other criterion, the three listed as passed.
    session().advanceTo(540_000);
    const later = run.steps.find((s) => !timed.includes(s.criterion))!;
    expect(next()).toMatchObject({
      status: 'next',
      criterion: later.criterion,
      t: later.t,
      remaining: run.steps.length - timed.length,
      passed: [
        { criterion: 'acknowledge-page', points: 10, reason: missed },
        { criterion: 'declare-promptly', points: 5, reason: missed },
        { criterion: 'initial-impact-for-people', points: 5, reason: missed },
      ],
    });
  }, 30_000);

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

  const open = () => undefined;

  it('skips steps the learner earned, whatever order they earned them in, and counts the rest', () => {
    const steps = [step('a', 2), step('b', 3), step('c', 4)];
    expect(nextOnIdealPath(steps, learner({ a: 5, c: 5 }), rubric, open)).toEqual({
      status: 'next',
      criterion: 'b',
      category: 'mitigate',
      points: 5,
      advice: 'do b',
      actionType: 'terminal.exec',
      action: 'cmd 3',
      t: 3000,
      remaining: 1,
      passed: [],
    });
  });

  it('does not count a criterion at zero or below as earned', () => {
    expect(nextOnIdealPath([step('a', 2)], learner({ a: 0 }), rubric, open)).toMatchObject({ status: 'next', criterion: 'a', remaining: 1 });
    expect(nextOnIdealPath([step('a', 2)], learner({ a: 5 }), rubric, open)).toEqual({ status: 'caught-up', steps: 1, passed: [] });
  });

  describe('with criteria the learner can no longer earn', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const full = ids.map((id) => ({ id, category: 'mitigate', points: 5, when: { event: 'terminal.exec' }, feedback: { met: `did ${id}`, missed: `do ${id}` } })) as never as Criterion[];
    const steps = ids.map((id, i) => step(id, i + 1));
    /** `a` and `c` closed, each with its own reason. */
    const closed = (criterion: Criterion) => ({ a: 'a closed', c: 'c closed' })[criterion.id as 'a' | 'c'];

    it('skips them for the first step still open, lists them in the expert’s order, and counts only what is left', () => {
      expect(nextOnIdealPath(steps, learner({}), full, closed)).toMatchObject({
        status: 'next',
        criterion: 'b',
        advice: 'do b',
        remaining: 2,
        passed: [
          { criterion: 'a', points: 5, reason: 'a closed' },
          { criterion: 'c', points: 5, reason: 'c closed' },
        ],
      });
    });

    it('does not list a closed criterion the learner earned', () => {
      expect(nextOnIdealPath(steps, learner({ a: 5 }), full, closed)).toMatchObject({ criterion: 'b', passed: [{ criterion: 'c', points: 5, reason: 'c closed' }] });
    });

    it('says caught up when everything left is out of reach', () => {
      expect(nextOnIdealPath(steps, learner({ b: 5, d: 5 }), full, closed)).toEqual({
        status: 'caught-up',
        steps: 4,
        passed: [
          { criterion: 'a', points: 5, reason: 'a closed' },
          { criterion: 'c', points: 5, reason: 'c closed' },
        ],
      });
    });
  });
});
