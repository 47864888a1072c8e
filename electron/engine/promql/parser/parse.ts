/**
 * The PromQL parser: recursive descent with precedence climbing over Prometheus's grammar
 * (generated_parser.y). Operators bind, loosest first: `or` < `and`/`unless` < comparisons < `+ -` <
 * `* / % atan2` < `^` (right-associative) — and unary minus sits between `*` and `^`, so `-2^2` is -4.
 * Modifiers (`[…]`, `offset`, `@`) bind tightest, to the selector or expression right before them.
 * Syntax errors stop at the first one, worded and placed as Prometheus reports it; type errors follow
 * from check.ts once the whole expression has been read.
 */
import type { AggregateExpr, AggregateOp, AtModifier, BinaryOp, Expr, NumberLiteral, PositionRange, VectorMatching } from './ast';
import { checkExpr, MAX_NESTING, NESTING_ERROR } from './check';
import { parseDuration } from './duration';
import { FUNCTIONS } from './functions';
import type { Token, TokenType } from './lex';
import { formatGoFixed6, parseNumber, roundHalfAwayFromZero, secondsToMillis } from './number';
import { goQuote, unquote } from './quote';
import { METRIC_NAME_TOKENS, SelectorParser } from './selectors';
import { span } from './token-stream';

export type ParseOptions = {
  /**
   * Accept Prometheus's experimental functions (`--enable-feature=promql-experimental-functions`), as its
   * own test suite does. Default true; false refuses them as a default Prometheus does.
   */
  enableExperimentalFunctions?: boolean;
};

