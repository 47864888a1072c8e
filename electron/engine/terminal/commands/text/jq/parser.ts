import type { JqNode } from './ast';
import type { JqToken } from './lexer';
import { JqSyntaxError, stringEnd, tokenize } from './lexer';

const MAX_DEPTH = 200;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Bison's token names, which jq's syntax errors quote. */
function tokenName(token: JqToken): string {
  if (token.kind === 'eof') return '$end';
  if (token.kind === 'ident') return 'IDENT';
  if (token.kind === 'field') return 'FIELD';
  if (token.kind === 'number') return 'LITERAL';
  if (token.kind === 'string') return 'QQSTRING_START';
  if (token.kind === 'format') return 'FORMAT';
  return `'${token.text}'`;
}

/** A recursive-descent parser for the jq subset; `defined` says which name/arity functions exist. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(
    private readonly tokens: JqToken[],
    private readonly defined: (name: string, arity: number) => boolean,
  ) {}

  private peek(): JqToken {
    return this.tokens[this.at]!;
  }

  private is(text: string): boolean {
    const token = this.peek();
    return (token.kind === 'punct' || token.kind === 'ident') && token.text === text;
  }

  private take(): JqToken {
    const token = this.peek();
    if (token.kind !== 'eof') this.at++;
    return token;
  }

  private fail(): never {
    throw new JqSyntaxError(`syntax error, unexpected ${tokenName(this.peek())} (Unix shell quoting issues?)`);
  }

  private expect(text: string): void {
    if (!this.is(text)) this.fail();
    this.take();
  }

  all(): JqNode {
    const node = this.pipe();
    if (this.peek().kind !== 'eof') this.fail();
    return node;
  }

  pipe(): JqNode {
    if (++this.depth > MAX_DEPTH) this.fail();
    try {
      const left = this.comma();
      if (!this.is('|')) return left;
      this.take();
      return { kind: 'Pipe', left, right: this.pipe() };
    } finally {
      this.depth--;
    }
  }

  private comma(): JqNode {
    let left = this.alternative();
    while (this.is(',')) {
      this.take();
      left = { kind: 'Comma', left, right: this.alternative() };
    }
    return left;
  }

  private alternative(): JqNode {
    const left = this.or();
    if (!this.is('//')) return left;
    this.take();
    return { kind: 'Binary', op: '//', left, right: this.alternative() };
  }

  private level(ops: readonly string[], next: () => JqNode): JqNode {
    let left = next();
    while (ops.some((op) => this.is(op))) {
      const op = this.take().text;
      left = { kind: 'Binary', op, left, right: next() };
    }
    return left;
  }

  private or(): JqNode {
    return this.level(['or'], () => this.and());
  }

  private and(): JqNode {
    return this.level(['and'], () => this.comparison());
  }

  private comparison(): JqNode {
    const left = this.additive();
    const op = ['==', '!=', '<', '<=', '>', '>='].find((o) => this.is(o));
    if (!op) return left;
    this.take();
    return { kind: 'Binary', op, left, right: this.additive() };
  }

  private additive(): JqNode {
    return this.level(['+', '-'], () => this.multiplicative());
  }

  private multiplicative(): JqNode {
    return this.level(['*', '/', '%'], () => this.postfix());
  }

  private postfix(): JqNode {
    let node = this.term();
    for (;;) {
      const token = this.peek();
      if (token.kind === 'field') {
        this.take();
        node = { kind: 'Field', target: node, name: token.text, optional: false };
      } else if (this.is('.') && this.tokens[this.at + 1]?.kind === 'string') {
        this.take();
        node = { kind: 'Field', target: node, name: this.plainString(this.take()), optional: false };
      } else if (this.is('[') || (this.is('.') && this.tokens[this.at + 1]?.text === '[')) {
        if (this.is('.')) this.take();
        node = this.bracket(node);
      } else if (this.is('?')) {
        this.take();
        node = { kind: 'Try', body: node };
      } else return node;
    }
  }

  private bracket(target: JqNode): JqNode {
    this.expect('[');
    if (this.is(']')) {
      this.take();
      return { kind: 'Iterate', target, optional: false };
    }
    const from = this.is(':') ? undefined : this.pipe();
    if (this.is(':')) {
      this.take();
      const to = this.is(']') ? undefined : this.pipe();
      this.expect(']');
      return { kind: 'Slice', target, from, to, optional: false };
    }
    this.expect(']');
    return { kind: 'Index', target, index: from!, optional: false };
  }

  private term(): JqNode {
    const token = this.take();
    switch (token.kind) {
      case 'number':
        return { kind: 'Literal', value: Number(token.text) };
      case 'string':
        return this.template(token, undefined);
      case 'field':
        return { kind: 'Field', target: { kind: 'Identity' }, name: token.text, optional: false };
      case 'format':
        if (this.peek().kind === 'string') return this.template(this.take(), token.text);
        return { kind: 'Format', name: token.text };
      case 'ident':
        return this.identifier(token.text);
      case 'punct':
        return this.punctuation(token.text);
      default:
        this.at--;
        return this.fail();
    }
  }

  private punctuation(text: string): JqNode {
    switch (text) {
      case '.':
        if (this.peek().kind === 'string') return { kind: 'Field', target: { kind: 'Identity' }, name: this.plainString(this.take()), optional: false };
        return { kind: 'Identity' };
      case '..':
        return { kind: 'RecurseDefault' };
      case '(': {
        const inner = this.pipe();
        this.expect(')');
        return inner;
      }
      case '[': {
        if (this.is(']')) {
          this.take();
          return { kind: 'Array', body: undefined };
        }
        const body = this.pipe();
        this.expect(']');
        return { kind: 'Array', body };
      }
      case '{':
        return this.object();
      case '-':
        return { kind: 'Neg', operand: this.postfix() };
      default:
        this.at--;
        return this.fail();
    }
  }

  private identifier(name: string): JqNode {
    if (name === 'true' || name === 'false') return { kind: 'Literal', value: name === 'true' };
    if (name === 'null') return { kind: 'Literal', value: null };
    if (name === 'if') {
      const test = this.pipe();
      this.expect('then');
      const then = this.pipe();
      let otherwise: JqNode | undefined;
      if (this.is('elif')) {
        this.tokens[this.at] = { ...this.peek(), text: 'if' };
        otherwise = this.identifier(this.take().text);
        return { kind: 'If', test, then, otherwise };
      }
      if (this.is('else')) {
        this.take();
        otherwise = this.pipe();
      }
      this.expect('end');
      return { kind: 'If', test, then, otherwise };
    }
    if (name === 'try') return { kind: 'Try', body: this.postfix() };
    const args: JqNode[] = [];
    if (this.is('(')) {
      this.take();
      args.push(this.pipe());
      while (this.is(';')) {
        this.take();
        args.push(this.pipe());
      }
      this.expect(')');
    }
    if (!this.defined(name, args.length)) throw new JqSyntaxError(`${name}/${args.length} is not defined`);
    return { kind: 'Call', name, args };
  }

  private object(): JqNode {
    const entries: { key: JqNode; value: JqNode }[] = [];
    while (!this.is('}')) {
      const token = this.take();
      let key: JqNode;
      if (token.kind === 'ident' || token.kind === 'field') key = { kind: 'Literal', value: token.text };
      else if (token.kind === 'string') key = this.template(token, undefined);
      else if (token.kind === 'punct' && token.text === '(') {
        key = this.pipe();
        this.expect(')');
      } else {
        this.at--;
        this.fail();
      }
      let value: JqNode;
      if (this.is(':')) {
        this.take();
        value = this.alternative();
      } else if (key.kind === 'Literal' && typeof key.value === 'string') value = { kind: 'Field', target: { kind: 'Identity' }, name: key.value, optional: false };
      else this.fail();
      entries.push({ key, value });
      if (!this.is(',')) break;
      this.take();
    }
    this.expect('}');
    return { kind: 'Object', entries };
  }

  private plainString(token: JqToken): string {
    const node = this.template(token, undefined);
    if (node.kind === 'Literal' && typeof node.value === 'string') return node.value;
    return this.fail();
  }

  /** A string literal, split into its text and its `\(…)` interpolations. */
  private template(token: JqToken, format: string | undefined): JqNode {
    const raw = token.text.slice(1, -1);
    const parts: (string | JqNode)[] = [];
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== '\\') {
        text += raw[i];
        continue;
      }
      const next = raw[++i];
      if (next === '(') {
        let depth = 1;
        let j = i + 1;
        for (; j < raw.length && depth > 0; j++) {
          if (raw[j] === '"') j = stringEnd(raw, j);
          else if (raw[j] === '(') depth++;
          else if (raw[j] === ')') depth--;
          if (j < 0) this.fail();
        }
        parts.push(text, new Parser(tokenize(raw.slice(i + 1, j - 1)), this.defined).all());
        text = '';
        i = j - 1;
      } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
        text += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
        i += 4;
      } else if (next !== undefined && ESCAPES[next] !== undefined) text += ESCAPES[next];
      else throw new JqSyntaxError(`syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?)`);
    }
    parts.push(text);
    if (parts.length === 1 && format === undefined) return { kind: 'Literal', value: text };
    return { kind: 'Template', parts, format };
  }
}

/** Parses a jq program, or gives the compile error jq would print. */
export function parseJq(source: string, defined: (name: string, arity: number) => boolean): JqNode | { error: string } {
  try {
    return new Parser(tokenize(source), defined).all();
  } catch (error) {
    if (error instanceof JqSyntaxError) return { error: error.message };
    throw error;
  }
}
