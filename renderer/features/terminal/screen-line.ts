// Redraws the edited line with relative cursor moves: only the cells from the first change onwards are
// rewritten, so a keystroke mid-line costs a few bytes and never repaints the screen.
import { stripAnsi, textWidth } from './cells';

/** What the edited line shows: a prompt (may carry colours), the text, and the cursor as an index into text. */
export type LineView = { prompt: string; text: string; cursor: number };

/** Erases from the cursor to the end of the screen (the rest of a wrapped line and anything below it). */
const ERASE_BELOW = '\x1b[J';

function promptWidth(view: LineView): number {
  return textWidth(stripAnsi(view.prompt));
}

/** The cell offset (from the prompt's first cell) of `index` in the view's text. */
function offset(view: LineView, index: number): number {
  return promptWidth(view) + textWidth(view.text.slice(0, index));
}

function endOffset(view: LineView): number {
  return offset(view, view.text.length);
}

/** Moves the cursor from one cell offset to another within the line's rows. */
export function moveCursor(from: number, to: number, cols: number): string {
  const rows = Math.floor(to / cols) - Math.floor(from / cols);
  const columns = (to % cols) - (from % cols);
  let out = '';
  if (rows < 0) out += `\x1b[${-rows}A`;
  if (rows > 0) out += `\x1b[${rows}B`;
  if (columns < 0) out += `\x1b[${-columns}D`;
  if (columns > 0) out += `\x1b[${columns}C`;
  return out;
}

/**
 * After writing up to the last column the terminal waits to wrap; a space and a backspace complete the
 * wrap so the cursor is where the offset arithmetic says it is.
 */
function settleWrap(end: number, cols: number): string {
  return end > 0 && end % cols === 0 ? ' \b' : '';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Never split a surrogate pair.
  if (i > 0 && i < b.length && b.charCodeAt(i) >= 0xdc00 && b.charCodeAt(i) <= 0xdfff) i--;
  return i;
}

/** The bytes that turn the screen showing `prev` (cursor where prev says) into one showing `next`. */
export function redraw(prev: LineView, next: LineView, cols: number): string {
  const from = offset(prev, prev.cursor);
  const to = offset(next, next.cursor);
  const end = endOffset(next);
  let out: string;
  if (prev.prompt === next.prompt) {
    const same = commonPrefix(prev.text, next.text);
    if (same === prev.text.length && same === next.text.length) return moveCursor(from, to, cols);
    const start = offset(next, same);
    out = moveCursor(from, start, cols) + next.text.slice(same);
  } else {
    out = moveCursor(from, 0, cols) + next.prompt + next.text;
  }
  out += settleWrap(end, cols);
  if (endOffset(prev) > end || prev.prompt !== next.prompt) out += ERASE_BELOW;
  return out + moveCursor(end, to, cols);
}

/** Draws a view from the cursor's current position, as at a fresh prompt. */
export function draw(view: LineView, cols: number): string {
  const end = endOffset(view);
  return view.prompt + view.text + settleWrap(end, cols) + moveCursor(end, offset(view, view.cursor), cols);
}

/** Moves from the view's cursor to the end of its text (before a newline leaves the line). */
export function toEnd(view: LineView, cols: number): string {
  return moveCursor(offset(view, view.cursor), endOffset(view), cols);
}
