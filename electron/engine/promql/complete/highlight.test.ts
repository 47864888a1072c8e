import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

/** The highlighted text as `kind:text` pairs, gaps left out, for readable expectations. */
const kinds = (text: string) => highlight(text).filter((t) => t.kind !== 'text').map((t) => `${t.kind}:${text.slice(t.from, t.to)}`);

describe('highlight', () => {
  it('names metrics, functions, labels, strings and durations', () => {
    expect(kinds('rate(http_requests_total{job="api"}[5m])')).toEqual([
      'function:rate', 'paren:(', 'metric:http_requests_total', 'brace:{', 'label:job', 'operator:=', 'string:"api"', 'brace:}',
      'paren:[', 'duration:5m', 'paren:]', 'paren:)',
    ]);
  });

  it('treats a function name without a call as a metric, and a metric with a colon as a metric', () => {
    expect(kinds('rate + job:errors:rate5m')).toEqual(['metric:rate', 'operator:+', 'metric:job:errors:rate5m']);
  });

  it('marks aggregations, grouping keywords and the labels they list', () => {
    expect(kinds('sum by (job, instance) (up) > bool 1')).toEqual([
      'aggregation:sum', 'keyword:by', 'paren:(', 'label:job', 'label:instance', 'paren:)', 'paren:(', 'metric:up', 'paren:)',
      'operator:>', 'keyword:bool', 'number:1',
    ]);
  });

  it('keeps keywords inside braces as label names', () => {
    expect(kinds('x{on="1", by!~"a"}')).toContain('label:on');
    expect(kinds('x{on="1", by!~"a"}')).toContain('label:by');
  });

  it('colours comments and whitespace without losing them', () => {
    const tokens = highlight('up # all targets\n');
    expect(tokens.map((t) => t.kind)).toEqual(['metric', 'text', 'comment', 'text']);
  });

  it('marks a rejected character as an error and carries on after it', () => {
    expect(kinds('up $ down')).toEqual(['metric:up', 'error:$', 'metric:down']);
  });

  it('resumes inside braces after an error there', () => {
    expect(kinds('x{a="b" ; c="d"}')).toEqual(['metric:x', 'brace:{', 'label:a', 'operator:=', 'string:"b"', 'error:;', 'label:c', 'operator:=', 'string:"d"', 'brace:}']);
  });

  it('shows a string still being typed as a string to the end of its line', () => {
    expect(kinds('x{a="unfinished')).toEqual(['metric:x', 'brace:{', 'label:a', 'operator:=', 'string:"unfinished']);
  });

  it('covers the text exactly, in order', () => {
    const text = 'sum(rate(x[5m] offset 1h)) / on(job) group_left y';
    const tokens = highlight(text);
    expect(tokens.map((t) => text.slice(t.from, t.to)).join('')).toBe(text);
    tokens.forEach((t, i) => expect(t.from).toBe(i === 0 ? 0 : tokens[i - 1]!.to));
  });
});
