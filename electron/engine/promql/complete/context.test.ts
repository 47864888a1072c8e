import { describe, expect, it } from 'vitest';
import { completionContext } from './context';

/** The context at the `|` marker of `marked` (the marker is removed from the text). */
function at(marked: string) {
  const cursor = marked.indexOf('|');
  const text = marked.slice(0, cursor) + marked.slice(cursor + 1);
  return { text, context: completionContext(text, cursor) };
}

describe('completionContext', () => {
  it('completes a metric or function name at the top level, replacing the whole word', () => {
    const { text, context } = at('sum(ra|te(x[5m]))');
    expect(context).toMatchObject({ kind: 'expression', prefix: 'ra' });
    expect(text.slice(context!.from, context!.to)).toBe('rate');
  });

  it('says whether a complete operand comes before (so keywords fit)', () => {
    expect(at('sum(x) |').context).toMatchObject({ kind: 'expression', afterOperand: true });
    expect(at('up o|').context).toMatchObject({ kind: 'expression', afterOperand: true, prefix: 'o' });
    expect(at('up + |').context).toMatchObject({ kind: 'expression', afterOperand: false });
    expect(at('|').context).toMatchObject({ kind: 'expression', afterOperand: false });
    expect(at('sum b|').context).toMatchObject({ kind: 'expression', afterOperand: true, prefix: 'b' });
  });

  it('completes from nothing after an operator or an open parenthesis', () => {
    expect(at('up + |').context).toMatchObject({ kind: 'expression', prefix: '', from: 5, to: 5 });
    expect(at('sum(|').context).toMatchObject({ kind: 'expression', prefix: '' });
  });

  it('completes label names inside braces, knowing the metric', () => {
    expect(at('http_requests_total{|').context).toMatchObject({ kind: 'labelName', metric: 'http_requests_total', prefix: '' });
    expect(at('http_requests_total{job="a", sta|}').context).toMatchObject({ kind: 'labelName', metric: 'http_requests_total', prefix: 'sta' });
    expect(at('{__name__="up", |}').context).toMatchObject({ kind: 'labelName', metric: 'up' });
    expect(at('rate({|').context).toMatchObject({ kind: 'labelName', metric: undefined });
    expect(at('up {|').context).toMatchObject({ kind: 'labelName', metric: 'up' });
  });

  it('completes label names in by, without, on and ignoring lists', () => {
    expect(at('sum by (|').context).toMatchObject({ kind: 'labelName', prefix: '' });
    expect(at('sum without (job, ins|) (up)').context).toMatchObject({ kind: 'labelName', prefix: 'ins' });
    expect(at('a / on(|) b').context).toMatchObject({ kind: 'labelName' });
    expect(at('a / ignoring(o|) b').context).toMatchObject({ kind: 'labelName', prefix: 'o' });
  });

  it('completes a label value inside quotes after any matcher operator', () => {
    for (const op of ['=', '!=', '=~', '!~']) {
      expect(at(`up{job${op}"ap|`).context).toMatchObject({ kind: 'labelValue', metric: 'up', label: 'job', prefix: 'ap', quote: '"', closed: false });
    }
    const { text, context } = at('up{job="ap|i", x="1"}');
    expect(context).toMatchObject({ kind: 'labelValue', prefix: 'ap', closed: true });
    expect(text.slice(context!.from, context!.to)).toBe('api');
  });

  it('completes a label value not yet quoted', () => {
    const { context } = at('up{job=|');
    expect(context).toMatchObject({ kind: 'labelValue', label: 'job', prefix: '' });
    expect(context?.kind === 'labelValue' && context.quote).toBeUndefined();
  });

  it('completes a duration inside brackets', () => {
    expect(at('rate(x[|').context).toMatchObject({ kind: 'duration', prefix: '' });
    const { text, context } = at('rate(x[5|m])');
    expect(context).toMatchObject({ kind: 'duration', prefix: '5' });
    expect(text.slice(context!.from, context!.to)).toBe('5m');
  });

  it('offers nothing in a comment, after a closed string, or in a number', () => {
    expect(at('up # comm|').context).toBeUndefined();
    expect(at('up{job="a"|').context).toBeUndefined();
    expect(at('up > 12|').context).toBeUndefined();
  });
});
