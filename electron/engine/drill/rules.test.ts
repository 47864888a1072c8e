import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../alerting/rules';
import { testScenario } from '../testing/scenarios';
import { sampleAt } from '../tsdb';
import { Drill } from './drill';

const RULES = `
groups:
  - name: api
    rules:
      - record: service:http_request_errors:ratio_rate1m
        expr: sum by (service) (rate(http_requests_total{status=~"5.."}[1m])) / sum by (service) (rate(http_requests_total[1m]))
      - alert: ApiErrors
        expr: service:http_request_errors:ratio_rate1m{service="api"} > 0.1
        for: 1m
        labels: { severity: page }
        annotations:
          summary: "{{ $labels.service }} fails {{ $value | humanizePercentage }} of requests"
`;

function drill(): Drill {
  const rules = parseRuleFile(RULES, 'rules.yml');
  if (!rules.ok) throw new Error(JSON.stringify(rules.problems));
  const scenario = testScenario({
    faults: [{ id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '2m' }, params: { version: 'v2', error_ratio: 0.5 } }],
  });
  return new Drill({ ...scenario, ruleGroups: rules.groups }, 3);
}

describe('rules.yml in a drill', () => {
  it('evaluates the rules on the sim clock: healthy at first, pending then firing after the fault, with templated annotations', () => {
    const d = drill();
    d.advanceTo(110_000);
    expect(d.view().alerting.alerts).toEqual([]);
    expect(d.view().alerting.rules.map((r) => [r.name, r.health])).toEqual([
      ['service:http_request_errors:ratio_rate1m', 'ok'],
      ['ApiErrors', 'ok'],
    ]);
    // The bad release needs about 30 s to reach both pods and the 1m rate a little longer to cross 10%.
    d.advanceTo(240_000);
    const firstSeen = d.view().alerting.alerts[0];
    expect(firstSeen?.labels).toMatchObject({ alertname: 'ApiErrors', service: 'api', severity: 'page' });
    d.advanceTo(firstSeen!.activeAt - d.sim.world.startUnixMs + 60_000);
    const alert = d.view().alerting.alerts[0]!;
    expect(alert.state).toBe('firing');
    expect(alert.annotations.summary).toMatch(/^api fails \d+(\.\d+)?% of requests$/);
  });

  it('writes the recording rule and ALERTS back to the drill series, where PromQL and panels can read them', () => {
    const d = drill();
    d.advanceTo(300_000);
    const store = d.sim.store;
    const ratio = sampleAt(store.find({ __name__: 'service:http_request_errors:ratio_rate1m', service: 'api' }), d.now);
    expect(ratio?.v).toBeGreaterThan(0.1);
    const alerts = store.byMetric('ALERTS').filter((s) => s.labels.alertname === 'ApiErrors');
    expect(alerts.map((s) => s.labels.alertstate).sort()).toEqual(['firing', 'pending']);
  });
});
