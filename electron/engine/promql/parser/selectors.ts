/**
 * Series selectors and label lists: `name{a="b", c=~"re"}`, `{"utf8.name"}`, `by (a, "b.c")`, and the
 * series descriptions of test scripts (`name{a="b"} 1 2 3`). Regex matchers are checked when read.
 */
import type { LabelMatcher, MatchType, VectorSelector } from './ast';
import type { Token, TokenType } from './lex';
import { goQuote, isWellFormedText, unquote } from './quote';
import { compileAnchoredRegex, RegexError } from '../../tsdb/re2';
import { span, TokenStream } from './token-stream';

const MATCH_OPS: Partial<Record<TokenType, MatchType>> = { EQL: '=', NEQ: '!=', EQL_REGEX: '=~', NEQ_REGEX: '!~' };

/** Tokens that may name a metric: identifiers and the keywords Prometheus also allows as metric names. */
export const METRIC_NAME_TOKENS = new Set<TokenType>([
  'IDENTIFIER', 'METRIC_IDENTIFIER', 'AGGREGATOR', 'BY', 'WITHOUT', 'LAND', 'LOR', 'LUNLESS', 'OFFSET', 'START', 'END', 'STEP', 'RANGE',
]);

/** Tokens that may name a label in `by (…)`, `on (…)` and `group_left (…)` (Prometheus's maybe_label). */
const GROUPING_LABEL_TOKENS = new Set<TokenType>([
  'IDENTIFIER', 'METRIC_IDENTIFIER', 'AGGREGATOR', 'BOOL', 'BY', 'GROUP_LEFT', 'GROUP_RIGHT', 'IGNORING',
  'LAND', 'LOR', 'LUNLESS', 'OFFSET', 'ON', 'START', 'END', 'STEP', 'RANGE', 'ATAN2',
]);

export class SelectorParser extends TokenStream {
  /** Where the text read so far ends. */
  get consumed(): number {
    return this.lastEnd;
  }

  /** The whole input as one series selector; its matchers (Prometheus's ParseMetricSelector). */
  metricSelector(): LabelMatcher[] {
    const t = this.peek();
    let selector: VectorSelector;
    if (METRIC_NAME_TOKENS.has(t.type)) selector = this.vectorSelector(this.take());
    else if (t.type === 'LEFT_BRACE') selector = this.vectorSelector(undefined);
    else this.unexpected();
    this.expect('EOF');
    return selector.matchers;
  }

  /** A test script's series: `name{a="b"}` (braces right after the name) or `{…}`, as labels. */
  metric(): Record<string, string> {
    const labels = new Map<string, string>();
    const t = this.peek();
    if (METRIC_NAME_TOKENS.has(t.type)) {
      this.take();
      if (this.input[t.end] === '{') this.labelSet(labels);
      labels.set('__name__', t.text);
    } else if (t.type === 'LEFT_BRACE') {
      this.labelSet(labels);
    } else {
      this.unexpected();
    }
    return Object.fromEntries(labels);
  }

  /** Requires the input to end here. */
  end(): void {
    this.expect('EOF');
  }

  /** A vector selector: a metric name, `{…}` matchers, or both (the name becomes a last `__name__` matcher). */
  protected vectorSelector(name: Token | undefined): VectorSelector {
    let matchers: LabelMatcher[] = [];
    const start = name?.start ?? this.peek().start;
    if (this.peek().type === 'LEFT_BRACE') {
      this.take();
      matchers = this.labelMatchers();
    }
    if (name) matchers.push({ type: '=', name: '__name__', value: name.text });
    const pos = { start, end: this.lastEnd };
    return name ? { type: 'VectorSelector', name: name.text, matchers, offset: 0, pos } : { type: 'VectorSelector', matchers, offset: 0, pos };
  }

  private labelMatchers(): LabelMatcher[] {
    const matchers: LabelMatcher[] = [];
    if (this.peek().type === 'RIGHT_BRACE') {
      this.take();
      return matchers;
    }
    for (;;) {
      matchers.push(this.labelMatcher());
      const t = this.peek();
      if (t.type === 'RIGHT_BRACE') break;
      if (t.type !== 'COMMA') this.fail('label matching', '"," or "}"');
      this.take();
      if (this.peek().type === 'RIGHT_BRACE') break;
    }
    this.take();
    return matchers;
  }

