/**
 * Type checking after parsing (Prometheus's checkAST): argument types and counts, binary operators between
 * the right kinds of value, selectors that select something. It walks the tree in Prometheus's order, so
 * the first error found is the first one Prometheus reports. It also settles each BinaryExpr's matching:
 * set operators match many-to-many, and an operation with a scalar side has no matching.
 */
import type { BinaryExpr, Call, Expr, PositionRange, ValueType, VectorSelector } from './ast';
import { ParseError } from './errors';
import { FUNCTIONS } from './functions';
import { goQuote } from './quote';
import { compileAnchoredRegex } from '../../tsdb/re2';

/**
 * How deep a tree may nest. Prometheus sets no limit, but recursion here (and in the evaluator) would
 * overflow the stack a few thousand levels down, so deeper queries get a parse error instead.
 */
export const MAX_NESTING = 1000;
export const NESTING_ERROR = 'expression nests too deeply';

const COMPARISONS = new Set(['==', '!=', '>', '<', '>=', '<=']);
const SET_OPERATORS = new Set(['and', 'or', 'unless']);

/** What an expression evaluates to (Prometheus's Expr.Type()). */
export function exprType(e: Expr): ValueType {
  switch (e.type) {
    case 'AggregateExpr':
    case 'VectorSelector':
      return 'vector';
    case 'MatrixSelector':
    case 'SubqueryExpr':
      return 'matrix';
    case 'NumberLiteral':
      return 'scalar';
    case 'StringLiteral':
      return 'string';
    case 'Call':
      return FUNCTIONS.get(e.func)?.returnType ?? 'vector';
    case 'ParenExpr':
    case 'UnaryExpr':
      return exprType(e.expr);
    case 'BinaryExpr':
      return exprType(e.lhs) === 'scalar' && exprType(e.rhs) === 'scalar' ? 'scalar' : 'vector';
  }
}

/** The type's name in messages: "instant vector", "range vector", "scalar", "string". */
export function documentedType(t: ValueType): string {
  return t === 'vector' ? 'instant vector' : t === 'matrix' ? 'range vector' : t;
}

function matchesEmpty(m: VectorSelector['matchers'][number]): boolean {
  switch (m.type) {
    case '=':
      return m.value === '';
    case '!=':
      return m.value !== '';
    case '=~':
      return compileAnchoredRegex(m.value).test('');
    case '!~':
      return !compileAnchoredRegex(m.value).test('');
  }
}

class Checker {
  private depth = 0;

  constructor(private readonly input: string) {}

  private fail(message: string, where: PositionRange): never {
    throw new ParseError(message, where, this.input);
  }

  private expectType(e: Expr, want: ValueType, context: string): void {
    const got = this.check(e);
    if (got !== want) this.fail(`expected type ${documentedType(want)} in ${context}, got ${documentedType(got)}`, e.pos);
  }

  check(e: Expr): ValueType {
    // A long chain such as `a + b + … + z` parses without recursion but nests as deeply as it is long.
    if (++this.depth > MAX_NESTING) this.fail(NESTING_ERROR, e.pos);
    this.node(e);
    this.depth--;
    return exprType(e);
  }

  private node(e: Expr): void {
    switch (e.type) {
      case 'AggregateExpr':
        this.expectType(e.expr, 'vector', 'aggregation expression');
        if (e.op === 'topk' || e.op === 'bottomk' || e.op === 'quantile') this.expectType(e.param!, 'scalar', 'aggregation parameter');
        if (e.op === 'count_values') this.expectType(e.param!, 'string', 'aggregation parameter');
        break;
      case 'BinaryExpr':
        this.binary(e);
        break;
      case 'Call':
        this.call(e);
        break;
      case 'ParenExpr':
        this.check(e.expr);
        break;
      case 'UnaryExpr': {
        const t = this.check(e.expr);
        if (t !== 'scalar' && t !== 'vector') {
          this.fail(`unary expression only allowed on expressions of type scalar or instant vector, got ${goQuote(documentedType(t))}`, e.pos);
        }
        break;
      }
      case 'SubqueryExpr': {
        const t = this.check(e.expr);
        if (t !== 'vector') this.fail(`subquery is only allowed on instant vector, got ${t} instead`, e.pos);
        break;
      }
      case 'MatrixSelector':
        this.check(e.vectorSelector);
        break;
      case 'VectorSelector':
        this.vectorSelector(e);
        break;
      case 'NumberLiteral':
      case 'StringLiteral':
        break;
    }
  }

  /** The operator's text between the operands, for errors about the operator itself. */
  private operatorRange(e: BinaryExpr): PositionRange {
    let start = e.lhs.pos.end;
    let end = e.rhs.pos.start;
    while (start < end && /\s/.test(this.input[start]!)) start++;
    while (end > start && /\s/.test(this.input[end - 1]!)) end--;
    return { start, end };
  }

