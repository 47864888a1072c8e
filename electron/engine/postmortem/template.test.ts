import { describe, expect, it } from 'vitest';
import { Drill } from '../drill/drill';
import type { DrillEvent } from '../drill';
import { buildTimeline } from '../drill/incident/timeline';
import type { TimelineEntry } from '../drill/incident/types';
import { simMillis } from '../sim/clock';
import { bundledScenario } from '../testing/bundled.node';
import { postmortemTemplate } from './template';
import { WHYS } from './types';

const MINUTE = 60_000;
/** 10:00:00 UTC on the checkout scenario's day: its sim time 0. */
const TEN = Date.UTC(2026, 2, 13, 10, 0, 0);

/** "10:mm:ss" for a sim time under an hour after 10:00, worked out by hand rather than through Date. */
function tenPlus(t: number): string {
  const seconds = Math.floor(t / 1000);
  return `10:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

describe('the postmortem template', () => {
  it('pre-fills the timeline from a real drill’s living document, oldest first, at wall-clock times', () => {
    const scenario = bundledScenario('checkout-bad-deploy');
    const drill = new Drill(scenario, scenario.doc.seed);
    drill.advanceTo(5 * MINUTE);
    const command = 'kubectl rollout history deployment/checkout -n shop';
    drill.apply({ type: 'terminal.exec', command } as never);
    const events: DrillEvent[] = [{ seq: 1, t: drill.now, type: 'terminal.exec', payload: { command } }];
    drill.advanceTo(8 * MINUTE);
    const entries = buildTimeline(events, drill.occurrences(), drill.incident.snapshot());
    const fired = drill.occurrences().find((o) => o.kind === 'alert.fired')!;

    expect(drill.sim.world.startUnixMs).toBe(TEN);
    const doc = postmortemTemplate(entries, drill.sim.world.startUnixMs, { title: 'Checkout payments failing', services: ['checkout'], severity: 'SEV2' });

    expect(doc.timeline).toHaveLength(entries.length);
    expect(doc.timeline).toContainEqual({ at: tenPlus(fired.at), text: `Alertmanager: Alert firing: ${fired.name}` });
    expect(doc.timeline).toContainEqual({ at: '10:05:00', text: `you: $ ${command}` });
    expect(doc.timeline.map((l) => l.at)).toEqual([...doc.timeline.map((l) => l.at)].sort());
    expect(doc.title).toBe('Checkout payments failing (SEV2)');
  });

  it('leaves every analysis section empty and offers five empty whys', () => {
    const doc = postmortemTemplate([], TEN, { title: '', services: ['checkout', 'payments'] });
    expect(doc).toEqual({
      title: 'Incident on checkout, payments',
      summary: '', impact: '', timeline: [], trigger: '', rootCause: '', whys: Array(WHYS).fill(''), contributingFactors: [],
      wentWell: '', wentBadly: '', gotLucky: '', actionItems: [],
    });
  });

  it('sorts entries given newest first and leaves the hints the learner asked for out', () => {
    const entries: TimelineEntry[] = [
      { id: 'c', at: simMillis(190_000), kind: 'note', author: 'you', text: 'Rolled back' },
      { id: 'h', at: simMillis(100_000), kind: 'hint', author: 'coach', text: 'Look at the rollout history' },
      { id: 'a', at: simMillis(61_500), kind: 'alert', author: '', text: 'Alert firing: X' },
    ];
    expect(postmortemTemplate(entries, TEN, { title: 'T', services: [] }).timeline).toEqual([
      { at: '10:01:01', text: 'Alert firing: X' },
      { at: '10:03:10', text: 'you: Rolled back' },
    ]);
  });
});
