import { describe, expect, it } from 'vitest';
import type { Panel } from '../../../../electron/contract';
import type { VariableState } from '../../../../electron/engine/dashboards';
import { requestsFor } from './usePanelData';

const range = { from: Date.UTC(2026, 0, 1, 10, 0), to: Date.UTC(2026, 0, 1, 11, 0) };
const service: VariableState = {
  variable: { type: 'custom', name: 'service', query: 'checkout,cart' },
  options: [{ text: 'checkout', value: 'checkout' }],
  current: { text: ['checkout'], value: ['checkout'] },
};

describe('the requests a panel makes', () => {
  it('skips hidden and empty targets, and names a target it cannot build', () => {
    const panel: Panel = {
      id: 1,
      type: 'timeseries',
      title: 'Errors',
      gridPos: { x: 0, y: 0, w: 12, h: 8 },
      targets: [
        { refId: 'A', expr: 'rate(http_requests_total{service="$service"}[5m])', legendFormat: '{{service}}' },
        { refId: 'B', expr: 'up', hide: true },
        { refId: 'C', expr: '  ' },
        { refId: 'D', expr: 'up', interval: 'often' },
      ],
    };
    const { requests } = requestsFor(panel, { range, variables: [service], width: 600 });
    expect(requests.map((r) => [r.refId, r.kind])).toEqual([
      ['A', 'range'],
      ['D', 'invalid'],
    ]);
    const a = requests[0]!;
    if (a.kind !== 'range') throw new Error('A should be a range query');
    expect(a.expr).toBe('rate(http_requests_total{service="checkout"}[5m])');
    // Seconds, as promql.queryRange takes them, covering the dashboard's hour.
    expect(a.start).toBeLessThanOrEqual(range.from / 1000);
    expect(a.end).toBeGreaterThanOrEqual(range.to / 1000 - a.step);
    expect(a.end - a.start).toBeGreaterThan(3000);
  });

  it('sends a logs panel’s targets as KQL over the range in ms', () => {
    const panel: Panel = { id: 2, type: 'logs', title: 'Logs', gridPos: { x: 0, y: 0, w: 24, h: 8 }, targets: [{ refId: 'A', expr: 'service.name: $service and log.level: error' }] };
    const { requests } = requestsFor(panel, { range, variables: [service], width: 800 });
    expect(requests).toEqual([{ refId: 'A', kind: 'logs', query: 'service.name: checkout and log.level: error', from: range.from, to: range.to }]);
  });

  it('asks for an instant query when the target says so', () => {
    const panel: Panel = { id: 3, type: 'stat', title: 'Now', gridPos: { x: 0, y: 0, w: 6, h: 4 }, targets: [{ refId: 'A', expr: 'sum(up)', instant: true }] };
    expect(requestsFor(panel, { range, variables: [], width: 200 }).requests[0]).toMatchObject({ refId: 'A', kind: 'instant', expr: 'sum(up)' });
  });
});
