import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useId, useRef, useState } from 'react';
import type { Panel } from '../../../../electron/contract';
import type { PanelQueryContext } from '../data/usePanelData';
import { usePanelData } from '../data/usePanelData';
import type { Crosshair } from '../panels/types';
import { PanelBody } from '../panels/renderPanel';
import { cellsFromPixels, gridArea } from './grid-layout';
import { PanelMenu } from './PanelMenu';
import { useElementSize, useOnScreen } from './useElementSize';

export type PanelActions = {
  onMove(dx: number, dy: number): void;
  onResize(dw: number, dh: number): void;
  onEdit(): void;
  onDuplicate(): void;
  onRemove(): void;
  onZoom(from: number, to: number): void;
  onCrosshair?(time: number | undefined): void;
};

type Props = {
  panel: Panel;
  query: Omit<PanelQueryContext, 'width' | 'active'>;
  nowMs: number;
  editing: boolean;
  gridWidth: number;
  crosshair?: Crosshair;
  actions: PanelActions;
};

type Drag = { kind: 'move' | 'resize'; startX: number; startY: number; dx: number; dy: number };

/** One panel on the grid: its header (title, description, menu), its body with live data, and in edit mode its handles. */
export function PanelFrame({ panel, query, nowMs, editing, gridWidth, crosshair, actions }: Props) {
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(frame);
  const size = useElementSize(body);
  const [tableView, setTableView] = useState(false);
  const [drag, setDrag] = useState<Drag>();
  const { data, logs, range, refreshing } = usePanelData(panel, { ...query, width: size.width, active: onScreen && size.width > 0 });

  const startDrag = (kind: Drag['kind']) => (event: ReactPointerEvent) => {
    if (!editing || event.button !== 0 || (event.target as HTMLElement).closest('button') !== null && kind === 'move') return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    setDrag({ kind, startX: event.clientX, startY: event.clientY, dx: 0, dy: 0 });
  };
  const moveDrag = (event: ReactPointerEvent) => {
    if (drag) setDrag({ ...drag, dx: event.clientX - drag.startX, dy: event.clientY - drag.startY });
  };
  const endDrag = () => {
    if (!drag) return;
    const cells = cellsFromPixels(drag.dx, drag.dy, gridWidth);
    setDrag(undefined);
    if (cells.dx === 0 && cells.dy === 0) return;
    if (drag.kind === 'move') actions.onMove(cells.dx, cells.dy);
    else actions.onResize(cells.dx, cells.dy);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Arrows move (Shift: resize) only when the panel itself has focus, so the panel's own controls keep their keys.
    if (!editing || event.target !== event.currentTarget) return;
    const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!step) return;
    event.preventDefault();
    if (event.shiftKey) actions.onResize(step[0]!, step[1]!);
    else actions.onMove(step[0]!, step[1]!);
  };

  const style = {
    ...gridArea(panel.gridPos),
    ...(drag?.kind === 'move' ? { transform: `translate(${drag.dx}px, ${drag.dy}px)`, zIndex: 5 } : {}),
    ...(drag?.kind === 'resize' ? { marginRight: -drag.dx, marginBottom: -drag.dy, zIndex: 5 } : {}),
  };
  const position = `column ${panel.gridPos.x + 1}, row ${panel.gridPos.y + 1}, ${panel.gridPos.w} wide, ${panel.gridPos.h} high`;
  return (
    <section
      ref={frame}
      className={['dash-panel', panel.transparent ? 'transparent' : '', editing ? 'editing' : '', drag ? 'dragging' : ''].join(' ')}
      style={style}
      tabIndex={0}
      aria-labelledby={titleId}
      aria-describedby={editing ? `${titleId}-position` : undefined}
      data-panel-id={panel.id}
      onKeyDown={onKeyDown}
    >
      <header className="dash-panel-header" onPointerDown={startDrag('move')} onPointerMove={moveDrag} onPointerUp={endDrag} onPointerCancel={() => setDrag(undefined)}>
        <h3 id={titleId} className="dash-panel-title">
          {panel.title || <span className="visually-hidden">Untitled panel {panel.id}</span>}
        </h3>
        {panel.description && (
          <button type="button" className="panel-icon panel-info" aria-label={`About ${panel.title}: ${panel.description}`} title={panel.description}>
            i
          </button>
        )}
        {(data.state === 'loading' || refreshing) && <span className="panel-loading" role="img" aria-label="Loading" />}
        {data.state === 'error' && (
          <span className="panel-error-icon" role="img" aria-label={`Query error: ${data.error}`} title={data.error}>
            ⚠
          </span>
        )}
        <PanelMenu
          title={panel.title}
          items={[
            { label: tableView ? 'View as chart' : 'View as table', onSelect: () => setTableView(!tableView) },
            { label: 'Edit', onSelect: actions.onEdit },
            { label: 'Duplicate', onSelect: actions.onDuplicate },
            { label: 'Remove', onSelect: actions.onRemove },
          ]}
        />
      </header>
      {editing && (
        <p className="visually-hidden" id={`${titleId}-position`}>
          {position}. Arrow keys move the panel, Shift and arrow keys resize it.
        </p>
      )}
      <div className="dash-panel-body" ref={body}>
        {size.width > 0 && (
          <PanelBody
            panel={panel}
            data={data}
            range={range}
            width={size.width}
            height={size.height}
            tableView={tableView}
            onZoom={actions.onZoom}
            crosshair={crosshair}
            onCrosshair={actions.onCrosshair}
            now={nowMs}
            logs={logs}
          />
        )}
      </div>
      {editing && (
        <div
          className="dash-resize-handle"
          role="presentation"
          onPointerDown={startDrag('resize')}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={() => setDrag(undefined)}
        />
      )}
    </section>
  );
}
