/** Splitting a field's text into plain and matched pieces for `<mark>`, from the back end's highlight ranges. */

export type TextPiece = { text: string; mark: boolean };

/**
 * The text cut at the ranges' edges. Ranges are half-open UTF-16 offsets; they are sorted, clipped to the
 * text and merged where they overlap or touch, so one match is one `<mark>`.
 */
export function splitHighlights(text: string, ranges: readonly (readonly [number, number])[] | undefined): TextPiece[] {
  const merged: [number, number][] = [];
  const sorted = (ranges ?? [])
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
