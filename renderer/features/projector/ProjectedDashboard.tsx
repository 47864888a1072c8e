import { useEffect, useMemo, useState } from 'react';
import type { Dashboard, Panel } from '../../../electron/contract';
import type { VariableState } from '../../../electron/engine/dashboards';
import { resolveRange, resolveVariables } from '../../../electron/engine/dashboards';
import { api } from '../../api/client';
import { variableFetchers } from '../dashboard/data/variable-fetchers';
import { compactLayout, GRID_GAP_PX, gridArea } from '../dashboard/grid/grid-layout';
import { ProjectedPanel } from './ProjectedPanel';
import '../dashboard/dashboard.css';

/** Projector rows are taller than the learner's (30 px): the room reads them from the back. */
const PROJECTOR_ROW_PX = 40;
/** The range moves on at least every 15 s of sim time, or a sixtieth of the range, so a fast clock does not flood. */
const MIN_REFRESH_SIM_MS = 15_000;

type Opened = { uid: string; dashboard: Dashboard } | { uid: string; error: string };

/**
 * The dashboard the instructor chose, drawn large and read-only with live data: its time range resolves against the
 * drill's sim clock and moves on as the clock does. Opened with `auto`, so the projector's look is not logged as
 * the learner's.
 */
export function ProjectedDashboard({ uid, simNow }: { uid: string; simNow: number }) {
  const [opened, setOpened] = useState<Opened>();
  useEffect(() => {
    let current = true;
    void api()
      .invoke('dashboard.open', { uid, auto: true })
      .then((result) => current && setOpened(result.ok ? { uid, dashboard: result.value.dashboard } : { uid, error: result.error.message }));
    return () => {
      current = false;
    };
  }, [uid]);
  if (!opened || opened.uid !== uid) return <p>Opening the dashboard…</p>;
  if ('error' in opened) return <p role="alert">The dashboard cannot be shown: {opened.error}</p>;
  return <LiveGrid key={uid} dashboard={opened.dashboard} simNow={simNow} />;
}

function LiveGrid({ dashboard, simNow }: { dashboard: Dashboard; simNow: number }) {
  // The sim time the range was last resolved at: moves on with the clock, in steps (each step re-runs the queries).
  const [anchor, setAnchor] = useState(simNow);
  const resolved = useMemo(() => resolveRange(dashboard.time, anchor), [dashboard.time, anchor]);
  const span = 'error' in resolved ? 0 : resolved.to - resolved.from;
  useEffect(() => {
    if (simNow < anchor || simNow - anchor >= Math.max(MIN_REFRESH_SIM_MS, span / 60)) setAnchor(simNow);
  }, [simNow, anchor, span]);
  const from = 'error' in resolved ? undefined : resolved.from;
  const to = 'error' in resolved ? undefined : resolved.to;
  const range = useMemo(() => (from === undefined || to === undefined ? undefined : { from, to }), [from, to]);

  const variables = useVariables(dashboard, range);
  if ('error' in resolved) return <p role="alert">Time range: {resolved.error}</p>;
  if (!range || !variables) return <p>Loading the dashboard…</p>;
  const panels = compactLayout(dashboard.panels);
  return (
    <div className="dash-grid projector-grid" style={{ gridAutoRows: `${PROJECTOR_ROW_PX}px`, rowGap: GRID_GAP_PX, columnGap: GRID_GAP_PX }}>
      {panels.map((panel) => (panel.type === 'row' ? <RowTitle key={panel.id} row={panel} /> : <ProjectedPanel key={panel.id} panel={panel} range={range} variables={variables} nowMs={anchor} />))}
    </div>
  );
}

/** A row's title as a heading; a folded row's panels stay folded (the learner's dashboard shows them so too). */
function RowTitle({ row }: { row: Panel }) {
  return (
    <h3 className="dash-row projector-row" style={gridArea({ ...row.gridPos, x: 0, w: 24, h: 1 })}>
      {row.title || 'Row'}
    </h3>
  );
}

/** Whether any variable re-reads its values when the time range changes (Grafana's refresh 2). */
function refreshesOnTime(d: Dashboard): boolean {
  return d.templating.list.some((v) => v.refresh === 2);
}

/** The dashboard's variables at their saved values, read once (and again on range changes for those that ask). */
function useVariables(dashboard: Dashboard, range: { from: number; to: number } | undefined): VariableState[] | undefined {
  const [states, setStates] = useState<{ key: string; states: VariableState[] }>();
  const key = range === undefined ? undefined : JSON.stringify([dashboard.uid, refreshesOnTime(dashboard) ? range : null]);
  useEffect(() => {
    if (key === undefined || range === undefined) return;
    if (dashboard.templating.list.length === 0) return setStates({ key, states: [] });
    let current = true;
    void resolveVariables(dashboard, range, variableFetchers(range)).then((resolved) => current && setStates({ key, states: resolved }));
    return () => {
      current = false;
    };
    // The key decides: a range step re-reads only the variables that ask for it.
  }, [key]);
  return states?.states;
}
