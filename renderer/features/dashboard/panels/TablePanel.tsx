import { memo, useCallback, useMemo } from 'react';
import { readableTextOn } from '../lib/colors';
import type { Column } from '../lib/table';
import { tableFromFrames } from '../lib/table';
import { formatTimestamp } from '../lib/time-format';
import { displayText, displayValue } from './display';
import { PanelMessage } from './PanelMessage';
import { fieldDefaults, valueRange } from './panel-options';
import type { CellDisplay } from './SortableTable';
import { SortableTable } from './SortableTable';
import type { PanelProps } from './types';

type CellMode = 'auto' | 'color-text' | 'color-background';

/** How value cells are coloured: `custom.cellOptions.type` (Grafana 10+) or `custom.displayMode` (Grafana 9). */
function cellMode(custom: Record<string, unknown> | undefined): CellMode {
  const options = custom?.cellOptions as { type?: unknown } | undefined;
  const mode = options?.type ?? custom?.displayMode;
  if (mode === 'color-text') return 'color-text';
  if (mode === 'color-background' || mode === 'color-background-solid') return 'color-background';
  return 'auto';
}

/**
 * Grafana's table panel: an instant query as one row per series (labels and Value), a range query as Time plus a
 * column per series; headers sort; values formatted with the unit and mappings, coloured by threshold on request.
 */
export const TablePanel = memo(function TablePanel({ panel, data, height }: PanelProps) {
  const defaults = fieldDefaults(panel);
  const model = useMemo(() => tableFromFrames(data.frames), [data.frames]);
  const mode = cellMode(defaults.custom);
  const range = useMemo(() => valueRange(defaults, data.frames.flatMap((f) => f.values)), [defaults, data.frames]);
  const cell = useCallback(
    (value: string | number, column: Column): CellDisplay => {
      if (typeof value === 'string') return { text: value };
      if (column.kind === 'time') return { text: formatTimestamp(value) };
      const display = displayValue(value, { ...defaults, noValue: defaults.noValue ?? '—' }, range);
      const text = displayText(display);
      if (mode === 'color-text') return { text, color: display.color };
      if (mode === 'color-background') return { text, background: display.color, color: readableTextOn(display.color) };
      return { text };
    },
    [defaults, mode, range],
  );
  if (data.state === 'error' || model.rows.length === 0) return <PanelMessage data={data} empty={model.rows.length === 0} noValue={defaults.noValue} />;
  return <SortableTable caption={panel.title || 'Table'} captionHidden columns={model.columns} rows={model.rows} cell={cell} height={height} />;
});
