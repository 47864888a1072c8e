import type { AndOr, List, Pipeline, Redirect, RedirectOp, SimpleCommand, SyntaxError } from './ast';
import type { Operator, Token } from './lexer';
import { lex } from './lexer';

const REDIRECTS: ReadonlyMap<Operator, { op: RedirectOp; fd: number }> = new Map([
  ['>', { op: '>', fd: 1 }],
  ['>|', { op: '>', fd: 1 }],
  ['>>', { op: '>>', fd: 1 }],
  ['<', { op: '<', fd: 0 }],
  ['<>', { op: '<', fd: 0 }],
  ['>&', { op: '>&', fd: 1 }],
  ['<&', { op: '<&', fd: 0 }],
  ['&>', { op: '&>', fd: 1 }],
  ['&>>', { op: '&>>', fd: 1 }],
  ['<<', { op: '<<', fd: 0 }],
  ['<<<', { op: '<<<', fd: 0 }],
]);

class Fail {
  constructor(readonly error: SyntaxError) {}
}

/** Parses a command line into a list, or the syntax error bash would report for it. */
export function parse(line: string): { ok: true; list: List } | { ok: false; error: SyntaxError } {
  const lexed = lex(line);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, list: new Parser(lexed.tokens, line.length).list() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly end: number,
  ) {}

  list(): List {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (this.i < this.tokens.length) {
      items.push(this.andOr());
      if (this.i >= this.tokens.length) break;
      const sep = this.peekOp();
      if (sep !== ';' && sep !== '&' && sep !== 'newline') this.unexpected();
      this.i++;
      this.skipNewlines();
    }
    return { kind: 'List', items };
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (let op = this.peekOp(); op === '&&' || op === '||'; op = this.peekOp()) {
      this.i++;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { kind: 'AndOr', first, rest };
  }

  private pipeline(): Pipeline {
    const commands = [this.command()];
    for (let op = this.peekOp(); op === '|' || op === '|&'; op = this.peekOp()) {
      // `a |& b` is `a 2>&1 | b`: stderr joins stdout after the command's own redirections.
      if (op === '|&') {
        const pos = this.position();
        commands[commands.length - 1]!.redirects.push({ fd: 2, op: '>&', target: { parts: [{ kind: 'text', text: '1', quoted: false }], pos, raw: '1' }, pos });
      }
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { kind: 'Pipeline', commands, pos: commands[0]!.pos };
  }

  private command(): SimpleCommand {
    const command: SimpleCommand = { kind: 'SimpleCommand', words: [], redirects: [], pos: this.position() };
    for (;;) {
      const token = this.tokens[this.i];
      if (token === undefined) break;
      if (token.kind === 'word') {
        command.words.push(token.word);
        this.i++;
        continue;
      }
      const redirect = REDIRECTS.get(token.op);
      if (!redirect) break;
      this.i++;
      const target = this.tokens[this.i];
      if (target === undefined) throw new Fail({ message: "syntax error near unexpected token `newline'", pos: this.end });
      if (target.kind !== 'word') this.unexpected();
      this.i++;
      command.redirects.push({ fd: token.fd ?? redirect.fd, op: redirect.op, target: target.word, pos: token.pos } satisfies Redirect);
    }
    if (command.words.length === 0 && command.redirects.length === 0) {
      if (this.i >= this.tokens.length) throw new Fail({ message: 'syntax error: unexpected end of file', pos: this.end });
      this.unexpected();
    }
    return command;
  }

  private peekOp(): Operator | undefined {
    const token = this.tokens[this.i];
    return token?.kind === 'op' ? token.op : undefined;
  }

  private skipNewlines(): void {
    while (this.peekOp() === 'newline') this.i++;
  }

  private position(): number {
    const token = this.tokens[this.i];
    if (token === undefined) return this.end;
    return token.kind === 'word' ? token.word.pos : token.pos;
  }

  private unexpected(): never {
    const token = this.tokens[this.i];
    const text = token === undefined ? 'newline' : token.kind === 'word' ? token.word.raw : token.op;
    throw new Fail({ message: `syntax error near unexpected token \`${text}'`, pos: this.position() });
  }
}
