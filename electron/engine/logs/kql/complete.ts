/**
 * Where the cursor is in a KQL query being typed, for the Discover query bar's suggestions. A lexical
 * scan that follows the grammar's shape (fields before `:` or a range operator, values after, value lists
 * in `field:( … )`, nested paths in `path:{ … }`, words running on across spaces until `and`/`or`) and
 * tolerates anything half-typed; it never throws. The suggestions themselves come from the back end.
 */

/** The span a chosen suggestion replaces (UTF-16 offsets, half-open). */
export type ReplaceSpan = { from: number; to: number };

export type KqlCompletionContext =
  /** Typing a field name — or free text, which sits where a field would. `parent` is the nested path (`items.`) or ''. */
  | ({ kind: 'field'; prefix: string; parent: string } & ReplaceSpan)
  /** Typing a value of `field` (its full name), after `field:`, a range operator, or inside `field:( … )`. */
  | ({ kind: 'value'; field: string; prefix: string; quoted: boolean } & ReplaceSpan)
  /**
   * After a complete term: `and`/`or`/`not` fit; when the term stands where a field would (`field`
   * set), so do `:` and the range operators. `prefix` is the start of a keyword being typed (`foo:bar an`),
   * which the span covers.
   */
  | ({ kind: 'operator'; field?: string; prefix?: string } & ReplaceSpan);

type Token = { type: 'word' | 'quoted' | 'space' | 'punct'; text: string; from: number; to: number; closed?: boolean };
type Frame = { kind: 'group' | 'list' | 'nested'; field: string; parent: string };
/** The term last read: a field name (or free text) or a value of `field`; `spaced` once whitespace followed it. */
type Term = { role: 'field' | 'value'; field: string; from: number; text: string; quoted: boolean; spaced: boolean };

const SPECIAL = '():<>"{}';

