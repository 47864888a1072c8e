/**
 * The rule editor's starting text for a scenario: a Prometheus rule file a learner can preview at once and
 * then improve. Keyed by scenario id; scenarios without an entry get one on the raw request counters.
 */
const STARTERS: Record<string, { name: string; expr: string; summary: string; description: string }> = {
  'checkout-bad-deploy': {
    name: 'MyCheckoutErrors',
    expr: 'service:http_request_errors:ratio_rate5m{service="checkout"} > 0.05',
    summary: 'More than 5% of {{ $labels.service }} requests fail',
    description: '{{ $value | humanizePercentage }} of {{ $labels.service }} requests are failing.',
  },
};

const GENERIC = {
  name: 'MyHighErrorRate',
  expr: 'sum by (service) (rate(http_requests_total{status=~"5.."}[5m]))\n  / sum by (service) (rate(http_requests_total[5m])) > 0.05',
  summary: 'More than 5% of {{ $labels.service }} requests fail',
  description: '{{ $value | humanizePercentage }} of {{ $labels.service }} requests are failing.',
};

/** A starter rule file for `scenario`, pointing its runbook_url at the scenario's first runbook if it has one. */
export function starterRules(scenario: string, runbooks: string[]): string {
  const s = STARTERS[scenario] ?? GENERIC;
  const expr = s.expr.includes('\n') ? `|\n          ${s.expr.split('\n').join('\n          ')}` : s.expr;
  return [
    '# Your alerting rules (Prometheus rule file). Preview them, add them to the drill, or score them in the lab.',
    'groups:',
    '  - name: my-alerts',
    '    rules:',
    `      - alert: ${s.name}`,
    `        expr: ${expr}`,
    '        for: 1m',
    '        labels:',
    '          severity: page',
    '        annotations:',
    `          summary: "${s.summary}"`,
    `          description: "${s.description}"`,
    ...(runbooks[0] ? [`          runbook_url: "${runbooks[0]}"`] : []),
    '',
  ].join('\n');
}
