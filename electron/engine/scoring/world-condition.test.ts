import { beforeAll, describe, expect, it } from 'vitest';
import type { DrillEvent } from '../drill';
import { replayDrill } from '../drill';
import type { Scenario } from '../scenario';
import { scenarioSchema } from '../scenario';
import type { WorldCondition } from '../scenario/rubric-schema';
import { bundledScenario } from '../testing/bundled.node';
import { scoringContext } from './from-drill';
import { evaluateWorldCondition, WORLD_STEP_MS } from './world-condition';

/**
 * checkout-bad-deploy re-derived: its bad release starts at 2m and fails about 30% of checkout requests until
 * it is rolled back. One learner rolls back at 4m; the other does nothing.
 */
const ERROR_RATIO = 'sum(rate(http_requests_total{service="checkout",status=~"5.."}[1m])) / sum(rate(http_requests_total{service="checkout"}[1m]))';
const ROLLBACK = { event: 'terminal.exec', match: 'rollout undo' };
const END = 600_000;

const LOOKED = { seq: 1, t: 60_000, type: 'dashboard.open', payload: { uid: 'checkout', title: 'Checkout' } };
const ACKED = { seq: 2, t: 200_000, type: 'alert.acknowledge', payload: { alert: 'CheckoutHighErrorRate' } };
const ROLLED_BACK = { seq: 3, t: 240_000, type: 'terminal.exec', payload: { command: 'kubectl rollout undo deployment/checkout -n shop' } };
const STATUS = { seq: 4, t: 250_000, type: 'incident.note', payload: { text: 'rolled back' } };

let scenario: Scenario;
const drills: Record<'rolledBack' | 'idle', { events: DrillEvent[]; context: ReturnType<typeof scoringContext> }> = {} as never;

beforeAll(() => {
  scenario = bundledScenario('checkout-bad-deploy');
  for (const [name, events] of [['rolledBack', [LOOKED, ACKED, ROLLED_BACK, STATUS]], ['idle', [LOOKED]]] as const) {
    const drill = replayDrill(scenario, 1, events, END);
    drills[name] = { events: [...events], context: scoringContext(drill, events) };
  }
});

/** A world condition as the schema fills it in (the default `for`), validated against the scenario's rules. */
function condition(when: Record<string, unknown>): WorldCondition {
  const doc = scenarioSchema.parse({ ...scenario.doc, rubric: [{ id: 'w', category: 'mitigate', points: 10, when, feedback: { met: 'y', missed: 'n' } }] });
  return doc.rubric[0]!.when as WorldCondition;
}

type Row = { name: string; drill: 'rolledBack' | 'idle'; when: Record<string, unknown>; met: boolean; evidence?: number[] };

const rows: Row[] = [
  { name: 'errors above 5% for 2m after the fault', drill: 'rolledBack', when: { promql: `${ERROR_RATIO} > 0.05`, for: '2m', after: 'fault.started' }, met: true },
  { name: 'errors above 5% for 4m: the rollback at 4m ended them sooner', drill: 'rolledBack', when: { promql: `${ERROR_RATIO} > 0.05`, for: '4m', after: 'fault.started' }, met: false },
  { name: 'without a rollback errors stay above 5% for 5m', drill: 'idle', when: { promql: `${ERROR_RATIO} > 0.05`, for: '5m', after: 'fault.started' }, met: true, evidence: [1] },
  { name: 'errors below 1% for 3m after the rollback', drill: 'rolledBack', when: { promql: `${ERROR_RATIO} < 0.01`, for: '3m', after: ROLLBACK }, met: true, evidence: [4] },
  { name: 'without a rollback errors never fall below 1% for 3m after the fault', drill: 'idle', when: { promql: `${ERROR_RATIO} < 0.01`, for: '3m', after: 'fault.started' }, met: false },
  { name: 'the window ends by "before": 2m of errors cannot fit between the fault (2m) and the rollback (4m)', drill: 'rolledBack', when: { promql: `${ERROR_RATIO} > 0.05`, for: '2m', after: 'fault.started', before: ROLLBACK }, met: false },
  { name: 'before the fault the ratio is at baseline (below 1% for 1m)', drill: 'idle', when: { promql: `${ERROR_RATIO} < 0.01`, for: '1m', before: 'fault.started' }, met: true },
  { name: 'an instant (for 0s) above 20% happens once the release is out', drill: 'rolledBack', when: { promql: `${ERROR_RATIO} > 0.2` }, met: true, evidence: [1] },
  { name: 'an "after" that never happened', drill: 'idle', when: { promql: `${ERROR_RATIO} < 0.01`, after: ROLLBACK }, met: false },
];

describe('world conditions over a re-derived checkout-bad-deploy', () => {
  it.each(rows)('$name', ({ drill, when, met, evidence }) => {
    const outcome = evaluateWorldCondition(condition(when), drills[drill].context);
    expect(outcome.met).toBe(met);
    if (evidence) expect(outcome.evidence).toEqual(evidence);
    expect(outcome.details).toHaveLength(1);
  });

  it('cites the last action before the window and names the window in sim clock time', () => {
    const outcome = evaluateWorldCondition(condition({ promql: `${ERROR_RATIO} < 0.01`, for: '3m', after: ROLLBACK }), drills.rolledBack.context);
    const [, from, to] = /^held for 3m from 10:(\d\d:\d\d) UTC to 10:(\d\d:\d\d) UTC$/.exec(outcome.details[0]!) ?? [];
    const seconds = (mmss: string) => Number(mmss.slice(0, 2)) * 60 + Number(mmss.slice(3));
    // The window starts after the rollback (4m), on a 15 s step, and lasts exactly 3m.
    expect(seconds(from!) * 1000).toBeGreaterThan(ROLLED_BACK.t);
    expect((seconds(from!) * 1000) % WORLD_STEP_MS).toBe(0);
    expect(seconds(to!) - seconds(from!)).toBe(180);
    // The note at 4m10s is the last thing the learner did before the world recovered.
    expect(outcome.evidence).toEqual([STATUS.seq]);
  });

  it('explains a miss with the longest run it saw', () => {
    const outcome = evaluateWorldCondition(condition({ promql: `${ERROR_RATIO} > 0.05`, for: '4m', after: 'fault.started' }), drills.rolledBack.context);
    expect(outcome.details[0]).toMatch(/^the condition did not hold for 4m between 10:02:00 UTC and 10:10:00 UTC; the longest run was (\d+m)?(\d+s)? from 10:0\d:\d\d UTC$/);
  });

  it('evaluates the same drill to the same outcome twice', () => {
    const when = condition({ promql: `${ERROR_RATIO} > 0.05`, for: '2m', after: 'fault.started' });
    expect(JSON.stringify(evaluateWorldCondition(when, drills.rolledBack.context))).toBe(JSON.stringify(evaluateWorldCondition(when, drills.rolledBack.context)));
  });
});
