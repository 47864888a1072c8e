import { describe, expect, it } from 'vitest';
// The test checks the renderer's writer against the engine's own reader, which the renderer itself may not use.
// eslint-disable-next-line firedrill/layers
import { parseLogRuleFile } from '../../../electron/engine/alerting/logrules/log-rule-file';
import type { LogRuleDraft } from './log-rule-yaml';
import { logRuleYaml } from './log-rule-yaml';

const base: LogRuleDraft = {
  group: 'discover-CheckoutErrors',
  alert: 'CheckoutErrors',
  query: 'service.name:checkout and log.level:error',
  window: '5m',
  threshold: 20,
  op: '>',
  for: '1m',
  groupBy: ['service.name', 'host.name'],
  labels: { severity: 'page' },
  annotations: { summary: '{{ $value }} error logs from {{ $labels.service_name }} in 5m' },
};

/** The rule the engine reads back from the text, or the reader's problems as the failure. */
function readBack(draft: LogRuleDraft) {
  const text = logRuleYaml(draft);
  const parsed = parseLogRuleFile(text, 'log-rules.yml');
  if (!parsed.ok) throw new Error(`${text}\n${JSON.stringify(parsed.problems)}`);
  expect(parsed.groups).toHaveLength(1);
  expect(parsed.groups[0]!.name).toBe(draft.group);
  expect(parsed.groups[0]!.rules).toHaveLength(1);
  return parsed.groups[0]!.rules[0]!;
}

describe('logRuleYaml', () => {
  it('writes a rule the log rule reader gives back field for field', () => {
    const rule = readBack(base);
    expect(rule).toMatchObject({
      name: 'CheckoutErrors',
      query: 'service.name:checkout and log.level:error',
      windowMs: 300_000,
      threshold: 20,
      op: '>',
      forMs: 60_000,
      groupBy: ['service.name', 'host.name'],
      labels: { severity: 'page' },
      annotations: { summary: '{{ $value }} error logs from {{ $labels.service_name }} in 5m' },
    });
  });

  it.each([
    ['double quotes', 'message:"connection refused" and service.name:checkout'],
    ['colons in a quoted value', '@timestamp >= "2026-03-13T10:05:00Z" and url.path:"/api:v2"'],
    ['backslash escapes', 'url.path:\\(v1\\)\\:x\\* or message:"C:\\\\temp \\"x\\""'],
    ['single quotes and a hash', "message:'it's' or error.type:#1"],
    ['a leading dash, a YAML indicator', '-x or not log.level:info'],
    ['a YAML boolean word', 'true'],
    ['a number', '404'],
    ['a lone wildcard', '*'],
  ])('keeps a query with %s exactly', (_, query) => {
    expect(readBack({ ...base, query }).query).toBe(query);
  });

  it.each(['>', '>=', '<', '<='] as const)('keeps the operator %s', (op) => {
    expect(readBack({ ...base, op }).op).toBe(op);
  });

  it('keeps fractional and negative thresholds as numbers', () => {
    expect(readBack({ ...base, threshold: 0.5 }).threshold).toBe(0.5);
    expect(readBack({ ...base, threshold: -3 }).threshold).toBe(-3);
  });

  it('leaves optional fields out when unset, and the reader applies its defaults', () => {
    const text = logRuleYaml({ ...base, for: '', groupBy: [], labels: {}, annotations: {} });
    expect(text).not.toMatch(/\b(for|group_by|labels|annotations):/);
    const rule = readBack({ ...base, for: '', groupBy: [], labels: {}, annotations: {} });
    expect(rule).toMatchObject({ forMs: 0, groupBy: [], labels: {}, annotations: {} });
  });

  it('keeps label and annotation values with quotes, colons and backslashes', () => {
    const summary = 'Checkout: "{{ $value }}" errors \\ see runbook: https://example.invalid/a#b';
    const rule = readBack({ ...base, labels: { severity: 'page: now' }, annotations: { summary } });
    expect(rule.labels).toEqual({ severity: 'page: now' });
    expect(rule.annotations).toEqual({ summary });
  });

  it('writes group_by as a flow list and a long query on one line, as the docs do', () => {
    const query = `service.name:checkout and (${Array.from({ length: 20 }, (_, i) => `host.name:web-${i}`).join(' or ')})`;
    const text = logRuleYaml({ ...base, query });
    expect(text).toContain('group_by: [ service.name, host.name ]');
    expect(text.split('\n').filter((line) => line.includes('query:'))).toHaveLength(1);
    expect(text.split('\n').find((line) => line.includes('query:'))).toContain('web-19');
    expect(readBack({ ...base, query }).query).toBe(query);
  });
});
