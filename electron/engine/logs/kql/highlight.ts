/**
 * What a query matched in one event, for Discover's `<mark>`s: per string value of a keyword or text
 * field, the UTF-16 ranges of the whole value (keyword) or of each matched term or phrase (text). Like
 * Elasticsearch's highlighter, every positive leaf contributes where it matched and nothing under `not`
 * does; inside `path:{…}` only the objects that satisfied the whole braces are marked.
 */
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { HighlightRanges } from '../types';
import { analyze, tokenize } from './analyze';
import type { KqlNode, KqlValue } from './ast';
import { isLoneWildcard, valueText } from './ast';
import { compile, nestedScopes } from './compile';
import type { Doc } from './event-fields';
import { fieldType } from './fields';
import type { LeafOptions, ValueTest } from './leaf';
import { isTest, phraseStarts, rangeTest } from './leaf';
import type { MatchedValue, Scope } from './scope';
import { fieldResolver, matchedValues, rootScope } from './scope';

type Range = [start: number, end: number];

/**
 * The ranges the query matched in `event`, keyed by the value's path (`message`, `event.type[0]`,
 * `items[1].name`). Fields matched by value but not as strings (numbers, dates, ips) get no ranges.
 */
export function highlight(ast: KqlNode, event: EcsEvent, options: LeafOptions = {}): HighlightRanges {
  const out: HighlightRanges = {};
  collect(ast, rootScope(event as unknown as Doc), options, out);
  for (const key of Object.keys(out)) out[key] = normalise(out[key]!);
  return out;
}

function collect(node: KqlNode, scope: Scope, options: LeafOptions, out: HighlightRanges): void {
  switch (node.type) {
    case 'and':
    case 'or':
      for (const c of node.children) collect(c, scope, options, out);
      return;
    case 'not':
      return;
    case 'nested': {
      const matches = compile(node.child, options);
      for (const sub of nestedScopes(scope, valueText(node.path))) if (matches(sub)) collect(node.child, sub, options, out);
      return;
    }
    case 'is':
      if (isLoneWildcard(node.value)) return;
      return mark(scope, node.field, isTest(node.value, options), phraseOf(node.value), out);
    case 'range':
      return mark(scope, node.field, rangeTest(node.op, node.value, options), undefined, out);
  }
}

/** The analysed terms of a quoted value, which must be marked as one consecutive span. */
function phraseOf(value: KqlValue): string[] | undefined {
  return value.type === 'literal' && value.quoted ? analyze(value.value) : undefined;
}

function mark(scope: Scope, field: KqlValue | null, test: ValueTest, phrase: string[] | undefined, out: HighlightRanges): void {
  for (const m of matchedValues(scope, fieldResolver(field)(scope), test)) {
    const ranges = rangesIn(m, test, phrase);
    if (ranges.length > 0) (out[m.key] ??= []).push(...ranges);
  }
}

function rangesIn(m: MatchedValue, test: ValueTest, phrase: string[] | undefined): Range[] {
  if (typeof m.value !== 'string') return [];
  const type = fieldType(m.field, m.value);
  if (type === 'keyword') return m.value === '' ? [] : [[0, m.value.length]];
  if (type !== 'text') return [];
  const tokens = tokenize(m.value);
  if (phrase) {
    const terms = tokens.map((t) => t.term);
    return phraseStarts(terms, phrase).map((i): Range => [tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
  }
  // A term matches on its own exactly when the value does for that term (terms analyse to themselves).
  return tokens.filter((t) => test('text', t.term)).map((t): Range => [t.start, t.end]);
}

function normalise(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return sorted.filter((r, i) => i === 0 || r[0] !== sorted[i - 1]![0] || r[1] !== sorted[i - 1]![1]);
}
