/** Colours for the query editor's overlay: one kind per piece of the text, covering it exactly. */
import { FUNCTIONS } from '../parser/functions';
import type { Scanned, ScannedType } from './scan';
import { scan } from './scan';

export type HighlightKind =
  | 'metric' | 'function' | 'keyword' | 'aggregation' | 'label' | 'string' | 'number' | 'duration'
  | 'operator' | 'paren' | 'brace' | 'comment' | 'error' | 'text';

export type HighlightToken = { from: number; to: number; kind: HighlightKind };

const KIND_OF: Partial<Record<ScannedType, HighlightKind>> = {
  METRIC_IDENTIFIER: 'metric',
  NUMBER: 'number',
  DURATION: 'duration',
  STRING: 'string',
  OPEN_STRING: 'string',
  LEFT_PAREN: 'paren', RIGHT_PAREN: 'paren', LEFT_BRACKET: 'paren', RIGHT_BRACKET: 'paren',
  LEFT_BRACE: 'brace', RIGHT_BRACE: 'brace',
  AGGREGATOR: 'aggregation',
  COMMENT: 'comment',
  BAD: 'error',
  SPACE: 'text', COMMA: 'text',
  BOOL: 'keyword', BY: 'keyword', WITHOUT: 'keyword', ON: 'keyword', IGNORING: 'keyword',
  GROUP_LEFT: 'keyword', GROUP_RIGHT: 'keyword', OFFSET: 'keyword', START: 'keyword', END: 'keyword',
  STEP: 'keyword', RANGE: 'keyword', LAND: 'keyword', LOR: 'keyword', LUNLESS: 'keyword', ATAN2: 'keyword',
};

/** Keywords that open a parenthesised list of label names. */
export const GROUPING_KEYWORDS: ReadonlySet<ScannedType> = new Set(['BY', 'WITHOUT', 'ON', 'IGNORING', 'GROUP_LEFT', 'GROUP_RIGHT']);

const isGap = (t: Scanned) => t.type === 'SPACE' || t.type === 'COMMENT';

/**
 * Where each piece stands: inside `{…}`, or inside the label list of `by (…)` and its kin. The Lexer already
 * makes words inside braces plain identifiers; the label list needs the keyword before its parenthesis.
 */
export function labelListFlags(pieces: Scanned[]): boolean[] {
  const flags: boolean[] = [];
  let inList = false;
  let lastSolid: Scanned | undefined;
  for (const piece of pieces) {
    if (piece.type === 'LEFT_PAREN' && lastSolid && GROUPING_KEYWORDS.has(lastSolid.type)) inList = true;
    else if (piece.type === 'RIGHT_PAREN') inList = false;
    flags.push(inList && piece.type !== 'LEFT_PAREN');
    if (!isGap(piece)) lastSolid = piece;
  }
  return flags;
}

function identifierKind(pieces: Scanned[], index: number, inBraces: boolean, inList: boolean): HighlightKind {
  if (inBraces || inList) return 'label';
  let next = index + 1;
  while (next < pieces.length && isGap(pieces[next]!)) next++;
  const callsIt = pieces[next]?.type === 'LEFT_PAREN';
  return callsIt && FUNCTIONS.has(pieces[index]!.text) ? 'function' : 'metric';
}

/** Highlight tokens for `text`; their texts concatenate back to it, whatever it holds. */
export function highlight(text: string): HighlightToken[] {
  const pieces = scan(text);
  const inList = labelListFlags(pieces);
  let inBraces = false;
  return pieces.map((piece, index) => {
    if (piece.type === 'LEFT_BRACE') inBraces = true;
    if (piece.type === 'RIGHT_BRACE') inBraces = false;
    const kind =
      piece.type === 'IDENTIFIER' ? identifierKind(pieces, index, inBraces, inList[index]!)
      : inList[index] && piece.type !== 'RIGHT_PAREN' && piece.type !== 'COMMA' && !isGap(piece) && piece.type !== 'BAD' ? 'label'
      : (KIND_OF[piece.type] ?? 'operator');
    return { from: piece.start, to: piece.end, kind };
  });
}
