/**
 * A KQL parser that follows Kibana's kuery grammar (kbn-es-query `grammar.peggy`) rule for rule, as a
 * packrat PEG parser: the same precedence (or < and < not), values, escapes and whitespace rules, and the
 * same syntax errors. Errors are reported as peggy does — the farthest position reached, the sorted set of
 * things expected there (named rules by name, failures inside them kept quiet), each rule's result cached
 * per position — and worded as Kibana's KQLSyntaxError words them.
 */
import type { KqlNode, KqlValue, ParseKqlResult, RangeOp } from './ast';

const SPACE = /^[ \t\r\n\u00A0]$/;
const SPECIAL = '\\():<>"*{}';
const ESCAPED_WHITESPACE: Record<string, string> = { t: '\t', r: '\r', n: '\n' };
const RANGE_OPS: readonly (readonly [text: string, op: RangeOp])[] = [['<=', 'lte'], ['>=', 'gte'], ['<', 'lt'], ['>', 'gt']];
/** Kibana's translations of peggy's rule names in error messages. */
const RULE_NAMES: Record<string, string> = { fieldName: 'field name' };
/** Deeper nesting is refused rather than risking the stack (Kibana has no such limit). */
const MAX_DEPTH = 100;
/** What an empty query means: Kibana's `is('*', '*')`, match everything. */
const matchAll = (): KqlNode => ({ type: 'is', field: { type: 'wildcard', parts: ['', ''] }, value: { type: 'wildcard', parts: ['', ''] } });

class TooDeep extends Error {
  constructor(readonly position: number) {
    super('query nested too deeply');
  }
}

/** Parse a KQL query. Never throws: a syntax error comes back with its 0-based offset. */
export function parseKql(text: string): ParseKqlResult {
  return new Parser(text).parse();
}

/** One value character: a string, or `null` for an unescaped `*`. */
type Char = string | null;
/** The grammar's named rules, by the names peggy reports them under. */
const RULES = ['fieldName', 'literal', 'value', 'OR', 'AND', 'NOT', 'whitespace'] as const;
type Rule = (typeof RULES)[number];

class Parser {
  private pos = 0;
  private maxFailPos = 0;
  private expected: string[] = [];
  private silent = 0;
  private depth = 0;
  /** Named rules' results by rule and position (peggy's results cache, which also decides what is reported). */
  private readonly cache = new Map<number, { end: number; value: unknown }>();
  /** Where the whitespace run starting at each position ends, filled as runs are met (keeps `a    b` linear). */
  private readonly runEnds: number[] = [];

  constructor(private readonly input: string) {}

  parse(): ParseKqlResult {
    try {
      this.spaces();
      const save = this.pos;
      const query = this.orQuery() ?? ((this.pos = save), matchAll());
      this.spaces();
      if (this.pos === this.input.length) return { ok: true, ast: query };
      this.fail('end of input');
    } catch (e) {
      if (e instanceof TooDeep) return { ok: false, error: { message: 'Query nested too deeply.', position: e.position } };
      throw e;
    }
    const names = [...new Set(this.expected)].sort().map((n) => RULE_NAMES[n] ?? n);
    const found = this.maxFailPos < this.input.length ? `"${this.input[this.maxFailPos]}"` : 'end of input';
    return { ok: false, error: { message: `Expected ${names.join(', ')} but ${found} found.`, position: this.maxFailPos } };
  }

  // --- queries: OrQuery, AndQuery, NotQuery, SubQuery, NestedQuery, Expression ---

  private orQuery(): KqlNode | undefined {
    return this.nested(() => this.chain('or', () => this.andQuery(), () => this.or()));
  }

  private andQuery(): KqlNode | undefined {
    return this.chain('and', () => this.notQuery(), () => this.and());
  }

  private notQuery(): KqlNode | undefined {
    const save = this.pos;
    if (this.not()) {
      const child = this.subQuery();
      if (child) return { type: 'not', child };
      this.pos = save;
    }
    return this.subQuery();
  }

  private subQuery(): KqlNode | undefined {
    const save = this.pos;
    if (this.lit('(')) {
      this.spaces();
      const query = this.orQuery();
      if (query && (this.spaces(), this.lit(')'))) return query;
      this.pos = save;
    }
    return this.nestedQuery();
  }

