/** The one problem the query editor underlines: the parser's first error, as a range that can be drawn. */
import { ParseError } from '../parser/errors';
import { parseExpr } from '../parser/parse';

export type Diagnostic = { message: string; from: number; to: number };

/** Widens an empty range to one character (the last one when the range sits at the end) so it can be underlined. */
function drawable(from: number, to: number, length: number): { from: number; to: number } {
  const start = Math.max(0, Math.min(from, length));
  const end = Math.max(start, Math.min(to, length));
  if (end > start) return { from: start, to: end };
  if (start < length) return { from: start, to: start + 1 };
  return { from: Math.max(0, length - 1), to: length };
}

/** Why `text` is not a valid PromQL expression, or undefined when it is (or is still empty). */
export function diagnose(text: string): Diagnostic | undefined {
  if (text.trim() === '') return undefined;
  try {
    parseExpr(text);
    return undefined;
  } catch (e) {
    if (e instanceof ParseError) return { message: e.message, ...drawable(e.positionRange.start, e.positionRange.end, text.length) };
    return { message: e instanceof Error ? e.message : String(e), from: 0, to: text.length };
  }
}
