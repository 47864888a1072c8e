import { memo, useCallback, useMemo } from 'react';
import type { Panel } from '../../../../electron/contract';
import type { Column } from '../lib/table';
import { tableFromFrames } from '../lib/table';
import { formatTimestamp } from '../lib/time-format';
import { formatText } from '../lib/units';
import { fieldDefaults } from './panel-options';
import { SortableTable } from './SortableTable';
import type { Frame } from './types';

/**
 * The text alternative of any panel: its data as a table (caption = panel title, header cells scoped), so every
 * value a chart shows can be read without hovering.
 */
export const DataTableView = memo(function DataTableView({ panel, frames, height }: { panel: Panel; frames: Frame[]; height: number }) {
  const model = useMemo(() => tableFromFrames(frames), [frames]);
  const defaults = fieldDefaults(panel);
  const cell = useCallback(
    (value: string | number, column: Column) => {
      if (typeof value === 'string') return { text: value };
      if (column.kind === 'time') return { text: formatTimestamp(value) };
      return { text: formatText(value, { unit: defaults.unit, decimals: defaults.decimals, noValue: '—' }) };
    },
    [defaults.unit, defaults.decimals],
  );
  return <SortableTable caption={panel.title || 'Panel data'} columns={model.columns} rows={model.rows} cell={cell} height={height} />;
});
