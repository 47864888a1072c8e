/**
 * Decides, before running anything, which evals the conformance runner skips and why: native histograms
 * (expected, loaded, or reached through a native-histogram function), experimental functions and syntax
 * (Prometheus 3.x feature flags), and lines this runner cannot read. The decision reads the query text with a
 * small tokenizer of its own, not the project's parser, so a skip never depends on how far the parser or the
 * engine has come.
 */
import type { Labels } from '../../tsdb';
import { FUNCTIONS } from '../parser/functions';
import { unquote } from './notation';
import type { EvalCommand } from './script';

/** Functions that read native histograms only: on float series they return nothing. */
const NATIVE_HISTOGRAM_FUNCTIONS = new Set(['histogram_count', 'histogram_sum', 'histogram_avg', 'histogram_stddev', 'histogram_stdvar']);

/** Experimental aggregations (promql-experimental-functions). */
const EXPERIMENTAL_AGGREGATIONS = new Set(['limitk', 'limit_ratio']);

/** Experimental binary-operator modifiers (promql-binop-fill-modifiers). */
const FILL_MODIFIERS = new Set(['fill', 'fill_left', 'fill_right']);

/** Experimental range-selector modifiers (promql-extended-range-selectors). */
const RANGE_MODIFIERS = new Set(['anchored', 'smoothed']);

const GROUPING_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'atan2', 'bool', 'offset', 'inf', 'nan', ...GROUPING_KEYWORDS]);

type Token = { kind: 'ident' | 'number' | 'string' | 'punct'; text: string };

const TOKEN_RE =
  /\s+|(?<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|(?<number>(?:0[xX][0-9a-fA-F]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?:[a-z]+(?:\d+[a-z]+)*)?)|(?<ident>[a-zA-Z_][a-zA-Z0-9_:]*)|(?<punct>!=|=~|!~|==|<=|>=|[-+*/%^=<>(){}[\],:@])/y;

/** Tokens of a PromQL expression; undefined where it cannot be tokenized (the engine will say why). */
function tokenize(expr: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < expr.length) {
    const at = TOKEN_RE.lastIndex;
    const m = TOKEN_RE.exec(expr);
    if (!m || TOKEN_RE.lastIndex === at) return undefined;
    const g = m.groups!;
    if (g.string !== undefined) tokens.push({ kind: 'string', text: g.string });
    else if (g.number !== undefined) tokens.push({ kind: 'number', text: g.number });
    else if (g.ident !== undefined) tokens.push({ kind: 'ident', text: g.ident });
    else if (g.punct !== undefined) tokens.push({ kind: 'punct', text: g.punct });
  }
  return tokens;
}

/** A vector selector as written: its matchers (the metric name as a `__name__` equality). */
export type SelectorSketch = { type: string; name: string; value: string }[];

export type QuerySketch = {
  selectors: SelectorSketch[];
  /** Called functions and aggregations, by name. */
  calls: string[];
  /** Experimental syntax found, described. */
  experimentalSyntax: string[];
};

