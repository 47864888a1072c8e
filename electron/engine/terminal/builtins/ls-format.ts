import type { FsStat } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = (365.2425 / 2) * 86_400_000;
const TERMINAL_WIDTH = 80;

/** `ls -h` sizes: powers of 1024, one decimal (rounded up) below 10, as GNU's human_readable does. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    const tenth = Math.ceil(value * 10) / 10;
    return tenth >= 10 ? `10${units[unit]}` : `${tenth.toFixed(1)}${units[unit]}`;
  }
  return `${Math.ceil(value)}${units[unit]}`;
}

/** GNU ls's time column: month, day and time for recent files, the year instead for old or future ones. */
export function lsTime(mtimeMs: number, nowMs: number): string {
  const d = new Date(mtimeMs);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const recent = nowMs - mtimeMs < SIX_MONTHS_MS && mtimeMs <= nowMs + 60_000;
  return recent ? `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : `${day}  ${d.getUTCFullYear()}`;
}

/** Kilobyte blocks a file occupies, counted in 4K filesystem blocks. */
export function blocksOf(stat: FsStat): number {
  return stat.kind === 'dir' ? 4 : Math.ceil(stat.size / 4096) * 4;
}

/** `ls -l` rows: mode, links, owner, group, size, time, name; numbers right-aligned, names left. */
export function longRows(entries: readonly { name: string; stat: FsStat }[], nowMs: number, human: boolean): string[] {
  const cells = entries.map(({ name, stat }) => [stat.mode, stat.kind === 'dir' ? '2' : '1', stat.owner, stat.owner, human ? humanSize(stat.size) : String(stat.size), lsTime(stat.mtimeMs, nowMs), name]);
  const width = (i: number) => Math.max(0, ...cells.map((c) => c[i]!.length));
  return cells.map((c) => [c[0], c[1]!.padStart(width(1)), c[2]!.padEnd(width(2)), c[3]!.padEnd(width(3)), c[4]!.padStart(width(4)), c[5], c[6]].join(' '));
}

/** Names in columns filled top to bottom, as ls lays them out for an 80-column terminal. */
export function columns(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const used = Math.ceil(names.length / rows);
    const widths = Array.from({ length: used }, (_, c) => Math.max(...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)));
    const total = widths.reduce((sum, w) => sum + w + 2, 0) - 2;
    if (total > TERMINAL_WIDTH && cols > 1) continue;
    return Array.from({ length: rows }, (_, r) =>
      widths
        .map((w, c) => ({ name: names[c * rows + r], last: c === used - 1 || names[(c + 1) * rows + r] === undefined, w }))
        .filter((cell) => cell.name !== undefined)
        .map((cell) => (cell.last ? cell.name! : cell.name!.padEnd(cell.w + 2)))
        .join(''),
    );
  }
  return [...names];
}
