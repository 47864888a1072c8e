import type { Frame } from '../panels/types';

export type Column = { key: string; title: string; kind: 'time' | 'label' | 'value' };
export type Row = { key: string; cells: Record<string, string | number> };
export type TableModel = { columns: Column[]; rows: Row[] };
export type SortDirection = 'asc' | 'desc';
export type SortState = { column: string; direction: SortDirection } | undefined;

/** Instant answers (every frame one point) become one row per series; range answers a Time column + one per series. */
export function isInstant(frames: Frame[]): boolean {
  return frames.every((f) => f.times.length <= 1);
}

/** One row per series: a column per label (sorted, `__name__` first) and Value, as Grafana's table. */
export function instantTable(frames: Frame[]): TableModel {
  const labelKeys = [...new Set(frames.flatMap((f) => Object.keys(f.labels)))].sort((a, b) =>
    a === '__name__' ? -1 : b === '__name__' ? 1 : a.localeCompare(b),
  );
  const columns: Column[] = [
    ...labelKeys.map((key): Column => ({ key: `label:${key}`, title: key, kind: 'label' })),
    { key: 'value', title: 'Value', kind: 'value' },
  ];
  const rows = frames.map((f, i): Row => {
    const cells: Record<string, string | number> = { value: f.values[0] ?? NaN };
    for (const key of labelKeys) cells[`label:${key}`] = f.labels[key] ?? '';
    return { key: `${f.refId}:${i}`, cells };
  });
  return { columns, rows };
}

/** Time + one column per series (named by its legend), a row per distinct time, NaN where a series has none. */
export function rangeTable(frames: Frame[]): TableModel {
  const columns: Column[] = [
    { key: 'time', title: 'Time', kind: 'time' },
    ...frames.map((f, i): Column => ({ key: `series:${i}`, title: f.name, kind: 'value' })),
  ];
  const byTime = new Map<number, Record<string, string | number>>();
  frames.forEach((f, i) =>
    f.times.forEach((t, j) => {
      const cells = byTime.get(t) ?? { time: t };
      cells[`series:${i}`] = f.values[j] ?? NaN;
      byTime.set(t, cells);
    }),
  );
  const rows = [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, cells]): Row => {
      for (let i = 0; i < frames.length; i++) if (!(`series:${i}` in cells)) cells[`series:${i}`] = NaN;
      return { key: String(t), cells };
    });
  return { columns, rows };
}

export function tableFromFrames(frames: Frame[]): TableModel {
  return isInstant(frames) ? instantTable(frames) : rangeTable(frames);
}

/** Rows sorted by a column: numbers numerically (NaN last either way), text by locale; stable. */
export function sortRows(rows: Row[], sort: SortState): Row[] {
  if (!sort) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row.cells[sort.column];
      const b = y.row.cells[sort.column];
      const aMissing = a === undefined || (typeof a === 'number' && Number.isNaN(a));
      const bMissing = b === undefined || (typeof b === 'number' && Number.isNaN(b));
      if (aMissing || bMissing) return aMissing === bMissing ? x.index - y.index : aMissing ? 1 : -1;
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });
      return order === 0 ? x.index - y.index : sign * order;
    })
    .map(({ row }) => row);
}

/** Header click / Enter: none → ascending → descending → none. */
export function nextSort(current: SortState, column: string): SortState {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}
