import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate, prometheusRegularEscape, prometheusSpecialRegexEscape } from './interpolate';
import type { Variable, VariableOption } from './model';
import type { VariableState } from './variable-state';

function state(variable: Partial<Variable> & { name: string }, value: string[], options: string[] = value): VariableState {
  const opts: VariableOption[] = options.map((v) => ({ text: v, value: v }));
  return { variable: { type: 'custom', ...variable }, options: opts, current: { text: value, value } };
}

const single = state({ name: 'env' }, ["o'k.prod"]);
const multi = state({ name: 'job', multi: true }, ['api', 'web.1']);
const one = state({ name: 'one', multi: true }, ['a.b']);
const all = state({ name: 'pod', includeAll: true }, ['$__all'], ['$__all', 'p1', 'p(2)']);
const customAll = state({ name: 'ns', includeAll: true, allValue: '.*' }, ['$__all'], ['$__all', 'x']);
const vars = [single, multi, one, all, customAll];

describe('interpolate', () => {
  it('escapes a single plain value for =, as Prometheus formatting does', () => {
    expect(interpolate('x{env="$env"}', vars)).toBe(`x{env="${"o\\\\'k.prod"}"}`);
  });

  it('escapes multi and All values for =~ and joins them in parentheses', () => {
    expect(interpolate('$job', vars)).toBe('(api|web\\\\.1)');
    expect(interpolate('$one', vars)).toBe('a\\\\.b');
    expect(interpolate('$pod', vars)).toBe('(p1|p\\\\(2\\\\))');
    expect(interpolate('$ns', vars)).toBe('.*');
  });

  it('reads every syntax', () => {
    expect(interpolate('${job}x [[job]] $job', vars)).toBe('(api|web\\\\.1)x (api|web\\\\.1) (api|web\\\\.1)');
  });

  it('applies explicit formats', () => {
    expect(interpolate('${job:pipe}', vars)).toBe('api|web.1');
    expect(interpolate('${job:csv}', vars)).toBe('api,web.1');
    expect(interpolate('${job:raw}', vars)).toBe('api,web.1');
    expect(interpolate('${job:regex}', vars)).toBe('(api|web\\.1)');
    expect(interpolate('${one:regex}', vars)).toBe('a\\.b');
    expect(interpolate('${job:glob}', vars)).toBe('{api,web.1}');
    expect(interpolate('${job:json}', vars)).toBe('["api","web.1"]');
    expect(interpolate('${job:queryparam}', vars)).toBe('var-job=api&var-job=web.1');
    expect(interpolate('[[job:pipe]]', vars)).toBe('api|web.1');
    expect(interpolate('${pod:csv}', vars)).toBe('p1,p(2)');
    expect(interpolate('${env:json} ${one:json}', vars)).toBe(`o'k.prod ["a.b"]`);
    expect(interpolate('${env:queryparam} ${job:percentencode}', vars)).toBe('var-env=o%27k.prod %7Bapi%2Cweb.1%7D');
    expect(interpolate('${env:singlequote} ${job:doublequote}', vars)).toBe(`'o\\'k.prod' "api","web.1"`);
    expect(interpolate('${job:text}', vars)).toBe('api + web.1');
  });

  it('leaves unknown variables as written and fills builtins verbatim', () => {
    expect(interpolate('$nope ${nope} [[nope]] $__interval', vars)).toBe('$nope ${nope} [[nope]] $__interval');
    expect(interpolate('[$__interval] $__interval_ms', vars, { __interval: '1m', __interval_ms: '60000' })).toBe('[1m] 60000');
  });

  it('is the identity on text with no $ or [[', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('$') && !s.includes('[[')), (text) => {
      expect(interpolate(text, vars, { x: 'y' })).toBe(text);
    }));
  });
});

describe('Prometheus escaping', () => {
  it('matches Grafana', () => {
    expect(prometheusRegularEscape("a\\b'c")).toBe("a\\\\b\\\\'c");
    expect(prometheusSpecialRegexEscape('a.b|c\\d')).toBe('a\\\\.b\\\\|c\\\\\\\\d');
    expect(prometheusSpecialRegexEscape("it's")).toBe("it's");
  });
});
