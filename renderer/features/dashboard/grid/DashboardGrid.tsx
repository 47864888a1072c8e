import { memo, useRef, useState } from 'react';
import type { Dashboard, Panel } from '../../../../electron/contract';
import type { VariableState } from '../../../../electron/engine/dashboards';
import { toggleRow } from '../../../../electron/engine/dashboards';
import { useAppStore } from '../../../state/store';
import { compactLayout, duplicatePanel, GRID_GAP_PX, GRID_ROW_PX, gridArea, movePanel, removePanel, resizePanel } from './grid-layout';
import { PanelFrame } from './PanelFrame';
import { useElementSize } from './useElementSize';

type Props = {
  dashboard: Dashboard;
  range: { from: number; to: number };
  variables: VariableState[];
  refreshKey: number;
  nowMs: number;
  editing: boolean;
  onChange(dashboard: Dashboard): void;
  onEditPanel(panel: Panel): void;
  onZoom(from: number, to: number): void;
};

/**
 * The 24-column grid: panels placed by gridPos (compacted upwards, as Grafana shows them), rows as full-width
 * headers with a chevron to fold them. A folded row's panels live in the row and are neither drawn nor queried.
 */
/** Memoised: the drill view changes on every clock tick, the grid only when its own inputs do. */
export const DashboardGrid = memo(function DashboardGrid({ dashboard, range, variables, refreshKey, nowMs, editing, onChange, onEditPanel, onZoom }: Props) {
  const grid = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(grid);
  const shared = dashboard.graphTooltip >= 1;
  const crosshair = useAppStore((s) => (shared ? s.crosshair : undefined));
  const setCrosshair = useAppStore((s) => s.setCrosshair);
  const panels = compactLayout(dashboard.panels);
  const withPanels = (next: Panel[]) => onChange({ ...dashboard, panels: compactLayout(next) });
  const query = { range, variables, refreshKey };
  return (
    <div className="dash-grid" ref={grid} style={{ gridAutoRows: `${GRID_ROW_PX}px`, rowGap: GRID_GAP_PX, columnGap: GRID_GAP_PX }}>
      {panels.map((panel) =>
        panel.type === 'row' ? (
          <RowHeader key={panel.id} row={panel} editing={editing} onToggle={() => onChange(toggleRow(dashboard, panel.id))} onRemove={() => withPanels(removePanel(dashboard.panels, panel.id))} />
        ) : (
          <PanelFrame
            key={panel.id}
            panel={panel}
            query={query}
            nowMs={nowMs}
            editing={editing}
            gridWidth={width}
            crosshair={crosshair}
            actions={{
              onMove: (dx, dy) => withPanels(movePanel(panels, panel.id, dx, dy)),
              onResize: (dw, dh) => withPanels(resizePanel(panels, panel.id, dw, dh)),
              onEdit: () => onEditPanel(panel),
              onDuplicate: () => withPanels(duplicatePanel(panels, panel.id)),
              onRemove: () => withPanels(removePanel(panels, panel.id)),
              onZoom,
              onCrosshair: shared ? (time) => setCrosshair({ time, source: time === undefined ? undefined : panel.id }) : undefined,
            }}
          />
        ),
      )}
      {panels.length === 0 && <p className="dash-empty">This dashboard has no panels yet. Choose Edit, then Add panel.</p>}
    </div>
  );
});

function RowHeader({ row, editing, onToggle, onRemove }: { row: Panel; editing: boolean; onToggle(): void; onRemove(): void }) {
  const collapsed = row.collapsed === true;
  const hidden = row.panels?.length ?? 0;
  // A folded row takes its panels with it, so removing one asks first (as Grafana does).
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="dash-row" style={gridArea({ ...row.gridPos, x: 0, w: 24, h: 1 })}>
      <button type="button" className="dash-row-toggle" aria-expanded={!collapsed} onClick={onToggle}>
        <span aria-hidden="true" className="chevron">
          {collapsed ? '▸' : '▾'}
        </span>
        {row.title || 'Row'}
        {collapsed && hidden > 0 && <span className="dash-row-count"> ({hidden} panel{hidden === 1 ? '' : 's'})</span>}
      </button>
      {editing && !confirming && (
        <button type="button" className="panel-icon" aria-label={`Remove row ${row.title}`} onClick={() => (collapsed && hidden > 0 ? setConfirming(true) : onRemove())}>
          ✕
        </button>
      )}
      {editing && confirming && (
        <span role="group" aria-label={`Remove row ${row.title} and its panels?`} className="dash-row-confirm">
          Remove the row and its {hidden} panel{hidden === 1 ? '' : 's'}?{' '}
          <button type="button" className="dash-button" onClick={onRemove}>
            Remove
          </button>
          <button type="button" className="dash-button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      )}
    </div>
  );
}
