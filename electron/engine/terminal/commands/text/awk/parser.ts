import type { Expr, Item, Pattern, Program, Stmt } from './ast';
import { ExpressionParser } from './parse-expr';
import { AwkSyntaxError, tokenize } from './lexer';

/** awk's items (`pattern { action }`) and statements, over the expression grammar. */
class Parser extends ExpressionParser {
  program(): Program {
    const items: Item[] = [];
    this.skipTerminators();
    while (this.peek().kind !== 'eof') {
      const item = this.item();
      items.push(item);
      // After a pattern without an action the item must end; after an action the next may follow at once.
      if (!item.action && this.peek().kind !== 'eof' && this.peek().kind !== 'newline' && !this.is(';')) this.fail();
      this.skipTerminators();
    }
    return { items };
  }

  private item(): Item {
    if (this.is('BEGIN') || this.is('END')) {
      const pattern: Pattern = { kind: this.take().text === 'BEGIN' ? 'Begin' : 'End' };
      this.skipNewlines();
      return { pattern, action: this.action() };
    }
    if (this.is('{')) return { pattern: { kind: 'Always' }, action: this.action() };
    const from = this.expr();
    let pattern: Pattern = { kind: 'Expr', expr: from };
    if (this.is(',')) {
      this.take();
      this.skipNewlines();
      pattern = { kind: 'Range', from, to: this.expr() };
    }
    return { pattern, action: this.is('{') ? this.action() : undefined };
  }

  private action(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerminators();
    while (!this.is('}')) {
      if (this.peek().kind === 'eof') this.fail();
      body.push(this.statement());
      this.skipTerminators();
    }
    this.take();
    return body;
  }

  private simpleEnd(): void {
    if (this.is(';') || this.peek().kind === 'newline') this.take();
    else if (!this.is('}') && this.peek().kind !== 'eof') this.fail();
  }

  private statement(): Stmt {
    return this.nest(() => this.statementBody());
  }

  private condition(): Expr {
    this.expect('(');
    const test = this.expr();
    this.expect(')');
    this.skipNewlines();
    return test;
  }

  private statementBody(): Stmt {
    const token = this.peek();
    if (this.is('{')) return { kind: 'Block', body: this.action() };
    if (this.is(';')) {
      this.take();
      return { kind: 'Block', body: [] };
    }
    if (token.kind !== 'keyword') {
      const expr = this.expr();
      this.simpleEnd();
      return { kind: 'Expr', expr };
    }
    this.take();
    switch (token.text) {
      case 'if': {
        const test = this.condition();
        const then = this.statement();
        const mark = this.at;
        this.skipTerminators();
        if (this.is('else')) {
          this.take();
          this.skipNewlines();
          return { kind: 'If', test, then, otherwise: this.statement() };
        }
        this.at = mark;
        return { kind: 'If', test, then, otherwise: undefined };
      }
      case 'while':
        return { kind: 'While', test: this.condition(), body: this.statement() };
      case 'do': {
        this.skipNewlines();
        const body = this.statement();
        this.skipTerminators();
        this.expect('while');
        const test = this.condition();
        return { kind: 'Do', body, test };
      }
      case 'for':
        return this.forStatement();
      case 'next':
      case 'break':
      case 'continue': {
        this.simpleEnd();
        return { kind: token.text === 'next' ? 'Next' : token.text === 'break' ? 'Break' : 'Continue' };
      }
      case 'exit': {
        const code = this.endsSimple() ? undefined : this.expr();
        this.simpleEnd();
        return { kind: 'Exit', code };
      }
      case 'delete': {
        const name = this.take();
        if (name.kind !== 'name') this.fail(name);
        const subscripts = this.is('[') ? this.subscripts() : undefined;
        this.simpleEnd();
        return { kind: 'Delete', name: name.text, subscripts };
      }
      case 'print':
      case 'printf':
        return this.print(token.text === 'printf');
      default:
        return this.fail(token);
    }
  }

  private endsSimple(): boolean {
    return this.is(';') || this.is('}') || this.peek().kind === 'newline' || this.peek().kind === 'eof';
  }

  private forStatement(): Stmt {
    this.expect('(');
    if (this.peek().kind === 'name' && this.peek(1).text === 'in' && this.peek(1).kind === 'keyword' && this.peek(2).kind === 'name' && this.peek(3).text === ')') {
      const variable = this.take().text;
      this.take();
      const array = this.take().text;
      this.take();
      this.skipNewlines();
      return { kind: 'ForIn', variable, array, body: this.statement() };
    }
    const init = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.skipNewlines();
    const test = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.skipNewlines();
    const update = this.is(')') ? undefined : this.expr();
    this.expect(')');
    this.skipNewlines();
    return { kind: 'For', init, test, update, body: this.statement() };
  }

  private print(printf: boolean): Stmt {
    const args: Expr[] = [];
    if (!this.endsSimple()) {
      this.inPrint = true;
      try {
        args.push(this.expr());
        while (this.is(',')) {
          this.take();
          this.skipNewlines();
          args.push(this.expr());
        }
      } finally {
        this.inPrint = false;
      }
    }
    // Output redirection (`> file`, `| cmd`) is not part of this awk.
    if (this.is('>') || this.is('>>') || this.is('|')) this.fail();
    this.simpleEnd();
    const flat = args.length === 1 && args[0]!.kind === 'Group' ? args[0]!.items : args;
    if (printf && flat.length === 0) this.fail();
    return { kind: 'Print', printf, args: flat };
  }
}

/** Parses an awk program, or returns mawk's message for why it cannot. */
export function parseAwk(source: string): Program | { error: string } {
  try {
    return new Parser(tokenize(source)).program();
  } catch (error) {
    if (error instanceof AwkSyntaxError) return { error: error.message };
    throw error;
  }
}