  /** `name op "value"`, or a lone quoted string naming the metric (`{"my.metric"}`). */
  private labelMatcher(): LabelMatcher {
    const name = this.peek();
    if (name.type !== 'IDENTIFIER' && name.type !== 'STRING') this.fail('label matching', 'identifier or "}"');
    this.take();
    const labelName = name.type === 'STRING' ? unquote(name.text) : name.text;
    const type = MATCH_OPS[this.peek().type];
    if (!type) {
      if (name.type === 'STRING') return { type: '=', name: '__name__', value: labelName };
      this.fail('label matching', 'label matching operator');
    }
    this.take();
    const value = this.peek();
    if (value.type !== 'STRING') this.fail('label matching', 'string');
    this.take();
    const matcher: LabelMatcher = { type, name: labelName, value: unquote(value.text) };
    if (type === '=~' || type === '!~') {
      try {
        compileAnchoredRegex(matcher.value);
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        this.error(e.message, { start: name.start, end: value.end });
      }
    }
    return matcher;
  }

  /** `(a, b)` after by, without, on, ignoring, group_left or group_right; keywords and quoted names are labels too. */
  protected groupingLabels(): string[] {
    if (this.peek().type !== 'LEFT_PAREN') this.fail('grouping opts', '"("');
    this.take();
    const labels: string[] = [];
    if (this.peek().type === 'RIGHT_PAREN') {
      this.take();
      return labels;
    }
    for (;;) {
      const t = this.peek();
      if (!GROUPING_LABEL_TOKENS.has(t.type) && t.type !== 'STRING') this.fail('grouping opts', 'label');
      this.take();
      const label = t.type === 'STRING' ? unquote(t.text) : t.text;
      if (label === '' || !isWellFormedText(label)) this.error(`invalid label name for grouping: ${goQuote(label)}`, span(t));
      labels.push(label);
      const next = this.peek();
      if (next.type === 'RIGHT_PAREN') break;
      if (next.type !== 'COMMA') this.fail('grouping opts', '"," or ")"');
      this.take();
      if (this.peek().type === 'RIGHT_PAREN') break;
    }
    this.take();
    return labels;
  }

  /** `{a="b", "c.d"="e", "name"}` of a series description. */
  private labelSet(labels: Map<string, string>): void {
    this.take();
    if (this.peek().type === 'RIGHT_BRACE') {
      this.take();
      return;
    }
    for (;;) {
      const t = this.peek();
      if (t.type !== 'IDENTIFIER' && t.type !== 'STRING') this.fail('label set', 'identifier or "}"');
      this.take();
      const name = t.type === 'STRING' ? unquote(t.text) : t.text;
      if (this.peek().type === 'EQL') {
        this.take();
        if (this.peek().type !== 'STRING') this.fail('label set', 'string');
        labels.set(name, unquote(this.take().text));
      } else if (t.type === 'STRING') {
        labels.set('__name__', name);
      } else {
        this.fail('label set', '"="');
      }
      const next = this.peek();
      if (next.type === 'RIGHT_BRACE') break;
      if (next.type !== 'COMMA') this.fail('label set', '"," or "}"');
      this.take();
      if (this.peek().type === 'RIGHT_BRACE') break;
    }
    this.take();
  }
}

/** The matchers of a series selector (`foo{a="b"}`, `{__name__=~"x.*"}`), as the API's `match[]` reads them. */
export function parseMetricSelector(input: string): LabelMatcher[] {
  return new SelectorParser(input).metricSelector();
}

/** A test script's series (`name{a="b"}` or `{__name__="x"}`) as its labels; nothing may follow it. */
export function parseSeriesDescription(input: string): Record<string, string> {
  const parser = new SelectorParser(input);
  const labels = parser.metric();
  parser.end();
  return labels;
}

/** A `load` line split into its series' labels and the value text after it (`1 2 3`, `0+10x5`), unparsed. */
export function splitSeriesDescription(line: string): { labels: Record<string, string>; values: string } {
  const parser = new SelectorParser(line);
  const labels = parser.metric();
  return { labels, values: line.slice(parser.consumed).trim() };
}