/** Reads the selectors, calls and experimental syntax of a query; undefined if it cannot be tokenized. */
export function sketchQuery(expr: string): QuerySketch | undefined {
  const tokens = tokenize(expr);
  if (!tokens) return undefined;
  const sketch: QuerySketch = { selectors: [], calls: [], experimentalSyntax: [] };
  const at = (i: number) => tokens[i];
  const isPunct = (i: number, text: string) => at(i)?.kind === 'punct' && at(i)?.text === text;
  /** The index of the bracket closing the one at i. */
  const closing = (i: number): number => {
    const open = at(i)!.text;
    const close = open === '(' ? ')' : open === '[' ? ']' : '}';
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      if (isPunct(j, open)) depth++;
      else if (isPunct(j, close) && --depth === 0) return j;
    }
    return tokens.length;
  };
  /** Matchers between `{` at i and its `}`. */
  const matchers = (i: number, end: number): SelectorSketch => {
    const out: SelectorSketch = [];
    let j = i + 1;
    while (j < end) {
      const key = at(j)!;
      if (key.kind === 'punct' && key.text === ',') {
        j++;
        continue;
      }
      const op = at(j + 1);
      const value = at(j + 2);
      let name: string;
      try {
        name = key.kind === 'string' ? unquote(key.text) : key.text;
        if (op?.kind === 'punct' && ['=', '!=', '=~', '!~'].includes(op.text) && value?.kind === 'string') {
          out.push({ type: op.text, name, value: unquote(value.text) });
          j += 3;
        } else {
          if (key.kind === 'string') out.push({ type: '=', name: '__name__', value: name });
          j += 1;
        }
      } catch {
        j += 1;
      }
    }
    return out;
  };
  const durationOnly = (from: number, to: number): boolean => {
    // `[5m]`, `[10]`, `[5m:]`, `[5m:1m]`: numbers and one colon.
    const inner = tokens.slice(from, to);
    if (inner.length === 0 || inner[0]!.kind !== 'number') return false;
    if (inner.length === 1) return true;
    if (inner[1]!.text !== ':') return false;
    return inner.length === 2 || (inner.length === 3 && inner[2]!.kind === 'number');
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '[') {
      const end = closing(i);
      if (!durationOnly(i + 1, end)) sketch.experimentalSyntax.push('duration expression in a range');
      i = end;
      continue;
    }
    if (t.kind === 'punct' && t.text === '{') {
      const end = closing(i);
      const prev = at(i - 1);
      const named = prev?.kind === 'ident' && !KEYWORDS.has(prev.text.toLowerCase());
      if (!named) sketch.selectors.push(matchers(i, end));
      i = end;
      continue;
    }
    if (t.kind !== 'ident') continue;
    const lower = t.text.toLowerCase();
    const prev = at(i - 1);
    if (lower === 'offset') {
      // `offset 5m` and `offset -5m` are standard; anything else is a duration expression.
      const next = at(i + 1);
      const signed = next?.kind === 'punct' && (next.text === '-' || next.text === '+');
      if (at(signed ? i + 2 : i + 1)?.kind !== 'number') sketch.experimentalSyntax.push('duration expression in offset');
      continue;
    }
    if (GROUPING_KEYWORDS.has(lower) && isPunct(i + 1, '(')) {
      i = closing(i + 1);
      continue;
    }
    if (FILL_MODIFIERS.has(lower) && isPunct(i + 1, '(')) {
      sketch.experimentalSyntax.push(`binary operator modifier ${lower}()`);
      i = closing(i + 1);
      continue;
    }
    if (RANGE_MODIFIERS.has(lower) && prev?.kind === 'punct' && prev.text === ']') {
      sketch.experimentalSyntax.push(`range selector modifier ${lower}`);
      continue;
    }
    if (KEYWORDS.has(lower)) continue;
    const afterAt = prev?.kind === 'punct' && prev.text === '@';
    const call = isPunct(i + 1, '(') || (at(i + 1)?.kind === 'ident' && ['by', 'without'].includes(at(i + 1)!.text.toLowerCase()));
    if (call) {
      // `@ start()` and `@ end()` are the standard @ modifier, not the experimental functions.
      if (!afterAt) sketch.calls.push(t.text);
      continue;
    }
    const selector: SelectorSketch = [{ type: '=', name: '__name__', value: t.text }];
    if (isPunct(i + 1, '{')) {
      const end = closing(i + 1);
      selector.push(...matchers(i + 1, end));
      i = end;
    }
    sketch.selectors.push(selector);
  }
  return sketch;
}

/** Whether a selector (as sketched) may select this series; an unreadable regex counts as a match. */
function mayMatch(selector: SelectorSketch, labels: Labels): boolean {
  return selector.every(({ type, name, value }) => {
    const actual = labels[name] ?? '';
    if (type === '=') return actual === value;
    if (type === '!=') return actual !== value;
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${value})$`, 's');
    } catch {
      return true;
    }
    return type === '=~' ? re.test(actual) : !re.test(actual);
  });
}

/** Why an eval is skipped, or undefined if it runs. `histogramSeries` are the native-histogram series loaded so far. */
export function skipReason(ev: EvalCommand, histogramSeries: readonly Labels[]): string | undefined {
  if (ev.unsupported) return `unsupported: ${ev.unsupported}`;
  if (ev.expected.some((e) => e.values.some((v) => v.kind === 'histogram'))) return 'native histogram: expected result holds one';
  const sketch = sketchQuery(ev.expr);
  if (!sketch) return undefined;
  for (const name of sketch.calls) {
    const lower = name.toLowerCase();
    if (FUNCTIONS.get(name)?.experimental) return `experimental function: ${name}`;
    if (EXPERIMENTAL_AGGREGATIONS.has(lower)) return `experimental aggregation: ${lower}`;
    if (NATIVE_HISTOGRAM_FUNCTIONS.has(name)) return `native histogram: function ${name}`;
  }
  if (sketch.experimentalSyntax.length > 0) return `experimental syntax: ${sketch.experimentalSyntax[0]}`;
  if (histogramSeries.length > 0 && sketch.selectors.some((sel) => histogramSeries.some((labels) => mayMatch(sel, labels)))) {
    return 'native histogram: selects native-histogram series';
  }
  return undefined;
}
