import { describe, expect, it } from 'vitest';
import { goFormatFloat, goSprintf } from './go-format';
import { humanize, humanize1024, humanizeDuration, humanizePercentage, humanizeTimestamp } from './humanize';
import { checkTemplate, expandTemplate } from './template';

// Expected strings are Go's: Prometheus's template_test.go cases and fmt's documented rounding.
const expand = (text: string, value: number | string = 0, labels: Record<string, string> = {}, externalLabels?: Record<string, string>) => {
  const r = expandTemplate(text, { labels, value, externalLabels });
  if (!r.ok) throw new Error(r.error);
  return r.text;
};

describe('humanize family', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [12, '12'],
    [1234, '1.234k'],
    [12345, '12.35k'],
    [1234567, '1.235M'],
    [123456789, '123.5M'],
    [1e24, '1Y'],
    [0.12, '120m'],
    [0.0001234, '123.4u'],
    [-1234, '-1.234k'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('humanize(%s) = %s', (v, want) => expect(humanize(v)).toBe(want));

  it.each([
    [0, '0'],
    [1, '1'],
    [1048576, '1Mi'],
    [0.12, '0.12'],
    [1536, '1.5ki'],
    [1073741824 * 3, '3Gi'],
  ])('humanize1024(%s) = %s', (v, want) => expect(humanize1024(v)).toBe(want));

  it.each([
    [0, '0s'],
    [1, '1s'],
    [60, '1m 0s'],
    [90, '1m 30s'],
    [3600, '1h 0m 0s'],
    [86400, '1d 0h 0m 0s'],
    [86400 + 3600, '1d 1h 0m 0s'],
    [-(86400 * 2 + 3600 * 3 + 60 * 4 + 5), '-2d 3h 4m 5s'],
    [899.99, '14m 59s'],
    [0.1, '100ms'],
    [0.0001, '100us'],
    [0.12345, '123.5ms'],
    [60.1, '1m 0s'],
    [60.5, '1m 0s'],
    [-1, '-1s'],
    [1234567, '14d 6h 56m 7s'],
    [1.2345, '1.234s'], // 1.2345 is 1.23449999… in binary
    [12.345, '12.35s'], // 12.345 is 12.34500000000000064… in binary
  ])('humanizeDuration(%s) = %s', (v, want) => expect(humanizeDuration(v)).toBe(want));

  it.each([
    [0, '0%'],
    [0.1, '10%'],
    [0.1234, '12.34%'],
    [1, '100%'],
    [2.5, '250%'],
  ])('humanizePercentage(%s) = %s', (v, want) => expect(humanizePercentage(v)).toBe(want));

  it('humanizeTimestamp prints time.Time in UTC with milliseconds', () => {
    expect(humanizeTimestamp(1435065584.128)).toBe('2015-06-23 13:19:44.128 +0000 UTC');
    expect(humanizeTimestamp(0)).toBe('1970-01-01 00:00:00 +0000 UTC');
    expect(humanizeTimestamp(1.5)).toBe('1970-01-01 00:00:01.5 +0000 UTC');
    expect(humanizeTimestamp(NaN)).toBe('NaN');
    expect(humanizeTimestamp(-1)).toBe('1969-12-31 23:59:59 +0000 UTC');
    expect(humanizeTimestamp(1234567)).toBe('1970-01-15 06:56:07 +0000 UTC');
    expect(humanizeTimestamp(9223372036)).toBe('2262-04-11 23:47:16 +0000 UTC');
    expect(() => humanizeTimestamp(-9223372036854775808)).toThrow('-9.223372036854776e+18 cannot be represented as a nanoseconds timestamp since it overflows int64');
  });

  it('accepts strings as Prometheus convertToFloat does', () => {
    expect(['0.0', '1.0', '1234567.0', '.12'].map(humanize)).toEqual(['0', '1', '1.235M', '120m']);
    expect(['0.0', '1.0', '1048576.0', '.12'].map(humanize1024)).toEqual(['0', '1', '1Mi', '0.12']);
    expect(['+Inf', '-Inf', 'NaN'].flatMap((v) => [humanize(v), humanize1024(v), humanizeDuration(v), humanizeTimestamp(v)]).join(':')).toBe(
      '+Inf:+Inf:+Inf:+Inf:-Inf:-Inf:-Inf:-Inf:NaN:NaN:NaN:NaN',
    );
    expect(() => humanize('abc')).toThrow(/ParseFloat/);
  });
});

