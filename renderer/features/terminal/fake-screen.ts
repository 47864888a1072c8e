// A tiny VT screen for tests: enough of xterm's behaviour (autowrap with a pending wrap, CR, LF, BS, CUU/CUD/
// CUF/CUB, ED, EL, CUP home) to check that the editor's bytes leave the screen showing what it thinks.
import { codePointWidth } from './cells';

/** Plays terminal output onto a grid and reports the visible rows and the cursor. */
export class FakeScreen {
  private rows: string[][] = [[]];
  row = 0;
  col = 0;
  private pendingWrap = false;

  constructor(readonly cols: number) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const csi = /^\x1b\[([0-9;]*)([A-Za-z])/.exec(data.slice(i));
      if (csi) {
        this.control(Number(csi[1] || '1'), csi[1] ?? '', csi[2]!);
        i += csi[0].length;
        continue;
      }
      const ch = String.fromCodePoint(data.codePointAt(i)!);
      i += ch.length;
      if (ch === '\r') [this.col, this.pendingWrap] = [0, false];
      else if (ch === '\n') [this.row, this.pendingWrap] = [this.row + 1, false];
      else if (ch === '\b') [this.col, this.pendingWrap] = [Math.max(0, this.col - 1), false];
      else if (ch === '\x07') continue;
      else this.print(ch);
    }
  }

  /** Visible text, one string per row, right-trimmed, trailing empty rows dropped. */
  lines(): string[] {
    const lines = this.rows.map((cells) => Array.from(cells, (c) => c ?? ' ').join('').trimEnd());
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  private line(row: number): string[] {
    while (this.rows.length <= row) this.rows.push([]);
    return this.rows[row]!;
  }

  private print(ch: string): void {
    const width = codePointWidth(ch.codePointAt(0)!);
    if (this.pendingWrap || this.col + width > this.cols) [this.row, this.col, this.pendingWrap] = [this.row + 1, 0, false];
    const cells = this.line(this.row);
    cells[this.col] = ch;
    if (width === 2) cells[this.col + 1] = '';
    this.col += width;
    if (this.col >= this.cols) [this.col, this.pendingWrap] = [this.cols - 1, true];
  }

  private control(n: number, raw: string, final: string): void {
    this.pendingWrap = false;
    if (final === 'A') this.row = Math.max(0, this.row - n);
    else if (final === 'B') this.row += n;
    else if (final === 'C') this.col = Math.min(this.cols - 1, this.col + n);
    else if (final === 'D') this.col = Math.max(0, this.col - n);
    else if (final === 'H') [this.row, this.col] = [0, 0];
    else if (final === 'K') this.line(this.row).length = Math.min(this.line(this.row).length, this.col);
    else if (final === 'J' && raw === '2') this.rows = [[]];
    else if (final === 'J') {
      this.line(this.row).length = Math.min(this.line(this.row).length, this.col);
      this.rows.length = this.row + 1;
    }
  }
}
