import { describe, expect, it } from 'vitest';
import type { LogRuleForm } from './log-rule-form';
import { checkLogRuleForm, initialLogRuleForm, ruleQuery } from './log-rule-form';

const form = (changes: Partial<LogRuleForm> = {}): LogRuleForm => ({ ...initialLogRuleForm('log.level:error'), ...changes });
const errors = (changes: Partial<LogRuleForm>) => {
  const checked = checkLogRuleForm(form(changes));
  return checked.ok ? {} : checked.errors;
};

describe('checkLogRuleForm', () => {
  it('accepts the starting values and trims what was typed', () => {
    const checked = checkLogRuleForm(form({ alert: ' CheckoutErrors ', window: ' 10m', threshold: ' 2.5 ', groupBy: ' service.name , host.name,', severity: ' page ' }));
    expect(checked).toEqual({
      ok: true,
      draft: {
        group: 'discover-CheckoutErrors',
        alert: 'CheckoutErrors',
        query: 'log.level:error',
        window: '10m',
        threshold: 2.5,
        op: '>',
        for: '1m',
        groupBy: ['service.name', 'host.name'],
        labels: { severity: 'page' },
        annotations: { summary: '{{ $value }} matching log events in 5m' },
      },
    });
  });

  it.each(['', '1stAlert', 'High-Errors', 'Errors in checkout'])('refuses the alert name %j', (alert) => {
    expect(errors({ alert }).alert).toBeDefined();
  });

  it('accepts alert names with underscores and colons', () => {
    expect(errors({ alert: '_job:Errors_high' }).alert).toBeUndefined();
  });

  it.each([
    ['', 'Enter a duration'],
    ['5', 'not a valid duration string'],
    ['5 minutes', 'unknown unit'],
    ['1m1h', 'not a valid duration string'],
    ['0s', 'longer than 0'],
  ])('refuses the window %j', (window, message) => {
    expect(errors({ window }).window).toContain(message);
  });

  it('accepts an empty or zero `for` and refuses a bad one', () => {
    expect(errors({ for: '' }).for).toBeUndefined();
    expect(errors({ for: '0' }).for).toBeUndefined();
    expect(errors({ for: '1 m' }).for).toContain('use a duration such as');
  });

  it.each(['', 'ten', '5m', 'NaN', 'Infinity'])('refuses the threshold %j', (threshold) => {
    expect(errors({ threshold }).threshold).toBe('The threshold must be a number, such as 20 or 0.5');
  });

  it('refuses group_by fields whose labels the reader would refuse', () => {
    expect(errors({ groupBy: 'user-agent' }).groupBy).toContain('not a valid label name');
    expect(errors({ groupBy: 'alertname' }).groupBy).toContain('which the rule sets itself');
    expect(errors({ groupBy: 'a.b, a_b' }).groupBy).toBe('"a.b" and "a_b" would both become the label "a_b"');
  });

  it('reports a query KQL cannot parse, with its column', () => {
    expect(errors({ query: 'response:' }).query).toMatch(/^The query does not parse: Expected .* \(column 10\)$/);
  });

  it('leaves out an empty severity and summary', () => {
    const checked = checkLogRuleForm(form({ severity: ' ', summary: '' }));
    expect(checked.ok && checked.draft.labels).toEqual({});
    expect(checked.ok && checked.draft.annotations).toEqual({});
  });
});

describe('ruleQuery', () => {
  it('turns Discover’s empty query into a match-all `*` and keeps any other', () => {
    expect(ruleQuery('  ')).toBe('*');
    expect(ruleQuery('log.level:error')).toBe('log.level:error');
  });
});