  private binary(e: BinaryExpr): void {
    const lt = this.check(e.lhs);
    const rt = this.check(e.rhs);
    const comparison = COMPARISONS.has(e.op);
    const setOperator = SET_OPERATORS.has(e.op);
    if (e.returnBool && !comparison) this.fail('bool modifier can only be used on comparison operators', this.operatorRange(e));
    if (comparison && !e.returnBool && lt === 'scalar' && rt === 'scalar') {
      this.fail('comparisons between scalars must use BOOL modifier', this.operatorRange(e));
    }
    const matching = e.matching;
    if (matching && setOperator && matching.card === 'one-to-one') matching.card = 'many-to-many';
    if (matching?.on) {
      const twice = matching.matchingLabels.find((l) => matching.include.includes(l));
      if (twice !== undefined) this.fail(`label ${goQuote(twice)} must not occur in ON and GROUP clause at once`, this.operatorRange(e));
    }
    if (lt !== 'scalar' && lt !== 'vector') this.fail('binary expression must contain only scalar and instant vector types', e.lhs.pos);
    if (rt !== 'scalar' && rt !== 'vector') this.fail('binary expression must contain only scalar and instant vector types', e.rhs.pos);
    if (lt !== 'vector' || rt !== 'vector') {
      if (matching && matching.matchingLabels.length > 0) this.fail('vector matching only allowed between instant vectors', e.pos);
      delete e.matching;
    } else if (setOperator && matching) {
      if (matching.card === 'one-to-many' || matching.card === 'many-to-one') this.fail(`no grouping allowed for ${goQuote(e.op)} operation`, e.pos);
    }
    if ((lt === 'scalar' || rt === 'scalar') && setOperator) this.fail(`set operator ${goQuote(e.op)} not allowed in binary scalar expression`, e.pos);
  }

  private call(e: Call): void {
    const fn = FUNCTIONS.get(e.func);
    if (!fn) return this.fail(`unknown function with name ${goQuote(e.func)}`, e.pos);
    const declared = fn.argTypes.length;
    if (fn.variadic === 0) {
      if (declared !== e.args.length) this.fail(`expected ${declared} argument(s) in call to ${goQuote(fn.name)}, got ${e.args.length}`, e.pos);
    } else {
      const least = declared - 1;
      if (least > e.args.length) this.fail(`expected at least ${least} argument(s) in call to ${goQuote(fn.name)}, got ${e.args.length}`, e.pos);
      const most = least + fn.variadic;
      if (fn.variadic > 0 && most < e.args.length) this.fail(`expected at most ${most} argument(s) in call to ${goQuote(fn.name)}, got ${e.args.length}`, e.pos);
    }
    const labelsOnly = fn.name === 'info' ? e.args[1] : undefined;
    if (labelsOnly) {
      if (exprType(labelsOnly) !== 'vector') this.fail(`expected type instant vector in call to function "info", got ${documentedType(exprType(labelsOnly))}`, e.pos);
      if (labelsOnly.type !== 'VectorSelector') this.fail('expected label selectors only', labelsOnly.pos);
      if (labelsOnly.name !== undefined) this.fail('expected label selectors only, got vector selector instead', labelsOnly.pos);
    }
    e.args.forEach((arg, i) => {
      // Arguments past the declared ones repeat the last declared type (variadic functions only).
      const want = fn.argTypes[Math.min(i, declared - 1)];
      const got = arg === labelsOnly ? 'vector' : this.check(arg);
      if (want !== undefined && (i < declared || fn.variadic !== 0) && got !== want) {
        this.fail(`expected type ${documentedType(want)} in call to function ${goQuote(fn.name)}, got ${documentedType(got)}`, arg.pos);
      }
    });
  }

  private vectorSelector(e: VectorSelector): void {
    if (e.name !== undefined) {
      // The name written before the braces is the last matcher; another __name__ matcher sets it twice.
      const other = e.matchers.slice(0, -1).find((m) => m.name === '__name__');
      if (other) this.fail(`metric name must not be set twice: ${goQuote(e.name)} or ${goQuote(other.value)}`, e.pos);
      return;
    }
    // Selecting every series by accident (`{}`, `{a=""}`) is refused.
    if (!e.matchers.some((m) => !matchesEmpty(m))) this.fail('vector selector must contain at least one non-empty matcher', e.pos);
  }
}

/** Type-checks a parsed expression, throwing the first error Prometheus would report. */
export function checkExpr(e: Expr, input: string): void {
  new Checker(input).check(e);
}
