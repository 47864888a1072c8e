import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { starterRules } from './starter-rules';

type RuleFile = { groups: { name: string; rules: { alert: string; expr: string; for: string; annotations: Record<string, string> }[] }[] };

describe('starterRules', () => {
  it('alerts on the checkout scenario’s recorded error ratio', () => {
    const file = parse(starterRules('checkout-bad-deploy', [])) as RuleFile;
    expect(file.groups[0]!.rules[0]!.expr).toBe('service:http_request_errors:ratio_rate5m{service="checkout"} > 0.05');
    expect(file.groups[0]!.rules[0]!.annotations.runbook_url).toBeUndefined();
  });

  it('is valid YAML with a multi-line expression and a runbook for other scenarios', () => {
    const file = parse(starterRules('sale-day-search', ['runbooks/search.md'])) as RuleFile;
    const rule = file.groups[0]!.rules[0]!;
    expect(rule.expr).toContain('rate(http_requests_total[5m])) > 0.05');
    expect(rule.annotations.runbook_url).toBe('runbooks/search.md');
    expect(rule.for).toBe('1m');
  });
});
