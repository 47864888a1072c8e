/**
 * Tokens for the parser, one lookahead at a time and lexed only when asked for, plus syntax errors worded
 * as Prometheus's grammar words them: `unexpected <by>`, `unexpected identifier "x" in label matching,
 * expected "," or "}"`.
 */
import type { PositionRange } from './ast';
import { ParseError } from './errors';
import { Lexer } from './lex';
import type { Token, TokenType } from './lex';
import { goQuote, goQuoteTruncated } from './quote';

const KEYWORD_TOKENS = new Set<TokenType>(['BOOL', 'BY', 'WITHOUT', 'ON', 'IGNORING', 'GROUP_LEFT', 'GROUP_RIGHT', 'OFFSET']);
const OPERATOR_TOKENS = new Set<TokenType>([
  'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'POW', 'ATAN2', 'EQLC', 'NEQ', 'LSS', 'LTE', 'GTR', 'GTE',
  'LAND', 'LOR', 'LUNLESS', 'AT', 'EQL_REGEX', 'NEQ_REGEX',
]);
const KIND_NAMES: Partial<Record<TokenType, string>> = { NUMBER: 'number', DURATION: 'duration', STRING: 'string' };

/** How Prometheus names a token in "unexpected …" (Item.desc). */
function describeToken(t: Token): string {
  switch (t.type) {
    case 'EOF':
      return 'end of input';
    case 'IDENTIFIER':
      return `identifier ${goQuote(t.text)}`;
    case 'METRIC_IDENTIFIER':
      return `metric identifier ${goQuote(t.text)}`;
    case 'AGGREGATOR':
      return `<aggr:${t.text}>`;
  }
  if (KEYWORD_TOKENS.has(t.type)) return `<${t.text}>`;
  if (OPERATOR_TOKENS.has(t.type)) return `<op:${t.text}>`;
  const shown = [...t.text].length > 10 ? `${goQuoteTruncated(t.text, 10)}...` : goQuote(t.text);
  const kind = KIND_NAMES[t.type];
  return kind ? `${kind} ${shown}` : shown;
}

export const span = (t: Token): PositionRange => ({ start: t.start, end: t.end });

export class TokenStream {
  private readonly lexer: Lexer;
  private lookahead: Token | undefined;
  /** End of the last token taken: where the construct just parsed ends. */
  protected lastEnd = 0;
  /**
   * How deep the parser is inside aggregations. Prometheus's grammar recovers from a syntax error inside an
   * aggregation's parentheses or modifiers at the aggregation, so such errors read "… in aggregation".
   */
  protected aggregationDepth = 0;

  constructor(protected readonly input: string) {
    this.lexer = new Lexer(input);
  }

  protected peek(): Token {
    this.lookahead ??= this.lexer.next();
    return this.lookahead;
  }

  protected take(): Token {
    const t = this.peek();
    this.lookahead = undefined;
    this.lastEnd = t.end;
    return t;
  }

  /** The next token, which must be of the given type, else the generic syntax error. */
  protected expect(type: TokenType): Token {
    if (this.peek().type !== type) this.unexpected();
    return this.take();
  }

  /** `unexpected <token> in <context>, expected <expected>` at the next token. */
  protected fail(context: string, expected: string): never {
    const t = this.peek();
    let message = `unexpected ${describeToken(t)}`;
    if (context) message += ` in ${context}`;
    if (expected) message += `, expected ${expected}`;
    throw new ParseError(message, span(t), this.input);
  }

  /** A syntax error where the grammar has no more specific wording. */
  protected unexpected(): never {
    this.fail(this.aggregationDepth > 0 ? 'aggregation' : '', '');
  }

  protected error(message: string, where: PositionRange): never {
    throw new ParseError(message, where, this.input);
  }
}
