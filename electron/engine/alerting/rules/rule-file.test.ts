import { describe, expect, it } from 'vitest';
import { parseRuleFile } from './rule-file';

const GOOD = `groups:
  - name: example
    interval: 30s
    limit: 10
    labels: {team: sre}
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
        labels:
          source: recorded
      - alert: HighErrorRate
        expr: job:http_requests:rate5m > 5
        for: 10m
        keep_firing_for: 5m
        labels:
          severity: page
          team: api
        annotations:
          summary: "High error rate on {{ $labels.job }}"
          description: "value {{ $value | humanize }}"
  - name: second
    rules:
      - alert: Always
        expr: vector(1)
`;

describe('parseRuleFile: a valid file', () => {
  it('parses groups and rules with durations, labels and annotations', () => {
    const r = parseRuleFile(GOOD, 'rules.yml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.groups.map((g) => g.name)).toEqual(['example', 'second']);
    const [g] = r.groups;
    expect(g!.intervalMs).toBe(30_000);
    expect(g!.limit).toBe(10);
    const [rec, alert] = g!.rules;
    expect(rec).toMatchObject({ kind: 'record', name: 'job:http_requests:rate5m', labels: { team: 'sre', source: 'recorded' } });
    expect(rec!.exprText).toBe('sum by (job) (rate(http_requests_total[5m]))');
    expect(alert).toMatchObject({
      kind: 'alert',
      name: 'HighErrorRate',
      forMs: 600_000,
      keepFiringForMs: 300_000,
      labels: { severity: 'page', team: 'api' }, // the rule's own label overrides the group's
      annotations: { summary: 'High error rate on {{ $labels.job }}' },
    });
    expect(r.groups[1]!.intervalMs).toBeUndefined();
    expect(r.groups[1]!.rules[0]).toMatchObject({ kind: 'alert', forMs: 0, keepFiringForMs: 0, labels: {}, annotations: {} });
  });

  it('accepts an empty file and an empty groups list', () => {
    expect(parseRuleFile('', 'empty.yml')).toEqual({ ok: true, groups: [] });
    expect(parseRuleFile('groups: []\n', 'empty.yml')).toEqual({ ok: true, groups: [] });
  });
});

const rule = (body: string, group = 'g') => `groups:\n  - name: ${group}\n    rules:\n${body}`;

// Each case: file text, then the one expected problem: line, group, rule, reason substring.
const BAD: [string, string, { line?: number; group?: string; rule?: string; reason: string }][] = [
  ['both record and alert', rule('      - record: a\n        alert: B\n        expr: up\n'), { line: 5, group: 'g', rule: 'B', reason: "only one of 'record' and 'alert' must be set" }],
  ['neither record nor alert', rule('      - expr: up\n'), { line: 4, group: 'g', rule: '#1', reason: "one of 'record' or 'alert' must be set" }],
  ['missing expr', rule('      - alert: A\n'), { group: 'g', rule: 'A', reason: "field 'expr' must be set in rule" }],
  ['unparsable expr', rule('      - alert: A\n        expr: sum(rate(x[5m])\n'), { line: 5, group: 'g', rule: 'A', reason: 'could not parse expression: 1:' }],
  ['unknown rule field', rule('      - alert: A\n        expr: up\n        severity: page\n'), { line: 6, rule: 'A', reason: 'field severity not found in type rulefmt.Rule' }],
  ['unknown group field', 'groups:\n  - name: g\n    evaluation: 1m\n    rules: []\n', { line: 3, group: 'g', reason: 'field evaluation not found in type rulefmt.RuleGroup' }],
  ['unknown top-level field', 'groups: []\nrules: []\n', { line: 2, reason: 'field rules not found in type rulefmt.RuleGroups' }],
  ['braces in a record name', rule('      - record: foo{job="x"}\n        expr: up\n'), { line: 4, rule: 'foo{job="x"}', reason: 'braces present in the recording rule name' }],
  ['annotations on a recording rule', rule('      - record: r\n        expr: up\n        annotations: {a: b}\n'), { line: 4, rule: 'r', reason: "invalid field 'annotations' in recording rule" }],
  ['for on a recording rule', rule('      - record: r\n        expr: up\n        for: 5m\n'), { rule: 'r', reason: "invalid field 'for' in recording rule" }],
  ['keep_firing_for on a recording rule', rule('      - record: r\n        expr: up\n        keep_firing_for: 5m\n'), { rule: 'r', reason: "invalid field 'keep_firing_for' in recording rule" }],
  ['bad duration', rule('      - alert: A\n        expr: up\n        for: 10minutes\n'), { line: 6, rule: 'A', reason: 'duration' }],
  ['__name__ as a rule label', rule('      - alert: A\n        expr: up\n        labels: {__name__: x}\n'), { line: 6, rule: 'A', reason: 'invalid label name: __name__' }],
  ['empty label name', rule('      - alert: A\n        expr: up\n        labels: {"": x}\n'), { rule: 'A', reason: 'invalid label name: ' }],
  ['bad annotation template', rule('      - alert: A\n        expr: up\n        annotations:\n          summary: "{{ $labels.instance"\n'), { line: 7, rule: 'A', reason: 'annotation "summary": template: __alert_A:1: unclosed action' }],
  ['bad label template', rule('      - alert: A\n        expr: up\n        labels:\n          sev: "{{ nope }}"\n'), { line: 7, rule: 'A', reason: 'label "sev": template: __alert_A:1: function "nope" not defined' }],
  ['empty group name', 'groups:\n  - name: ""\n    rules: []\n', { line: 2, reason: 'Groupname must not be empty' }],
  ['repeated group name', 'groups:\n  - name: g\n    rules: []\n  - name: g\n    rules: []\n', { line: 4, group: 'g', reason: 'groupname: "g" is repeated in the same file' }],
  ['group label __name__', 'groups:\n  - name: g\n    labels: {__name__: x}\n    rules: []\n', { line: 3, group: 'g', reason: 'invalid label name: __name__' }],
  ['rules not a list', 'groups:\n  - name: g\n    rules: {a: b}\n', { line: 3, group: 'g', reason: 'cannot unmarshal !!map into []rulefmt.Rule' }],
  ['YAML syntax error', 'groups:\n  - name: g\n    rules: [\n', { reason: '' }],
  ['duplicate YAML key', rule('      - alert: A\n        alert: B\n        expr: up\n'), { line: 5, reason: 'unique' }],
];

describe('parseRuleFile: problems', () => {
  it.each(BAD)('%s', (_name, text, want) => {
    const r = parseRuleFile(text, 'bad.yml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const [p] = r.problems;
    expect(p!.file).toBe('bad.yml');
    expect(p!.reason).toContain(want.reason);
    if (want.line !== undefined) expect(p!.line).toBe(want.line);
    if (want.group !== undefined) expect(p!.group).toBe(want.group);
    if (want.rule !== undefined) expect(p!.rule).toBe(want.rule);
  });

  it('names the parse error position from the PromQL parser', () => {
    const r = parseRuleFile(rule('      - record: r\n        expr: "rate(x[5m]"\n'), 'f.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.reason).toMatch(/^could not parse expression: 1:\d+: parse error: /);
  });

  it('collects every problem in the file, not just the first', () => {
    const text = `groups:
  - name: g
    rules:
      - alert: A
        expr: up ==
      - record: bad{x}
        expr: up
        for: 1m
  - name: g
    rules:
      - alert: B
        expr: up
        annotations: {summary: "{{ if }}"}
`;
    const r = parseRuleFile(text, 'multi.yml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.rule, p.reason.split(':')[0]])).toEqual([
      [5, 'A', 'could not parse expression'],
      [6, 'bad{x}', "invalid field 'for' in recording rule"],
      [6, 'bad{x}', 'braces present in the recording rule name; should it be in expr?'],
      [9, undefined, 'groupname'],
      [13, 'B', 'annotation "summary"'],
    ]);
  });
});
