// Screen geometry of text: how many terminal cells a string takes, so the editor can move the cursor
// across wrapped lines with relative ANSI moves.

/** East Asian wide and emoji ranges xterm draws two cells wide (the common blocks, not the whole table). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Cells one code point takes: 0 for combining marks, 2 for wide characters, else 1. */
export function codePointWidth(code: number): number {
  if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

/** Cells a plain string takes (no escape sequences). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0)!);
  return width;
}

/** Removes SGR and other CSI sequences, leaving what the screen shows. */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[\x40-\x7e]/g, '');
}

/** Index of the code point before `index` (for moving left over surrogate pairs). */
export function previousIndex(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  return index >= 2 && low >= 0xdc00 && low <= 0xdfff ? index - 2 : index - 1;
}

/** Index of the code point after `index`. */
export function nextIndex(text: string, index: number): number {
  if (index >= text.length) return text.length;
  return index + String.fromCodePoint(text.codePointAt(index)!).length;
}
