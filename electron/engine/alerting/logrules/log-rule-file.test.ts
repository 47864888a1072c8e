import { describe, expect, it } from 'vitest';
import { isLogRuleFile, parseLogRuleFile } from './log-rule-file';

const GOOD = `groups:
  - name: checkout-logs
    interval: 30s
    rules:
      - alert: CheckoutPaymentErrorsInLogs
        query: 'service.name:checkout and log.level:error'
        window: 5m
        group_by: [service.name, kubernetes.pod.name]
        threshold: 20
        for: 1m
        keep_firing_for: 2m
        labels: { severity: ticket }
        annotations:
          summary: "{{ $value }} error logs from {{ $labels.service_name }} in 5m"
  - name: quiet
    rules:
      - alert: NoAccessLogs
        query: event.type:access
        window: 10m
        op: "<"
        threshold: 1
`;

describe('parseLogRuleFile: a valid file', () => {
  it('parses groups and rules with their defaults', () => {
    const r = parseLogRuleFile(GOOD, 'log-rules.yml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.groups.map((g) => [g.name, g.intervalMs])).toEqual([['checkout-logs', 30_000], ['quiet', undefined]]);
    expect(r.groups[0]!.rules[0]).toMatchObject({
      name: 'CheckoutPaymentErrorsInLogs',
      query: 'service.name:checkout and log.level:error',
      windowMs: 300_000,
      groupBy: ['service.name', 'kubernetes.pod.name'],
      op: '>',
      threshold: 20,
      forMs: 60_000,
      keepFiringForMs: 120_000,
      labels: { severity: 'ticket' },
      annotations: { summary: '{{ $value }} error logs from {{ $labels.service_name }} in 5m' },
    });
    expect(r.groups[0]!.rules[0]!.ast.type).toBe('and');
    expect(r.groups[1]!.rules[0]).toMatchObject({ op: '<', threshold: 1, groupBy: [], forMs: 0, keepFiringForMs: 0, labels: {}, annotations: {} });
  });

  it('accepts an empty file and an empty groups list', () => {
    expect(parseLogRuleFile('', 'log-rules.yml')).toEqual({ ok: true, groups: [] });
    expect(parseLogRuleFile('groups: []\n', 'log-rules.yml')).toEqual({ ok: true, groups: [] });
  });
});

const rule = (body: string, group = 'g') => `groups:\n  - name: ${group}\n    rules:\n      - alert: A\n${body}`;
const MINIMAL = '        query: log.level:error\n        window: 1m\n        threshold: 5\n';

describe('parseLogRuleFile: problems, each with its line', () => {
  const problems = (text: string) => {
    const r = parseLogRuleFile(text, 'log-rules.yml');
    if (r.ok) throw new Error('expected problems');
    return r.problems.map(({ line, group, rule, reason }) => ({ line, group, rule, reason }));
  };

  it.each([
    ['YAML syntax', 'groups:\n  - name: [a\n', [{ line: 3, reason: expect.stringContaining('') }]],
    ['an unknown top-level field', 'groups: []\nrules: []\n', [{ line: 2, reason: 'field rules not found in type logrules.RuleGroups' }]],
    ['an unknown group field', 'groups:\n  - name: g\n    limit: 3\n    rules: []\n', [{ line: 3, group: 'g', reason: 'field limit not found in type logrules.RuleGroup' }]],
    ['an unknown rule field', rule(`${MINIMAL}        expr: up\n`), [{ line: 8, group: 'g', rule: 'A', reason: 'field expr not found in type logrules.Rule' }]],
    ['a missing group name', 'groups:\n  - rules: []\n', [{ line: 2, reason: 'Groupname must not be empty' }]],
    ['a repeated group name', 'groups:\n  - name: g\n  - name: g\n', [{ line: 3, group: 'g', reason: 'groupname: "g" is repeated in the same file' }]],
    ['a missing alert name', 'groups:\n  - name: g\n    rules:\n      - query: x\n        window: 1m\n        threshold: 1\n', [{ line: 4, group: 'g', rule: '#1', reason: "field 'alert' must be set in rule" }]],
    ['a repeated alert name', `${rule(MINIMAL)}  - name: h\n    rules:\n      - alert: A\n${MINIMAL}`, [{ line: 10, group: 'h', rule: 'A', reason: 'alert "A" is repeated in the same file (its count series is named after it)' }]],
    ['missing query, window and threshold', rule(''), [
      { line: 4, group: 'g', rule: 'A', reason: "field 'query' must be set in rule" },
      { line: 4, group: 'g', rule: 'A', reason: "field 'window' must be set in rule" },
      { line: 4, group: 'g', rule: 'A', reason: "field 'threshold' must be set in rule" },
    ]],
    ['a bad KQL query', rule("        query: 'log.level:error and (service.name:checkout'\n        window: 1m\n        threshold: 5\n"), [
      { line: 5, group: 'g', rule: 'A', reason: 'could not parse query: Expected ")", AND, OR but end of input found. (column 43)' },
    ]],
    ['a bad window', rule('        query: x\n        window: 5 minutes\n        threshold: 5\n'), [{ line: 6, group: 'g', rule: 'A', reason: 'unknown unit " minutes" in duration "5 minutes"' }]],
    ['a zero window', rule('        query: x\n        window: 0s\n        threshold: 5\n'), [{ line: 6, group: 'g', rule: 'A', reason: 'window must be greater than 0' }]],
    ['a bad for', rule(`${MINIMAL}        for: 1x\n`), [{ line: 8, group: 'g', rule: 'A', reason: 'unknown unit "x" in duration "1x"' }]],
    ['a bad interval', 'groups:\n  - name: g\n    interval: soon\n    rules: []\n', [{ line: 3, group: 'g', reason: 'not a valid duration string: "soon"' }]],
    ['a threshold that is not a number', rule('        query: x\n        window: 1m\n        threshold: twenty\n'), [{ line: 7, group: 'g', rule: 'A', reason: 'threshold must be a number, not !!str `twenty`' }]],
    ['an unknown op', rule(`${MINIMAL}        op: "=="\n`), [{ line: 8, group: 'g', rule: 'A', reason: 'op must be one of ">", ">=", "<", "<=", not "=="' }]],
    ['a group_by that is not a list', rule(`${MINIMAL}        group_by: service.name\n`), [{ line: 8, group: 'g', rule: 'A', reason: 'cannot unmarshal !!str into []string' }]],
    ['group_by fields giving bad, reserved or clashing labels', rule(`${MINIMAL}        group_by:\n          - user-agent\n          - rule\n          - a.b\n          - a_b\n`), [
      { line: 9, group: 'g', rule: 'A', reason: 'group_by field "user-agent" gives label "user-agent", which is not a valid label name' },
      { line: 10, group: 'g', rule: 'A', reason: 'group_by field "rule" gives label "rule", which the rule sets itself' },
      { line: 12, group: 'g', rule: 'A', reason: 'group_by fields "a.b" and "a_b" both give label "a_b"' },
    ]],
    ['an invalid label name', rule(`${MINIMAL}        labels: { __name__: x }\n`), [{ line: 8, group: 'g', rule: 'A', reason: 'invalid label name: __name__' }]],
    ['a bad template', rule(`${MINIMAL}        annotations:\n          summary: "{{ $value "\n`), [{ line: 9, group: 'g', rule: 'A', reason: expect.stringMatching(/^annotation "summary": template: __alert_A:1: /) }]],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('isLogRuleFile', () => {
  it('tells a log rule file (rules with query) from a Prometheus one (rules with expr)', () => {
    expect(isLogRuleFile(GOOD)).toBe(true);
    expect(isLogRuleFile('groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n')).toBe(false);
    // A file mixing both is read as a Prometheus file, whose reader then reports the unknown `query` field.
    expect(isLogRuleFile('groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n      - alert: B\n        query: x\n')).toBe(false);
    expect(isLogRuleFile('groups: [')).toBe(false);
    expect(isLogRuleFile('')).toBe(false);
  });
});
