import { describe, expect, it } from 'vitest';
import { Drill, replayDrill } from '../drill';
import type { DrillEvent } from '../drill';
import { scoreAttempt, scoringContext } from '../scoring';
import { eventLog } from '../scoring/test-support';
import { bundledScenario } from '../testing/bundled.node';
import { testScenario } from '../testing/scenarios';
import { buildDebrief, drillPath } from './build';

const MINUTE = 60_000;
const scenario = bundledScenario('checkout-bad-deploy');

/** A learner who acknowledges late, looks at the pods and rolls back at 9 minutes, then ends the drill. */
const LEARNER: DrillEvent[] = eventLog(
  [0, 'drill.start', { scenario: scenario.id, version: scenario.version, seed: scenario.doc.seed }],
  [6 * MINUTE, 'alert.acknowledge', { alert: 'CheckoutHighErrorRate' }],
  [7 * MINUTE, 'terminal.exec', { command: 'kubectl get pods -n shop' }],
  [9 * MINUTE, 'terminal.exec', { command: 'kubectl rollout undo deployment/checkout -n shop' }],
  [12 * MINUTE, 'drill.end', {}],
);

/** Built once for the tests that only read it (a 12-minute replay takes a second or two). */
let shared: ReturnType<typeof learnerDebrief> | undefined;
const sharedDebrief = () => (shared ??= learnerDebrief());

function learnerDebrief() {
  const drill = replayDrill(scenario, scenario.doc.seed, LEARNER, 12 * MINUTE);
  const score = scoreAttempt(scoringContext(drill, LEARNER));
  return { drill, score, debrief: buildDebrief({ drill, events: LEARNER, score, ideal: null }) };
}

describe('building a debrief', () => {
  it('places each criterion’s evidence at its event’s sim time', () => {
    const { debrief, score } = sharedDebrief();
    const rollBack = debrief.criteria.find((c) => c.id === 'roll-back')!;
    expect(rollBack.points).toBeGreaterThan(0);
    expect(rollBack.evidenceAt).toEqual([{ seq: 4, at: 9 * MINUTE }]);
    // Every criterion is carried over from the score unchanged, plus where its evidence sits.
    expect(debrief.criteria.map(({ evidenceAt: _, ...c }) => c)).toEqual(score.criteria);
  });

  it('carries the scenario’s fault story and its signal, which shows recovery only after the rollback', () => {
    const { debrief } = sharedDebrief();
    expect(debrief.fault).toBe(scenario.doc.debrief!.fault);
    expect(debrief.mitigation).toContain('rollout undo');
    expect(debrief.endedAt).toBe(12 * MINUTE);
    expect(debrief.signal).toMatchObject({ title: 'Checkout 5xx error ratio', unit: 'ratio', ideal: null });
    const ratioAt = (t: number) => debrief.signal!.learner.find(([p]) => p === t)![1];
    expect(ratioAt(8 * MINUTE)).toBeGreaterThan(0.2);
    expect(ratioAt(11 * MINUTE)).toBeLessThan(0.01);
    expect(debrief.signal!.learner.at(-1)![0]).toBe(12 * MINUTE);
  });

  it('lists the categories the learner lost points in, worst first', () => {
    const { debrief, score } = sharedDebrief();
    const lost = Object.entries(score.categories).filter(([, c]) => c.max - c.points > 0);
    expect(debrief.practise.map((p) => p.category).sort()).toEqual(lost.map(([name]) => name).sort());
    const losses = debrief.practise.map((p) => p.lost);
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
  });

  it('gives the ideal path the expert’s moments and signal', () => {
    const expertEvents = eventLog(
      [0, 'drill.start', {}],
      [4 * MINUTE, 'terminal.exec', { command: 'kubectl rollout undo deployment/checkout -n shop' }],
    );
    const expert = replayDrill(scenario, scenario.doc.seed, expertEvents, 15 * MINUTE);
    const ideal = drillPath(expert, expertEvents);
    const { drill, score } = sharedDebrief();
    const debrief = buildDebrief({ drill, events: LEARNER, score, ideal });
    expect(debrief.ideal).toEqual(ideal.moments);
    expect(debrief.signal!.ideal).toEqual(ideal.signal);
    const recovery = (moments: typeof ideal.moments) => moments.find((m) => m.lane === 'recovery')!.at;
    expect(recovery(debrief.ideal!)).toBeLessThan(recovery(debrief.learner));
  });

  it('is the same bytes when built twice from the same inputs', () => {
    expect(JSON.stringify(learnerDebrief().debrief)).toBe(JSON.stringify(learnerDebrief().debrief));
  });

  it('has no signal, fault or mitigation for a scenario without a debrief section', () => {
    const plain = testScenario();
    const drill = new Drill(plain, 1);
    drill.advanceTo(MINUTE);
    const score = scoreAttempt(scoringContext(drill, []));
    const debrief = buildDebrief({ drill, events: [], score, ideal: null });
    expect(debrief).toMatchObject({ signal: null, fault: null, mitigation: null, ideal: null });
  });
});
