import type { Expr, LValue } from './ast';
import type { Token } from './lexer';
import { AwkSyntaxError } from './lexer';

/** Nesting deeper than this is refused rather than risking the stack on a hostile program. */
const MAX_DEPTH = 200;

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const COMPARISONS = new Set(['<', '<=', '==', '!=', '>', '>=']);

export function isLValue(expr: Expr): expr is LValue {
  return expr.kind === 'Var' || expr.kind === 'Field' || expr.kind === 'Index';
}

/**
 * The token cursor and the expression grammar of awk, by precedence from assignment down to primaries;
 * errors are mawk's `syntax error at or near` messages. Statements and items build on it (parser.ts).
 */
export class ExpressionParser {
  protected at = 0;
  protected depth = 0;
  /** Inside an unparenthesised print list, `>` is output redirection rather than a comparison. */
  protected inPrint = false;

  constructor(private readonly tokens: Token[]) {}

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)]!;
  }

  protected is(text: string): boolean {
    const token = this.peek();
    return token.kind !== 'string' && token.kind !== 'regex' && token.text === text;
  }

  protected take(): Token {
    const token = this.peek();
    if (this.at < this.tokens.length - 1) this.at++;
    return token;
  }

  fail(token = this.peek()): never {
    const near = token.kind === 'eof' ? 'end of file' : token.kind === 'newline' ? 'end of line' : token.text;
    throw new AwkSyntaxError(`awk: line ${token.line}: syntax error at or near ${near}`);
  }

  protected expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.take();
  }

  protected skipNewlines(): void {
    while (this.peek().kind === 'newline') this.take();
  }

  protected skipTerminators(): void {
    while (this.peek().kind === 'newline' || this.is(';')) this.take();
  }

  protected nest<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail();
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }


  protected subscripts(): Expr[] {
    this.expect('[');
    const list = [this.expr()];
    while (this.is(',')) {
      this.take();
      list.push(this.expr());
    }
    this.expect(']');
    return list;
  }

  expr(): Expr {
    return this.nest(() => {
      const left = this.ternary();
      if (this.peek().kind === 'punct' && ASSIGN_OPS.has(this.peek().text)) {
        if (!isLValue(left)) this.fail();
        const op = this.take().text;
        this.skipNewlines();
        return { kind: 'Assign', op, target: left, value: this.expr() };
      }
      return left;
    });
  }

  protected ternary(): Expr {
    const test = this.or();
    if (!this.is('?')) return test;
    this.take();
    this.skipNewlines();
    const then = this.expr();
    this.skipNewlines();
    this.expect(':');
    this.skipNewlines();
    return { kind: 'Cond', test, then, otherwise: this.expr() };
  }

  protected binaryLevel(ops: readonly string[], next: () => Expr, allowNewline: boolean): Expr {
    let left = next();
    while (ops.some((op) => this.is(op))) {
      const op = this.take().text;
      if (allowNewline) this.skipNewlines();
      left = { kind: 'Binary', op, left, right: next() };
    }
    return left;
  }

  protected or(): Expr {
    return this.binaryLevel(['||'], () => this.and(), true);
  }

  protected and(): Expr {
    return this.binaryLevel(['&&'], () => this.inExpr(), true);
  }

  protected inExpr(): Expr {
    let left = this.match();
    while (this.is('in')) {
      this.take();
      const array = this.take();
      if (array.kind !== 'name') this.fail(array);
      left = { kind: 'In', subscripts: left.kind === 'Group' ? left.items : [left], array: array.text };
    }
    return left;
  }

  protected match(): Expr {
    return this.binaryLevel(['~', '!~'], () => this.comparison(), false);
  }

  protected comparison(): Expr {
    const left = this.concat();
    const token = this.peek();
    if (token.kind !== 'punct' || !COMPARISONS.has(token.text) || (this.inPrint && token.text === '>')) return left;
    this.take();
    return { kind: 'Binary', op: token.text, left, right: this.concat() };
  }

  /** Juxtaposition is concatenation: another operand may follow without an operator. */
  protected startsOperand(): boolean {
    const kind = this.peek().kind;
    return kind === 'number' || kind === 'string' || kind === 'name' || kind === 'builtin' || this.is('$') || this.is('(');
  }

  protected concat(): Expr {
    let left = this.additive();
    while (this.startsOperand()) left = { kind: 'Binary', op: 'concat', left, right: this.additive() };
    return left;
  }

  protected additive(): Expr {
    return this.binaryLevel(['+', '-'], () => this.multiplicative(), false);
  }

  protected multiplicative(): Expr {
    return this.binaryLevel(['*', '/', '%'], () => this.unary(), false);
  }

  protected unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.take().text;
      return this.nest(() => ({ kind: 'Unary', op, operand: this.unary() }));
    }
    return this.power();
  }

  protected power(): Expr {
    const base = this.postfix();
    if (!this.is('^')) return base;
    this.take();
    return this.nest(() => ({ kind: 'Binary', op: '^', left: base, right: this.unary() }));
  }

  protected postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.take().text as '++' | '--';
      const target = this.dollar();
      if (!isLValue(target)) this.fail();
      return { kind: 'Incr', op, prefix: true, target };
    }
    const operand = this.dollar();
    if (isLValue(operand) && (this.is('++') || this.is('--'))) return { kind: 'Incr', op: this.take().text as '++' | '--', prefix: false, target: operand };
    return operand;
  }

  protected dollar(): Expr {
    if (!this.is('$')) return this.primary();
    this.take();
    return this.nest(() => {
      if (this.is('++') || this.is('--') || this.is('-')) return { kind: 'Field', index: this.postfixOrUnary() };
      return { kind: 'Field', index: this.dollar() };
    });
  }

  protected postfixOrUnary(): Expr {
    return this.is('-') ? this.unary() : this.postfix();
  }

  protected primary(): Expr {
    const token = this.take();
    switch (token.kind) {
      case 'number':
        return { kind: 'Number', value: Number(token.text) };
      case 'string':
        return { kind: 'String', value: token.value };
      case 'regex':
        return { kind: 'Regex', source: token.value };
      case 'name':
        return this.is('[') ? { kind: 'Index', name: token.text, subscripts: this.subscripts() } : { kind: 'Var', name: token.text };
      case 'builtin':
        return this.call(token);
      case 'punct':
        if (token.text === '(') return this.group();
        return this.fail(token);
      default:
        return this.fail(token);
    }
  }

  protected call(token: Token): Expr {
    if (!this.is('(')) {
      if (token.text === 'length') return { kind: 'Call', name: 'length', args: [] };
      this.fail();
    }
    if (token.text === 'system') this.fail(token);
    this.take();
    const args: Expr[] = [];
    const wasInPrint = this.inPrint;
    this.inPrint = false;
    if (!this.is(')')) {
      args.push(this.expr());
      while (this.is(',')) {
        this.take();
        this.skipNewlines();
        args.push(this.expr());
      }
    }
    this.inPrint = wasInPrint;
    this.expect(')');
    return { kind: 'Call', name: token.text, args };
  }

  protected group(): Expr {
    const wasInPrint = this.inPrint;
    this.inPrint = false;
    const items = [this.expr()];
    while (this.is(',')) {
      this.take();
      this.skipNewlines();
      items.push(this.expr());
    }
    this.inPrint = wasInPrint;
    this.expect(')');
    return items.length === 1 ? items[0]! : { kind: 'Group', items };
  }
}
