import { useId, useRef } from 'react';
import type { Panel } from '../../../electron/contract';
import type { VariableState } from '../../../electron/engine/dashboards';
import { usePanelData } from '../dashboard/data/usePanelData';
import { gridArea } from '../dashboard/grid/grid-layout';
import { useElementSize } from '../dashboard/grid/useElementSize';
import { PanelBody } from '../dashboard/panels/renderPanel';

type Props = {
  panel: Panel;
  range: { from: number; to: number };
  variables: VariableState[];
  /** Sim "now" in unix ms (stat sparklines, logs panels). */
  nowMs: number;
};

/**
 * One dashboard panel on the projector: its title and its live data, drawn by the dashboard feature's own panel
 * bodies. Read-only: no menu, no handles, no zoom; its queries say `auto`, so they never enter the learner's log.
 */
export function ProjectedPanel({ panel, range, variables, nowMs }: Props) {
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  const size = useElementSize(body);
  const { data, logs, range: panelRange } = usePanelData(panel, { range, variables, width: size.width, active: size.width > 0, refreshKey: 0 });
  return (
    <section className={['dash-panel', 'projector-panel', panel.transparent ? 'transparent' : ''].join(' ')} style={gridArea(panel.gridPos)} aria-labelledby={titleId}>
      <header className="dash-panel-header">
        <h3 id={titleId} className="dash-panel-title">
          {panel.title || <span className="visually-hidden">Untitled panel {panel.id}</span>}
        </h3>
        {data.state === 'error' && (
          <span className="panel-error-icon" role="img" aria-label={`Query error: ${data.error}`}>
            ⚠
          </span>
        )}
      </header>
      <div className="dash-panel-body" ref={body}>
        {size.width > 0 && <PanelBody panel={panel} data={data} range={panelRange} width={size.width} height={size.height} tableView={false} now={nowMs} logs={logs} />}
      </div>
    </section>
  );
}
