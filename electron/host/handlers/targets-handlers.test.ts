import { describe, expect, it } from 'vitest';
import { Drill } from '../../engine/drill/drill';
import { bundledScenario } from '../../engine/testing/bundled.node';
import type { RequestOutputs, Result } from '../../contract';
import type { HostContext } from './context';
import { targetsHandlers } from './targets-handlers';

/** The handler answers at once (only printing waits on anything). */
const list = targetsHandlers['targets.list'] as (context: HostContext, input: object) => Result<RequestOutputs['targets.list']>;

/** The handler reads only the session's drill: a context holding just that is the whole of what it sees. */
function contextWith(drill?: Drill): HostContext {
  return (drill ? { session: { drill } } : {}) as unknown as HostContext;
}

describe('targets.list', () => {
  it('refuses without a drill', () => {
    const result = list(contextWith(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('no_drill');
  });

  it("lists the drill's targets as of its current moment", () => {
    const scenario = bundledScenario('checkout-bad-deploy');
    const drill = new Drill(scenario, scenario.doc.seed);
    drill.advanceTo(60_000);
    const result = list(contextWith(drill), {});
    if (!result.ok) throw new Error(result.error.message);
    const pools = new Set(result.value.activeTargets.map((t) => t.scrapePool));
    expect([...pools]).toEqual(expect.arrayContaining(['checkout', 'payments', 'node', 'postgres', 'kube-state-metrics', 'blackbox']));
    const now = drill.sim.world.startUnixMs + drill.now;
    for (const t of result.value.activeTargets) {
      const at = Date.parse(t.lastScrape);
      expect(at).toBeGreaterThan(now - drill.sim.intervalMs);
      expect(at).toBeLessThanOrEqual(now);
    }
  });
});
