/**
 * What the learner is typing at the cursor, for the completion popup: a metric or function name, a label
 * name (inside `{…}` or `by (…)` and its kin), a label value (after a matcher operator), or a duration inside
 * `[…]`. Read from the tolerant token stream of the text before the cursor, so half-typed queries work.
 */
import { GROUPING_KEYWORDS } from './highlight';
import type { Scanned, ScannedType } from './scan';
import { scan, stringEnd } from './scan';

/** The [from, to) span a chosen item replaces, and what was typed of it (the part before the cursor). */
type Span = { prefix: string; from: number; to: number };

export type CompletionContext =
  /** `afterOperand`: a complete operand precedes (`up |`), so keywords and operators fit, not another name. */
  | ({ kind: 'expression'; afterOperand: boolean } & Span)
  | ({ kind: 'labelName'; metric?: string } & Span)
  /**
   * `quote` is the quote already typed before the value (undefined: none yet, so insert one); `closed` says
   * whether the text already has the closing quote (if not, insert it).
   */
  | ({ kind: 'labelValue'; metric?: string; label: string; quote?: string; closed: boolean } & Span)
  | ({ kind: 'duration' } & Span);

type Open =
  | { kind: 'brace'; metric?: string }
  | { kind: 'paren'; grouping: boolean }
  | { kind: 'bracket' };

const MATCH_OPS: ReadonlySet<ScannedType> = new Set(['EQL', 'NEQ', 'EQL_REGEX', 'NEQ_REGEX']);
const NAME_TYPES: ReadonlySet<ScannedType> = new Set(['IDENTIFIER', 'METRIC_IDENTIFIER']);
/** Tokens an operand ends with (and aggregation names, which `by`/`without` may follow): keywords fit after them. */
const OPERAND_ENDS: ReadonlySet<ScannedType> = new Set(['AGGREGATOR', 'IDENTIFIER', 'METRIC_IDENTIFIER', 'NUMBER', 'DURATION', 'STRING', 'RIGHT_PAREN', 'RIGHT_BRACE', 'RIGHT_BRACKET']);
const WORD = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
const isGap = (t: Scanned) => t.type === 'SPACE' || t.type === 'COMMENT';

/** The end of the word the cursor is in (so accepting `rate` in `ra|te` replaces the whole word). */
function wordEnd(text: string, cursor: number, chars: RegExp): number {
  let at = cursor;
  while (at < text.length && chars.test(text[at]!)) at++;
  return at;
}

/** Unquotes a finished matcher value enough to find the metric of `{__name__="x"}` (escapes left as typed). */
const stripQuotes = (s: string) => s.slice(1, -1);

/** What is being completed at `cursor` in `text`, or undefined where nothing can be (a number, a comment…). */
export function completionContext(text: string, cursor: number): CompletionContext | undefined {
  const at = Math.max(0, Math.min(cursor, text.length));
  const pieces = scan(text.slice(0, at));
  const stack: Open[] = [];
  const solid: Scanned[] = [];
  for (const piece of pieces) {
    if (isGap(piece)) continue;
    const previous = solid[solid.length - 1];
    const top = stack[stack.length - 1];
    switch (piece.type) {
      case 'LEFT_BRACE':
        stack.push({ kind: 'brace', metric: previous && NAME_TYPES.has(previous.type) ? previous.text : undefined });
        break;
      case 'LEFT_PAREN':
        stack.push({ kind: 'paren', grouping: previous !== undefined && GROUPING_KEYWORDS.has(previous.type) });
        break;
      case 'LEFT_BRACKET':
        stack.push({ kind: 'bracket' });
        break;
      case 'RIGHT_BRACE':
      case 'RIGHT_PAREN':
      case 'RIGHT_BRACKET': {
        const want = piece.type === 'RIGHT_BRACE' ? 'brace' : piece.type === 'RIGHT_PAREN' ? 'paren' : 'bracket';
        const index = stack.map((o) => o.kind).lastIndexOf(want);
        if (index >= 0) stack.length = index;
        break;
      }
      case 'STRING':
        // `{__name__="x"}` names the metric as well as `x{…}` does.
        if (top?.kind === 'brace' && !top.metric && MATCH_OPS.has(previous?.type ?? 'EOF') && solid[solid.length - 2]?.text === '__name__') {
          top.metric = stripQuotes(piece.text);
        }
        break;
    }
    solid.push(piece);
  }

  const last = pieces[pieces.length - 1];
  // The word, number or string the cursor is at the end of (punctuation ends what came before it).
  const typing = last && !isGap(last) && last.end === at && /^[A-Za-z0-9_:."'`]/.test(last.text) ? last : undefined;
  const before = typing ? solid[solid.length - 2] : solid[solid.length - 1];
  const top = stack[stack.length - 1];
  const wordSpan = (piece: Scanned | undefined): Span =>
    piece ? { prefix: piece.text, from: piece.start, to: wordEnd(text, at, /[A-Za-z0-9_:]/) } : { prefix: '', from: at, to: wordEnd(text, at, /[A-Za-z0-9_:]/) };
  if (last?.type === 'COMMENT' && last.end === at) return undefined;

  if (top?.kind === 'brace') {
    const metric = top.metric;
    const valueTyped = !typing || typing.type === 'OPEN_STRING' || typing.type === 'IDENTIFIER';
    if (valueTyped && before && MATCH_OPS.has(before.type)) {
      const labelPiece = solid[solid.lastIndexOf(before) - 1];
      if (labelPiece?.type !== 'IDENTIFIER') return undefined;
      if (typing?.type === 'OPEN_STRING') {
        const quote = typing.text[0]!;
        const end = stringEnd(text, typing.start);
        const to = end.closed ? end.stop - 1 : wordEnd(text, at, /[^\s"'`,}]/);
        return { kind: 'labelValue', metric, label: labelPiece.text, quote, closed: end.closed, prefix: typing.text.slice(1), from: typing.start + 1, to };
      }
      return { kind: 'labelValue', metric, label: labelPiece.text, closed: false, ...wordSpan(typing) };
    }
    if (typing?.type === 'IDENTIFIER') return { kind: 'labelName', metric, ...wordSpan(typing) };
    if (!typing && (before?.type === 'LEFT_BRACE' || before?.type === 'COMMA')) return { kind: 'labelName', metric, ...wordSpan(undefined) };
    return undefined;
  }
  if (top?.kind === 'paren' && top.grouping) {
    if (typing && WORD.test(typing.text)) return { kind: 'labelName', ...wordSpan(typing) };
    if (!typing && (before?.type === 'LEFT_PAREN' || before?.type === 'COMMA')) return { kind: 'labelName', ...wordSpan(undefined) };
    return undefined;
  }
  if (top?.kind === 'bracket') {
    const durationEnd = wordEnd(text, at, /[0-9A-Za-z_.]/);
    if (typing && (typing.type === 'NUMBER' || typing.type === 'DURATION' || typing.type === 'BAD') && before?.type === 'LEFT_BRACKET') {
      return { kind: 'duration', prefix: text.slice(typing.start, at), from: typing.start, to: durationEnd };
    }
    if (!typing && before?.type === 'LEFT_BRACKET') return { kind: 'duration', prefix: '', from: at, to: durationEnd };
    return undefined;
  }
  const afterOperand = before !== undefined && OPERAND_ENDS.has(before.type);
  if (typing) return WORD.test(typing.text) && typing.type !== 'NUMBER' ? { kind: 'expression', afterOperand, ...wordSpan(typing) } : undefined;
  return { kind: 'expression', afterOperand, ...wordSpan(undefined) };
}
