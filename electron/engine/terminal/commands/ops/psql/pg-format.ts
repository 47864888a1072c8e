/**
 * psql's output: the aligned table (centred headers, numbers right-aligned, `(N rows)`), `-t` tuples only,
 * `-A` unaligned with `|`, `-x` expanded records; and how Postgres prints timestamps and intervals.
 */

/** A result set: column names, which are numeric (right-aligned), and rows of text (null prints empty). */
export type ResultSet = { columns: string[]; numeric: boolean[]; rows: (string | null)[][] };
export type PrintMode = { tuplesOnly: boolean; unaligned: boolean; expanded: boolean };

function footer(n: number): string {
  return `(${n} ${n === 1 ? 'row' : 'rows'})`;
}

function aligned(set: ResultSet, tuplesOnly: boolean): string {
  const widths = set.columns.map((c, i) => Math.max(tuplesOnly ? 0 : c.length, ...set.rows.map((r) => (r[i] ?? '').length)));
  const last = set.columns.length - 1;
  const out: string[] = [];
  if (!tuplesOnly) {
    // Headers are centred and padded in full, the last one too (print.c pads it and adds the border space).
    const centred = set.columns.map((c, i) => {
      const spare = widths[i]! - c.length;
      return ` ${' '.repeat(Math.floor(spare / 2))}${c}${' '.repeat(Math.ceil(spare / 2))} `;
    });
    out.push(centred.join('|'));
    out.push(widths.map((w) => '-'.repeat(w + 2)).join('+'));
  }
  for (const row of set.rows) {
    // Data cells: numbers right-aligned; the last column is not padded on the right.
    const cells = row.map((v, i) => {
      const text = v ?? '';
      const padded = set.numeric[i] ? text.padStart(widths[i]!) : i === last ? text : text.padEnd(widths[i]!);
      return i === last ? ` ${padded}` : ` ${padded} `;
    });
    out.push(cells.join('|').replace(/ +$/, ''));
  }
  if (!tuplesOnly) out.push(footer(set.rows.length));
  return `${out.join('\n')}\n${tuplesOnly ? '' : '\n'}`;
}

/** print_aligned_vertical's record line: the label, then rules around the '+' that the label may swallow. */
function recordRule(n: number, nameWidth: number, valueWidth: number): string {
  const label = `-[ RECORD ${n} ]`;
  let out = label + '-'.repeat(Math.max(0, nameWidth - label.length));
  let rest = label.length - nameWidth;
  out += rest-- <= 0 ? '-' : '';
  out += rest-- <= 0 ? '+' : '-';
  out += rest-- <= 0 ? '-' : '';
  return out + '-'.repeat(Math.max(0, valueWidth - Math.max(0, rest)));
}

function expanded(set: ResultSet, tuplesOnly: boolean): string {
  if (set.rows.length === 0) return tuplesOnly ? '' : '(0 rows)\n\n';
  const nameWidth = Math.max(...set.columns.map((c) => c.length));
  const valueWidth = Math.max(...set.rows.flatMap((r) => r.map((v) => (v ?? '').length)));
  const blocks = set.rows.map((row, n) => [recordRule(n + 1, nameWidth, valueWidth), ...row.map((v, i) => `${set.columns[i]!.padEnd(nameWidth)} | ${v ?? ''}`.replace(/\s+$/, ''))].join('\n'));
  return `${blocks.join('\n')}\n${tuplesOnly ? '' : '\n'}`;
}

/** The text psql prints for a result set in the given mode. */
export function formatResult(set: ResultSet, mode: PrintMode): string {
  if (mode.expanded) return expanded(set, mode.tuplesOnly);
  if (!mode.unaligned) return aligned(set, mode.tuplesOnly);
  const lines = set.rows.map((r) => r.map((v) => v ?? '').join('|'));
  if (!mode.tuplesOnly) {
    lines.unshift(set.columns.join('|'));
    lines.push(footer(set.rows.length));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A timestamptz as Postgres prints it in UTC: `2026-03-13 10:05:00.12+00` (trailing zeros of the fraction dropped). */
export function pgTimestamp(unixMs: number): string {
  const d = new Date(Math.floor(unixMs));
  const ms = d.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0').replace(/0+$/, '')}`;
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${fraction}+00`;
}

/** An interval as Postgres prints it: `00:00:12.345678`, `1 day 02:03:04.5`. */
export function pgInterval(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.abs(seconds);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest - h * 3600) / 60);
  const s = rest - h * 3600 - m * 60;
  const whole = Math.floor(s);
  const micros = Math.round((s - whole) * 1e6);
  const fraction = micros === 0 ? '' : `.${String(micros).padStart(6, '0').replace(/0+$/, '')}`;
  const time = `${sign}${two(h)}:${two(m)}:${two(whole)}${fraction}`;
  return days > 0 ? `${sign}${days} day${days === 1 ? '' : 's'} ${time}` : time;
}
