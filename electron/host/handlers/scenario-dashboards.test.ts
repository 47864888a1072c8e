import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromqlResult } from '../../contract';
import { buildQuery, resolveVariables } from '../../engine/dashboards';
import type { Dashboard, Panel, VariableFetchers, VariableState } from '../../engine/dashboards';
import type { Backend } from '../backend';
import { startedBackend, valueOf as unwrap } from './handler-testing';

/**
 * Every bundled dashboard, queried as the dashboard page queries it (variables resolved to All, the
 * default last 30 minutes, a 600 px panel), at a moment after the scenario's fault: each target must parse
 * and return data, and the incident must show on the golden signals.
 */
const MINUTE = 60_000;
const STANDARD = { uids: ['service-overview', 'node'], home: 'service-overview' } as const;
const CASES = [
  // The bad deploy lands at 2m; at 8m checkout's error ratio is far above its 0.2% baseline.
  { id: 'checkout-bad-deploy', atMinute: 8, worse: { service: 'checkout', panel: 'Error ratio by service' }, ...STANDARD },
  // The search release lands at 4m (after the sale's 3m ramp); at 12m search's p99 has climbed.
  { id: 'sale-day-search', atMinute: 12, worse: { service: 'search', panel: 'p99 latency by service' }, ...STANDARD },
  // The runaway log fills web-2's disk at about 5m; at 7m storefront's error ratio is far above its 0.2% baseline.
  { id: 'server-outage', atMinute: 7, worse: { service: 'storefront', panel: 'Error ratio by service' }, ...STANDARD },
  // The missing index slows every orders query from 2m; at 5m the orders pools are dry and requests fail.
  { id: 'db-connectivity', atMinute: 5, worse: { service: 'orders', panel: 'Error ratio by service' }, uids: ['orders-overview'], home: 'orders-overview' },
] as const;


function fetchers(backend: Backend, timeS: number): VariableFetchers {
  return {
    labelValues: async (label, match) => unwrap(await backend.invoke('promql.labelValues', { label, match })),
    labelNames: async () => unwrap(await backend.invoke('promql.labels', {})),
    query: async (expr) => {
      const data = unwrap(await backend.invoke('promql.query', { expr, time: timeS, auto: true }));
      return data.resultType === 'vector' ? data.result.map((s) => ({ metric: s.metric, value: Number(s.value[1]) })) : [];
    },
  };
}

/** Finite values of every series of an answer, per series label set. */
function seriesValues(data: PromqlResult): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (data.resultType === 'matrix') for (const s of data.result) out.set(JSON.stringify(s.metric), s.values.map((v) => Number(v[1])).filter(Number.isFinite));
  if (data.resultType === 'vector') for (const s of data.result) out.set(JSON.stringify(s.metric), [Number(s.value[1])].filter(Number.isFinite));
  return out;
}

const allPanels = (d: Dashboard): Panel[] => d.panels.flatMap((p) => [p, ...(p.panels ?? [])]).filter((p) => p.type !== 'row');

for (const scenario of CASES) {
  describe(`${scenario.id} dashboards`, () => {
    let backend: Backend;
    let range: { from: number; to: number };
    beforeAll(async () => {
      backend = await startedBackend(scenario.id);
      backend.context.session!.advanceTo(scenario.atMinute * MINUTE);
      const to = backend.context.session!.drill.sim.world.startUnixMs + scenario.atMinute * MINUTE;
      range = { from: to - 30 * MINUTE, to };
    }, 60_000);
    afterAll(() => backend.close());

    async function answers(dashboard: Dashboard, variables: VariableState[]) {
      const out: { panel: Panel; refId: string; values?: Map<string, number[]>; logs?: number; error?: string }[] = [];
      for (const panel of allPanels(dashboard)) {
        for (const target of panel.targets ?? []) {
          if (panel.type === 'logs') {
            const result = await backend.invoke('logs.query', { query: target.expr ?? '', from: range.from, to: range.to, auto: true });
            out.push(result.ok ? { panel, refId: target.refId, logs: result.value.total } : { panel, refId: target.refId, error: result.error.message });
            continue;
          }
          const built = buildQuery({ target, panel, range, widthPx: 600, variables });
          if (!built.ok) {
            out.push({ panel, refId: target.refId, error: built.error });
            continue;
          }
          const result = built.instant
            ? await backend.invoke('promql.query', { expr: built.expr, time: built.end, auto: true })
            : await backend.invoke('promql.queryRange', { expr: built.expr, start: built.start, end: built.end, step: built.step, auto: true });
          out.push(result.ok ? { panel, refId: target.refId, values: seriesValues(result.value) } : { panel, refId: target.refId, error: `${built.expr}: ${result.error.message}` });
        }
      }
      return out;
    }

    it('ships a service overview and a node dashboard', async () => {
      expect(unwrap(await backend.invoke('dashboard.list', {})).map((d) => d.uid)).toEqual(scenario.uids);
    });

    it.each([...scenario.uids])('every target of %s returns data after the fault', async (uid) => {
      const { dashboard, warnings } = unwrap(await backend.invoke('dashboard.open', { uid }));
      expect(warnings).toEqual([]);
      const variables = await resolveVariables(dashboard, range, fetchers(backend, range.to / 1000));
      for (const v of variables) {
        expect(v.error).toBeUndefined();
        expect(v.options.length, `variable ${v.variable.name} has options`).toBeGreaterThan(1);
      }
      const results = await answers(dashboard, variables);
      expect(results.length).toBeGreaterThan(5);
      for (const r of results) {
        const where = `${uid} / ${r.panel.title} / ${r.refId}`;
        expect(r.error, where).toBeUndefined();
        if (r.logs !== undefined) expect(r.logs, where).toBeGreaterThan(0);
        else expect([...r.values!.values()].some((v) => v.length > 0), where).toBe(true);
      }
    }, 60_000);

    it(`shows the incident: ${scenario.worse.service} on "${scenario.worse.panel}" ends well above where it was 30 minutes earlier`, async () => {
      const { dashboard } = unwrap(await backend.invoke('dashboard.open', { uid: scenario.home }));
      const variables = await resolveVariables(dashboard, range, fetchers(backend, range.to / 1000));
      const panel = allPanels(dashboard).filter((p) => p.title === scenario.worse.panel);
      const [result] = await answers({ ...dashboard, panels: panel }, variables);
      const values = result!.values!.get(JSON.stringify({ service: scenario.worse.service }))!;
      expect(values.length).toBeGreaterThan(10);
      expect(values.at(-1)!).toBeGreaterThan(5 * values[0]!);
    }, 60_000);
  });
}