/** What to suggest at `cursor` (clamped into the text). */
export function completionContext(text: string, cursor: number): KqlCompletionContext {
  const at = Math.max(0, Math.min(text.length, Number.isFinite(cursor) ? Math.trunc(cursor) : text.length));
  const tokens = lex(text);
  const frames: Frame[] = [{ kind: 'group', field: '', parent: '' }];
  let expectValue = false;
  let pendingField = '';
  let term: Term | undefined;
  let closedGroup = false;
  const frame = (): Frame => frames[frames.length - 1]!;
  const inList = (): boolean => frame().kind === 'list';

  for (const [i, tok] of tokens.entries()) {
    if (tok.from >= at) break;
    const touching = tok.to >= at && tok.type !== 'space' && tok.type !== 'punct';
    if (touching) {
      const typing = text.slice(tok.from, at);
      // After a term and a space, the start of `and`/`or` is taken for the keyword, as Kibana suggests it.
      if ((term?.spaced || closedGroup) && tok.type === 'word' && /^(?:a|an|and|o|or)$/i.test(typing)) {
        return { ...operatorAfter(term?.role ?? 'value', term?.text ?? '', at, frame()), prefix: typing, from: tok.from, to: tok.to };
      }
      // Otherwise whitespace does not end an unquoted value: `foo:bar ba` is still typing the value "bar ba".
      const continued = term?.spaced && !term.quoted && tok.type === 'word' ? term : undefined;
      const role = continued?.role ?? (expectValue || inList() ? 'value' : 'field');
      const field = continued?.field ?? (expectValue ? pendingField : frame().field);
      const from = continued?.from ?? tok.from;
      const prefix = unescape(text.slice(from, at), tok.type === 'quoted');
      if (tok.type === 'quoted' && tok.closed && at === tok.to) return operatorAfter(role, prefix, at, frame());
      if (role === 'value') return { kind: 'value', field, prefix, quoted: tok.type === 'quoted', from, to: tok.to };
      return { kind: 'field', prefix, parent: frame().parent, from, to: tok.to };
    }
    if (tok.type === 'space') {
      if (term) term.spaced = true;
      continue;
    }
    if (tok.type === 'word' && isKeyword(tok.text) && tokens[i + 1]?.type === 'space' && tokens[i + 1]!.from < at) {
      if (tok.text.toLowerCase() !== 'not' && (term || closedGroup)) {
        term = undefined;
        closedGroup = false;
        expectValue = false;
      }
      continue;
    }
    if (tok.type === 'word' || tok.type === 'quoted') {
      if (term?.spaced && !term.quoted && tok.type === 'word') term = { ...term, text: unescape(text.slice(term.from, tok.to), false), spaced: false };
      else {
        const role = expectValue || inList() ? 'value' : 'field';
        term = { role, field: expectValue ? pendingField : frame().field, from: tok.from, text: unescape(tok.text, tok.type === 'quoted'), quoted: tok.type === 'quoted', spaced: false };
      }
      expectValue = false;
      closedGroup = false;
      continue;
    }
    // Punctuation.
    closedGroup = false;
    if (tok.text === ':' || tok.text.startsWith('<') || tok.text.startsWith('>')) {
      pendingField = frame().parent + (term?.role === 'field' ? term.text : '');
      expectValue = true;
      term = undefined;
    } else if (tok.text === '(') {
      // Parentheses inside a value list group values of the same field.
      const kind = expectValue || inList() ? 'list' : 'group';
      frames.push({ kind, field: expectValue ? pendingField : frame().field, parent: frame().parent });
      expectValue = false;
      term = undefined;
    } else if (tok.text === '{') {
      frames.push(expectValue ? { kind: 'nested', field: '', parent: `${pendingField}.` } : { kind: 'group', field: frame().field, parent: frame().parent });
      expectValue = false;
      term = undefined;
    } else {
      // `)` or `}`.
      if (frames.length > 1) frames.pop();
      expectValue = false;
      term = undefined;
      closedGroup = true;
    }
  }

  if (expectValue || (inList() && !term && !closedGroup)) return { kind: 'value', field: expectValue ? pendingField : frame().field, prefix: '', quoted: false, from: at, to: at };
  if (term) return operatorAfter(term.role, term.text, at, frame());
  if (closedGroup) return { kind: 'operator', from: at, to: at };
  return { kind: 'field', prefix: '', parent: frame().parent, from: at, to: at };
}

function operatorAfter(role: 'field' | 'value', text: string, at: number, frame: Frame): KqlCompletionContext {
  return role === 'field' ? { kind: 'operator', field: frame.parent + text, from: at, to: at } : { kind: 'operator', from: at, to: at };
}

function isKeyword(word: string): boolean {
  return /^(?:and|or|not)$/i.test(word);
}

/** Splits into words (with `\` escapes), quoted strings (maybe unterminated), runs of space and punctuation. */
function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const start = i;
    if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      tokens.push({ type: 'space', text: text.slice(start, i), from: start, to: i });
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      const closed = i < text.length;
      i = Math.min(text.length, closed ? i + 1 : i);
      tokens.push({ type: 'quoted', text: text.slice(start, i), from: start, to: i, closed });
    } else if (SPECIAL.includes(c)) {
      i += (c === '<' || c === '>') && text[i + 1] === '=' ? 2 : 1;
      tokens.push({ type: 'punct', text: text.slice(start, i), from: start, to: i });
    } else {
      while (i < text.length && !/\s/.test(text[i]!) && !SPECIAL.includes(text[i]!)) i += text[i] === '\\' ? 2 : 1;
      i = Math.min(i, text.length);
      tokens.push({ type: 'word', text: text.slice(start, i), from: start, to: i });
    }
  }
  return tokens;
}

/** The text a word or quoted string stands for (quotes dropped, escapes resolved). */
function unescape(raw: string, quoted: boolean): string {
  const body = quoted ? raw.slice(1, raw.length > 1 && raw.endsWith('"') && !raw.endsWith('\\"') ? -1 : undefined) : raw;
  return body.replace(/\\(.)/gs, '$1');
}