const PRECEDENCE: Partial<Record<TokenType, number>> = {
  LOR: 1, LAND: 2, LUNLESS: 2,
  EQLC: 3, NEQ: 3, LSS: 3, LTE: 3, GTR: 3, GTE: 3,
  ADD: 4, SUB: 4, MUL: 5, DIV: 5, MOD: 5, ATAN2: 5, POW: 6,
};
const BINARY_OPS: Partial<Record<TokenType, BinaryOp>> = {
  LOR: 'or', LAND: 'and', LUNLESS: 'unless', EQLC: '==', NEQ: '!=', LSS: '<', LTE: '<=', GTR: '>', GTE: '>=',
  ADD: '+', SUB: '-', MUL: '*', DIV: '/', MOD: '%', ATAN2: 'atan2', POW: '^',
};
/** Unary minus applies to the `^` expression after it. */
const UNARY_OPERAND_PRECEDENCE = 6;
const PARAMETER_AGGREGATIONS = new Set(['topk', 'bottomk', 'quantile', 'count_values']);
const EXPERIMENTAL_AGGREGATIONS = new Set(['limitk', 'limit_ratio']);
/** Tokens with which a duration expression (experimental: `[5m+1m]`, `offset (1m)`, `[step()]`) goes on. */
const DURATION_ARITHMETIC = new Set<TokenType>(['ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'POW']);
/** time.Duration's range in seconds: 2^63 ns. */
const MAX_DURATION_SECONDS = 9223372036.854775808;
const DURATION_EXPECTED = 'number, duration, step(), or range()';

type Literal = { seconds: number; ms: number; pos: PositionRange };

class ExprParser extends SelectorParser {
  private depth = 0;

  constructor(
    input: string,
    private readonly experimentalFunctions: boolean,
  ) {
    super(input);
  }

  parse(): Expr {
    if (this.peek().type === 'EOF') this.error('no expression found in input', { start: 0, end: 0 });
    const expr = this.expr(0);
    if (this.peek().type !== 'EOF') this.unexpected();
    return expr;
  }

  private expr(minPrecedence: number): Expr {
    if (++this.depth > MAX_NESTING) this.error(NESTING_ERROR, span(this.peek()));
    const e = this.operators(minPrecedence);
    this.depth--;
    return e;
  }

  /** Operators binding at least as tightly as minPrecedence, by precedence climbing. */
  private operators(minPrecedence: number): Expr {
    let lhs = this.unary();
    for (;;) {
      const opToken = this.peek();
      const precedence = PRECEDENCE[opToken.type];
      if (precedence === undefined || precedence < minPrecedence) return lhs;
      this.take();
      const modifiers = this.binaryModifiers();
      const rhs = this.expr(opToken.type === 'POW' ? precedence : precedence + 1);
      lhs = { type: 'BinaryExpr', op: BINARY_OPS[opToken.type]!, lhs, rhs, ...modifiers, pos: { start: lhs.pos.start, end: rhs.pos.end } };
    }
  }

  /** `-x`, `+x`; a sign on a number literal folds into it, as Prometheus does (`-1` is the literal -1). */
  private unary(): Expr {
    const sign = this.peek();
    if (sign.type !== 'ADD' && sign.type !== 'SUB') return this.modifiers(this.primary());
    this.take();
    const operand = this.expr(UNARY_OPERAND_PRECEDENCE);
    const pos = { start: sign.start, end: operand.pos.end };
    const op = sign.type === 'SUB' ? '-' : '+';
    if (operand.type === 'NumberLiteral') return { ...operand, val: op === '-' ? -operand.val : operand.val, pos };
    return { type: 'UnaryExpr', op, expr: operand, pos };
  }

  private primary(): Expr {
    const t = this.peek();
    switch (t.type) {
      case 'NUMBER':
      case 'DURATION':
        return this.numberLiteral(this.take());
      case 'STRING':
        this.take();
        return { type: 'StringLiteral', val: unquote(t.text), pos: span(t) };
      case 'LEFT_PAREN': {
        this.take();
        const inner = this.expr(0);
        const close = this.expect('RIGHT_PAREN');
        return { type: 'ParenExpr', expr: inner, pos: { start: t.start, end: close.end } };
      }
      case 'LEFT_BRACE':
        return this.vectorSelector(undefined);
      case 'AGGREGATOR': {
        this.take();
        const next = this.peek().type;
        // `sum` followed by anything else is a metric named sum.
        return next === 'LEFT_PAREN' || next === 'BY' || next === 'WITHOUT' ? this.aggregation(t) : this.vectorSelector(t);
      }
      case 'IDENTIFIER':
      case 'START':
      case 'END':
      case 'STEP':
      case 'RANGE':
        this.take();
        return this.peek().type === 'LEFT_PAREN' ? this.call(t) : this.vectorSelector(t);
    }
    if (METRIC_NAME_TOKENS.has(t.type)) return this.vectorSelector(this.take());
    return this.unexpected();
  }

  private numberLiteral(t: Token): NumberLiteral {
    return { type: 'NumberLiteral', val: this.literal(t).seconds, pos: span(t) };
  }

  /** A NUMBER (seconds, where a duration goes) or DURATION token's value. */
  private literal(t: Token): Literal {
    try {
      if (t.type === 'NUMBER') {
        const seconds = parseNumber(t.text);
        return { seconds, ms: secondsToMillis(seconds), pos: span(t) };
      }
      const ms = parseDuration(t.text);
      // As Go's Duration.Seconds: whole seconds plus the rest, so the float is the same one.
      return { seconds: Math.trunc(ms / 1000) + ((ms % 1000) * 1e6) / 1e9, ms, pos: span(t) };
    } catch (e) {
      return this.error((e as Error).message, span(t));
    }
  }

  /** `( args )` of a function call or aggregation. */
  private callArgs(): Expr[] {
    this.expect('LEFT_PAREN');
    const args: Expr[] = [];
    if (this.peek().type === 'RIGHT_PAREN') {
      this.take();
      return args;
    }
    for (;;) {
      args.push(this.expr(0));
      const t = this.peek();
      if (t.type === 'RIGHT_PAREN') break;
      if (t.type !== 'COMMA') this.unexpected();
      this.take();
      const next = this.peek().type;
      if (next === 'RIGHT_PAREN' || next === 'COMMA') this.error('trailing commas not allowed in function call args', span(t));
    }
    this.take();
    return args;
  }

  private call(name: Token): Expr {
    const args = this.callArgs();
    const fn = FUNCTIONS.get(name.text);
    if (!fn) this.error(`unknown function with name ${goQuote(name.text)}`, span(name));
    if (fn.experimental && !this.experimentalFunctions) this.error(`function ${goQuote(name.text)} is not enabled`, span(name));
    return { type: 'Call', func: name.text, args, pos: { start: name.start, end: this.lastEnd } };
  }

  /** `op [by|without (…)] (args) [by|without (…)]`; the modifier goes before or after the arguments. */
  private aggregation(opToken: Token): AggregateExpr {
    const op = opToken.text.toLowerCase();
    this.aggregationDepth++;
    const before = this.aggregationModifier();
    if (this.peek().type !== 'LEFT_PAREN') this.unexpected();
    const args = this.callArgs();
    const modifier = before ?? this.aggregationModifier();
    this.aggregationDepth--;
    const pos = { start: opToken.start, end: this.lastEnd };
    if (args.length === 0) this.error('no arguments for aggregate expression provided', pos);
    if (EXPERIMENTAL_AGGREGATIONS.has(op)) {
      const why = this.experimentalFunctions ? 'is experimental and not supported here' : 'is experimental and must be enabled with --enable-feature=promql-experimental-functions';
      this.error(`${op}() ${why}`, pos);
    }
    const hasParam = PARAMETER_AGGREGATIONS.has(op);
    const wanted = hasParam ? 2 : 1;
    if (args.length !== wanted) this.error(`wrong number of arguments for aggregate expression provided, expected ${wanted}, got ${args.length}`, pos);
    const grouping = modifier?.grouping ?? [];
    const without = modifier?.without ?? false;
    const expr = args[wanted - 1]!;
    const aggregateOp = op as AggregateOp;
    return hasParam
      ? { type: 'AggregateExpr', op: aggregateOp, expr, param: args[0]!, grouping, without, pos }
      : { type: 'AggregateExpr', op: aggregateOp, expr, grouping, without, pos };
  }

  private aggregationModifier(): { grouping: string[]; without: boolean } | undefined {
    const t = this.peek();
    if (t.type !== 'BY' && t.type !== 'WITHOUT') return undefined;
    this.take();
    return { grouping: this.groupingLabels(), without: t.type === 'WITHOUT' };
  }

  /** `bool`, `on (…)`/`ignoring (…)`, `group_left`/`group_right` [`(…)`], in that order. */
  private binaryModifiers(): { returnBool: boolean; matching: VectorMatching } {
    const returnBool = this.peek().type === 'BOOL';
    if (returnBool) this.take();
    const matching: VectorMatching = { card: 'one-to-one', matchingLabels: [], on: false, include: [] };
    const t = this.peek();
    if (t.type === 'ON' || t.type === 'IGNORING') {
      this.take();
      matching.on = t.type === 'ON';
      matching.matchingLabels = this.groupingLabels();
      const group = this.peek();
      if (group.type === 'GROUP_LEFT' || group.type === 'GROUP_RIGHT') {
        this.take();
        matching.card = group.type === 'GROUP_LEFT' ? 'many-to-one' : 'one-to-many';
        if (this.peek().type === 'LEFT_PAREN') matching.include = this.groupingLabels();
      }
    }
    const fill = this.peek();
    // fill/fill_left/fill_right are keywords only before "(" (else metric names), as in Prometheus's lexer.
    if (fill.type === 'IDENTIFIER' && /^fill(_left|_right)?$/i.test(fill.text) && /^\s*\(/.test(this.input.slice(fill.end))) {
      this.error('binop fill modifiers are experimental and not enabled', span(fill));
    }
    return { returnBool, matching };
  }

  /** `[range]`, `[range:step]`, `offset d` and `@ t` after an expression, in any number and order. */
  private modifiers(e: Expr): Expr {
    for (;;) {
      const t = this.peek();
      if (t.type === 'LEFT_BRACKET') e = this.rangeOrSubquery(e);
      else if (t.type === 'OFFSET') e = this.offset(e);
      else if (t.type === 'AT') e = this.at(e);
      else if (t.type === 'IDENTIFIER' && /^(anchored|smoothed)$/i.test(t.text)) {
        this.error(`${t.text.toLowerCase()} modifier is experimental and not enabled`, e.pos);
      } else return e;
    }
  }

  private rangeOrSubquery(e: Expr): Expr {
    const open = this.take();
    const range = this.positiveDuration('subquery or range selector', DURATION_EXPECTED);
    if (this.peek().type === 'RIGHT_BRACKET') {
      const close = this.take();
      const brackets = { start: open.start, end: close.end };
      if (e.type !== 'VectorSelector') this.error('ranges only allowed for vector selectors', brackets);
      if (e.offset !== 0) this.error('no offset modifiers allowed before range', brackets);
      if (e.at) this.error('no @ modifiers allowed before range', brackets);
      return { type: 'MatrixSelector', vectorSelector: e, range, pos: { start: e.pos.start, end: close.end } };
    }
    if (this.peek().type !== 'COLON') this.fail('subquery or range', '":" or "]"');
    this.take();
    let step = 0;
    if (this.peek().type !== 'RIGHT_BRACKET') {
      step = this.positiveDuration('subquery selector', `number, duration, step(), range(), or "]"`);
      if (this.peek().type !== 'RIGHT_BRACKET') this.fail('subquery selector', '"]"');
    }
    const close = this.take();
    return { type: 'SubqueryExpr', expr: e, range, step, offset: 0, pos: { start: e.pos.start, end: close.end } };
  }

  /** A range or step: a positive number (seconds) or duration, in milliseconds. */
  private positiveDuration(context: string, expected: string): number {
    const literal = this.durationLiteral(context, expected);
    if (DURATION_ARITHMETIC.has(this.peek().type)) this.experimentalDuration(literal.pos);
    if (!(literal.seconds > 0)) this.error('duration must be greater than 0', literal.pos);
    return literal.ms;
  }

  /** A signed number or duration where a duration goes; duration expressions are refused as experimental. */
  private durationLiteral(context: string, expected: string): Literal {
    const sign = this.peek().type === 'ADD' || this.peek().type === 'SUB' ? this.take() : undefined;
    const t = this.peek();
    if (t.type !== 'NUMBER' && t.type !== 'DURATION') {
      const durationFunction = t.type === 'STEP' || t.type === 'RANGE' || (t.type === 'AGGREGATOR' && /^(min|max)$/i.test(t.text));
      if (t.type === 'LEFT_PAREN' || durationFunction) this.experimentalDuration(span(t));
      this.fail(context, expected);
    }
    const value = this.literal(this.take());
    if (!(Math.abs(value.seconds) <= MAX_DURATION_SECONDS)) this.error('duration out of range', sign ? span(sign) : value.pos);
    if (sign?.type !== 'SUB') return sign ? { ...value, pos: { start: sign.start, end: t.end } } : value;
    return { seconds: -value.seconds, ms: -value.ms || 0, pos: { start: sign.start, end: t.end } };
  }

  private experimentalDuration(where: PositionRange): never {
    return this.error('experimental duration expression is not enabled', where);
  }

  private offset(e: Expr): Expr {
    this.take();
    const { ms } = this.durationLiteral('offset', DURATION_EXPECTED);
    const target = e.type === 'MatrixSelector' ? e.vectorSelector : e;
    if (target.type !== 'VectorSelector' && target.type !== 'SubqueryExpr') {
      this.error('offset modifier must be preceded by an instant vector selector or range vector selector or a subquery', e.pos);
    }
    if (target.offset !== 0) this.error('offset may not be set multiple times', e.pos);
    target.offset = ms;
    e.pos = { start: e.pos.start, end: this.lastEnd };
    return e;
  }

  private at(e: Expr): Expr {
    this.take();
    const at = this.atTime(e.pos);
    const target = e.type === 'MatrixSelector' ? e.vectorSelector : e;
    if (target.type !== 'VectorSelector' && target.type !== 'SubqueryExpr') {
      this.error('@ modifier must be preceded by an instant vector selector or range vector selector or a subquery', e.pos);
    }
    if (target.at) this.error('@ <timestamp> may not be set multiple times', e.pos);
    target.at = at;
    e.pos = { start: e.pos.start, end: this.lastEnd };
    return e;
  }

  /** `start()`, `end()` or a signed number of seconds (a duration counts as its seconds), as milliseconds. */
  private atTime(modified: PositionRange): AtModifier {
    const t = this.peek();
    if (t.type === 'START' || t.type === 'END') {
      this.take();
      if (this.peek().type !== 'LEFT_PAREN') this.fail('@', 'timestamp');
      this.take();
      if (this.peek().type !== 'RIGHT_PAREN') this.fail('@', 'timestamp');
      this.take();
      return { startOrEnd: t.type === 'START' ? 'start' : 'end' };
    }
    const sign = t.type === 'ADD' || t.type === 'SUB' ? this.take() : undefined;
    const n = this.peek();
    if (n.type !== 'NUMBER' && n.type !== 'DURATION') this.fail('@', 'timestamp');
    const seconds = this.literal(this.take()).seconds * (sign?.type === 'SUB' ? -1 : 1);
    if (!Number.isFinite(seconds) || Math.abs(seconds) >= 2 ** 63) {
      this.error(`timestamp out of bounds for @ modifier: ${formatGoFixed6(seconds)}`, modified);
    }
    return { timestamp: roundHalfAwayFromZero(seconds * 1000) || 0 };
  }
}

/** Parses and type-checks a PromQL expression; throws ParseError (with the offending position) if it is not valid. */
export function parseExpr(input: string, options: ParseOptions = {}): Expr {
  const expr = new ExprParser(input, options.enableExperimentalFunctions ?? true).parse();
  checkExpr(expr, input);
  return expr;
}