  private nestedQuery(): KqlNode | undefined {
    const save = this.pos;
    const path = this.field();
    if (path && (this.spaces(), this.lit(':')) && (this.spaces(), this.lit('{'))) {
      this.spaces();
      const child = this.orQuery();
      if (child && (this.spaces(), this.lit('}'))) return { type: 'nested', path, child };
    }
    this.pos = save;
    return this.fieldRange() ?? this.fieldValue() ?? this.valueExpression();
  }

  private fieldRange(): KqlNode | undefined {
    const save = this.pos;
    const field = this.field();
    if (field) {
      this.spaces();
      const op = this.rangeOp();
      if (op) {
        this.spaces();
        const value = this.literal();
        if (value) return { type: 'range', field, op, value };
      }
    }
    this.pos = save;
    return undefined;
  }

  private fieldValue(): KqlNode | undefined {
    const save = this.pos;
    const field = this.field();
    if (field && (this.spaces(), this.lit(':'))) {
      this.spaces();
      const node = this.listOfValues(field);
      if (node) return node;
    }
    this.pos = save;
    return undefined;
  }

  private valueExpression(): KqlNode | undefined {
    const value = this.value();
    return value && { type: 'is', field: null, value };
  }

  private rangeOp(): RangeOp | undefined {
    for (const [text, op] of RANGE_OPS) if (this.lit(text)) return op;
    return undefined;
  }

  // --- value lists: ListOfValues, OrListOfValues, AndListOfValues, NotListOfValues ---

  private listOfValues(field: KqlValue): KqlNode | undefined {
    const save = this.pos;
    if (this.lit('(')) {
      this.spaces();
      const list = this.nested(() => this.chain('or', () => this.andList(field), () => this.or()));
      if (list && (this.spaces(), this.lit(')'))) return list;
      this.pos = save;
    }
    const value = this.value();
    return value && { type: 'is', field, value };
  }

  private andList(field: KqlValue): KqlNode | undefined {
    return this.chain('and', () => this.notList(field), () => this.and());
  }

  private notList(field: KqlValue): KqlNode | undefined {
    const save = this.pos;
    if (this.not()) {
      const child = this.listOfValues(field);
      if (child) return { type: 'not', child };
      this.pos = save;
    }
    return this.listOfValues(field);
  }

  /** `head (op item)*`, flattened into one n-ary node as Kibana builds it. */
  private chain(type: 'and' | 'or', item: () => KqlNode | undefined, op: () => boolean): KqlNode | undefined {
    const head = item();
    if (!head) return undefined;
    const children = [head];
    for (;;) {
      const save = this.pos;
      const next = op() ? item() : undefined;
      if (!next) {
        this.pos = save;
        break;
      }
      children.push(next);
    }
    return children.length === 1 ? head : { type, children };
  }