describe('Go number formatting', () => {
  it.each([
    ['%.2f', 3.14159, '3.14'],
    ['%.2f', 2.675, '2.67'], // 2.67499999… in binary
    ['%.0f', 0.5, '0'], // exact tie rounds to even
    ['%.0f', 1.5, '2'],
    ['%.0f', 2.5, '2'],
    ['%.4g', 12345, '1.234e+04'], // exact tie rounds to even
    ['%.3e', 1234.5, '1.234e+03'],
    ['%5.1f', 3.14159, '  3.1'],
    ['%-6.1f|', 3.14159, '3.1   |'],
    ['%d', 42, '42'],
    ['%s', 'x', 'x'],
    ['%v', 1234567, '1.234567e+06'],
    ['%f', 1, '1.000000'],
    ['%5.2f%%', 12.345, '12.35%'],
  ])('Sprintf(%s, %s) = %s', (format, v, want) => expect(goSprintf(format, [v])).toBe(want));

  it('reports a missing argument as Go does', () => {
    expect(goSprintf('%d %d', [1])).toBe('1 %!d(MISSING)');
    expect(goFormatFloat(100000, 'g', 4)).toBe('1e+05');
    expect(goFormatFloat(1000, 'g', 4)).toBe('1000');
  });
});

describe('expandTemplate', () => {
  const labels = { instance: 'host-1:9100', job: 'node' };

  it.each([
    ['{{ $labels.instance }} is down', 'host-1:9100 is down'],
    ['{{ .Labels.job }}', 'node'],
    ['[{{ $labels.missing }}]', '[]'],
    ['{{ $value }}', '1.234567e+06'],
    ['{{ .Value | humanize }}', '1.235M'],
    ['{{ $value | printf "%.2f" }}', '1234567.00'],
    ['{{ printf "%.1f" $value }}', '1234567.0'],
    ['{{ humanize $value }}B', '1.235MB'],
    ['{{ "aa bb CC" | title }}', 'Aa Bb CC'],
    ['{{ "aa bb CC" | toUpper }}', 'AA BB CC'],
    ['{{ "hello-world foo_bar élan" | title }}', 'Hello-World Foo_bar Élan'],
    ['{{ "aa bb CC" | toLower }}', 'aa bb cc'],
    ['{{ reReplaceAll "(a)b" "x$1" "ab" }}', 'xa'],
    ['{{ reReplaceAll ":.*" "" $labels.instance }}', 'host-1'],
    ['{{ $labels.instance | reReplaceAll "(.*):(.*)" "$2@$1" }}', '9100@host-1'],
    ['{{ if gt $value 1000.0 }}high{{ else }}low{{ end }}', 'high'],
    ['{{ if eq $labels.job "api" }}api{{ else if eq $labels.job "node" }}node{{ else }}other{{ end }}', 'node'],
    ['{{ if $labels.missing }}yes{{ end }}', ''],
    ['a  {{- "b" -}}  c', 'abc'],
    ['{{/* a comment */}}x', 'x'],
    ['{{ $x := "v" }}{{ $x }}', 'v'],
    ['{{ match "^host" $labels.instance }}', 'true'],
    ['{{ stripPort $labels.instance }}', 'host-1'],
    ['{{ "foo.example.com:42" | stripDomain }}', 'foo:42'],
  ])('%s', (text, want) => expect(expand(text, 1234567, labels)).toBe(want));

  it.each([
    ['plain text', 'plain text'],
    ['{{ 1 }}', '1'],
    ['{{ "<b>" }}', '<b>'],
    ['{{ "foo.example.com" | stripPort }}', 'foo.example.com'],
    ['{{ "foo.example.com:12345" | stripPort }}', 'foo.example.com'],
    ['{{ "192.0.2.1" | stripPort }}', '192.0.2.1'],
    ['{{ "192.0.2.1:12345" | stripPort }}', '192.0.2.1'],
    ['{{ "2001:0DB8::1" | stripPort }}', '2001:0DB8::1'],
    ['{{ "[2001:0DB8::1]:12345" | stripPort }}', '2001:0DB8::1'],
    ['{{ "[2001:0DB8::1]::12345" | stripPort }}', '[2001:0DB8::1]::12345'],
    ['{{ "foo.example.com" | stripDomain }}', 'foo'],
    ['{{ "foo.example.com:12345" | stripDomain }}', 'foo:12345'],
    ['{{ "192.0.2.1" | stripDomain }}', '192.0.2.1'],
    ['{{ "192.0.2.1:12345" | stripDomain }}', '192.0.2.1:12345'],
    ['{{ "2001:0DB8::1" | stripDomain }}', '2001:0DB8::1'],
    ['{{ "[2001:0DB8::1]:12345" | stripDomain }}', '[2001:0DB8::1]:12345'],
    ['{{ "[2001:0DB8::1]::12345" | stripDomain }}', '[2001:0DB8::1]::12345'],
    ['{{ "aA bB CC" | toLower }}', 'aa bb cc'],
    ['{{ match "a+" "aa" }} {{ match "a+" "b" }}', 'true false'],
    ['{{ -0.22222 | humanizePercentage }}:{{ 0.0 | humanizePercentage }}:{{ 0.1234567 | humanizePercentage }}:{{ 1.23456 | humanizePercentage }}', '-22.22%:0%:12.35%:123.5%'],
    ['{{ "-0.22222" | humanizePercentage }}:{{ "0.0" | humanizePercentage }}:{{ "0.1234567" | humanizePercentage }}:{{ "1.23456" | humanizePercentage }}', '-22.22%:0%:12.35%:123.5%'],
    ['{{ 1435065584.128 | humanizeTimestamp }}', '2015-06-23 13:19:44.128 +0000 UTC'],
    ['{{ "1435065584.128" | humanizeTimestamp }}', '2015-06-23 13:19:44.128 +0000 UTC'],
    ['{{ printf "%0.2f" (parseDuration "1h2m10ms") }}', '3720.01'],
  ])('Prometheus template_test: %s', (text, want) => expect(expand(text)).toBe(want));

  it('reads $externalLabels', () => {
    expect(expand('{{ $externalLabels.cluster }}', 0, {}, { cluster: 'eu-1' })).toBe('eu-1');
    expect(expand('{{ .ExternalLabels.cluster }}', 0, {}, { cluster: 'eu-1' })).toBe('eu-1');
  });

  it('prints Go float formatting for $value', () => {
    expect(expand('{{ $value }}', 0.5)).toBe('0.5');
    expect(expand('{{ $value }}', 100)).toBe('100');
    expect(expand('{{ $value }}', 1e-5)).toBe('1e-05');
    expect(expand('{{ $value }}', Infinity)).toBe('+Inf');
  });

  it.each([
    ['{{ $labels.x', 'unclosed action'],
    ['{{ nosuchfunc }}', 'function "nosuchfunc" not defined'],
    ['{{ if true }}x', 'unexpected EOF'],
    ['{{ $foo }}', 'undefined variable "$foo"'],
    ['{{ end }}', 'unexpected {{end}}'],
  ])('parse error in %s', (text, reason) => {
    expect(checkTemplate(text, '__alert_X')).toContain(reason);
    const r = expandTemplate(text, { labels: {}, value: 0 }, '__alert_X');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^template: __alert_X:1: /);
  });

  // Prometheus's template_test.go error cases, with its 112-byte {{$labels := .Labels}}… prefix added to the column.
  it.each([
    ['{{ humanize "one" }}', 3, 'humanize "one"', 'humanize'],
    ['{{ humanize1024 "one" }}', 3, 'humanize1024 "one"', 'humanize1024'],
    ['{{ humanizeDuration "one" }}', 3, 'humanizeDuration "one"', 'humanizeDuration'],
    ['{{ "one" | humanizePercentage }}', 11, 'humanizePercentage', 'humanizePercentage'],
  ])('execution error %s comes back with its position', (text, col, at, fn) => {
    expect(expandTemplate(text, { labels: {}, value: 0 }, 'test')).toEqual({
      ok: false,
      error: `template: test:1:${112 + col}: executing "test" at <${at}>: error calling ${fn}: strconv.ParseFloat: parsing "one": invalid syntax`,
    });
  });

  it('execution errors come back instead of throwing', () => {
    const r = expandTemplate('{{ humanize "x" }}', { labels: {}, value: 0 }, '__alert_A');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('error calling humanize: strconv.ParseFloat: parsing "x": invalid syntax') });
    const f = expandTemplate('{{ .Nope }}', { labels: {}, value: 0 });
    expect(f.ok).toBe(false);
  });
});