  private nested<T>(body: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new TooDeep(this.pos);
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  // --- named rules: Field, Value, Literal, OR, AND, NOT, whitespace ---

  private field(): KqlValue | undefined {
    return this.named('fieldName', () => this.literal());
  }

  private literal(): KqlValue | undefined {
    return this.named('literal', () => this.quoted() ?? this.unquoted());
  }

  private value(): KqlValue | undefined {
    return this.named('value', () => this.quoted() ?? this.unquoted());
  }

  private or(): boolean {
    return this.named('OR', () => (this.spaces1() && this.litI('or') && this.spaces1()) || undefined) !== undefined;
  }

  private and(): boolean {
    return this.named('AND', () => (this.spaces1() && this.litI('and') && this.spaces1()) || undefined) !== undefined;
  }

  private not(): boolean {
    return this.named('NOT', () => (this.litI('not') && this.spaces1()) || undefined) !== undefined;
  }

  private space(): boolean {
    return this.named('whitespace', () => (SPACE.test(this.input[this.pos] ?? '') ? ++this.pos : undefined)) !== undefined;
  }

  /** Space*: every Space call inside a run succeeds, so jump to its end and try the one that fails there. */
  private spaces(): void {
    this.pos = this.runEnd(this.pos);
    this.space();
  }

  private runEnd(from: number): number {
    const known = this.runEnds[from];
    if (known !== undefined) return known;
    let end = from;
    while (end < this.input.length && SPACE.test(this.input[end]!)) end++;
    for (let i = from; i <= end; i++) this.runEnds[i] = end;
    return end;
  }

  private spaces1(): boolean {
    if (!this.space()) return false;
    this.spaces();
    return true;
  }

  // --- literals: QuotedString, UnquotedLiteral and their characters ---

  private quoted(): KqlValue | undefined {
    const save = this.pos;
    if (!this.lit('"')) return undefined;
    let out = '';
    for (let c = this.input[this.pos]; c !== undefined && c !== '"'; c = this.input[this.pos]) {
      const next = this.input[this.pos + 1];
      if (c !== '\\' || next === undefined) out += this.take(1);
      else if (next in ESCAPED_WHITESPACE) out += ESCAPED_WHITESPACE[this.take(2)[1]!]!;
      else if (next === '\\' || next === '"') out += this.take(2)[1]!;
      else out += this.unicodeEscape() ?? this.take(1);
    }
    if (this.lit('"')) return { type: 'literal', value: out, quoted: true };
    this.pos = save;
    return undefined;
  }

  private unquoted(): KqlValue | undefined {
    const chars: Char[] = [];
    for (let c = this.unquotedChar(); c !== undefined; c = this.unquotedChar()) chars.push(c);
    if (chars.length === 0) return undefined;
    // Kibana trims the joined sequence; escaped whitespace at either end goes too.
    let from = 0;
    let to = chars.length;
    while (from < to && chars[from] !== null && chars[from]!.trim() === '') from++;
    while (to > from && chars[to - 1] !== null && chars[to - 1]!.trim() === '') to--;
    const kept = chars.slice(from, to);
    if (!kept.includes(null)) return { type: 'literal', value: kept.join(''), quoted: false };
    const parts = [''];
    for (const c of kept) {
      if (c === null) parts.push('');
      else parts[parts.length - 1] += c;
    }
    return { type: 'wildcard', parts };
  }

  /** UnquotedCharacter: escaped whitespace, special character, unicode or keyword; `*`; or any plain character. */
  private unquotedChar(): Char | undefined {
    const c = this.input[this.pos];
    if (c === undefined) return undefined;
    if (c === '\\') {
      const next = this.input[this.pos + 1] ?? '';
      if (next in ESCAPED_WHITESPACE) return ESCAPED_WHITESPACE[this.take(2)[1]!];
      if (next !== '' && SPECIAL.includes(next)) return this.take(2)[1];
      const unicode = this.unicodeEscape();
      if (unicode !== undefined) return unicode;
      const keyword = /^(?:or|and|not)/i.exec(this.input.slice(this.pos + 1, this.pos + 4))?.[0];
      return keyword === undefined ? undefined : this.take(1 + keyword.length).slice(1);
    }
    if (c === '*') return (this.pos++, null);
    if (SPECIAL.includes(c) || this.keywordAhead()) return undefined;
    return this.take(1);
  }

  private unicodeEscape(): string | undefined {
    const m = /^\\u([0-9a-fA-F]{4})/.exec(this.input.slice(this.pos, this.pos + 6));
    if (!m) return undefined;
    this.pos += 6;
    return String.fromCharCode(parseInt(m[1]!, 16));
  }

  /** The `!Keyword` look-ahead: quiet, and leaves the position alone. */
  private keywordAhead(): boolean {
    const save = this.pos;
    this.silent++;
    const found = this.or() || this.and() || this.not();
    this.silent--;
    this.pos = save;
    return found;
  }

  // --- terminals and failure bookkeeping ---

  private take(n: number): string {
    const s = this.input.slice(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  private lit(s: string): boolean {
    if (this.input.startsWith(s, this.pos)) return (this.pos += s.length), true;
    if (this.silent === 0) this.fail(JSON.stringify(s));
    return false;
  }

  /** A case-insensitive keyword; only ever tried inside named rules, so its failures are never reported. */
  private litI(s: string): boolean {
    if (this.input.slice(this.pos, this.pos + s.length).toLowerCase() !== s) return false;
    this.pos += s.length;
    return true;
  }

  /** A named rule: quiet inside, reported by name where it started, its result cached per position. */
  private named<T>(name: Rule, body: () => T | undefined): T | undefined {
    const start = this.pos;
    const key = start * RULES.length + RULES.indexOf(name);
    const hit = this.cache.get(key);
    if (hit) {
      if (hit.end >= 0) this.pos = hit.end;
      return hit.value as T | undefined;
    }
    this.silent++;
    const value = body();
    this.silent--;
    if (value === undefined) {
      this.pos = start;
      this.fail(name, start);
    }
    this.cache.set(key, { end: value === undefined ? -1 : this.pos, value });
    return value;
  }

  private fail(description: string, at = this.pos): void {
    if (this.silent > 0 || at < this.maxFailPos) return;
    if (at > this.maxFailPos) {
      this.maxFailPos = at;
      this.expected = [];
    }
    this.expected.push(description);
  }
}
