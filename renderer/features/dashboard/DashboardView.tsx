import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dashboard, DrillView, Panel } from '../../../electron/contract';
import type { VariableState } from '../../../electron/engine/dashboards';
import { newDashboard, newPanel, resolveRange, resolveVariables, selectVariableValue } from '../../../electron/engine/dashboards';
import { useAppStore } from '../../state/store';
import { DashboardPicker } from './DashboardPicker';
import { variableFetchers } from './data/variable-fetchers';
import { ExportDialog, ImportDialog } from './editor/JsonDialogs';
import { PanelEditor } from './editor/PanelEditor';
import { DashboardGrid } from './grid/DashboardGrid';
import { useDashboardKeys } from './keys/useDashboardKeys';
import { refreshDue } from './time/refresh';
import { absoluteRange, zoomOut } from './time/zoom';
import { RefreshPicker } from './toolbar/RefreshPicker';
import { TimePicker } from './toolbar/TimePicker';
import { VariablesBar } from './toolbar/VariablesBar';

type Dialog = 'import' | 'export' | 'reset' | undefined;

/** A uid for a learner's new dashboard (Grafana's are short random strings too). */
function freshUid(): string {
  return `my-${crypto.randomUUID().slice(0, 8)}`;
}

/** Whether any variable re-reads its values when the time range changes (refresh 2). */
function refreshesOnTime(d: Dashboard): boolean {
  return d.templating.list.some((v) => v.refresh === 2);
}

/**
 * The open dashboard: title and toolbar (dashboards, time, zoom, refresh, edit, save, import/export,
 * presentation), its variables, and the grid. Relative ranges resolve against the drill's sim clock, and
 * auto refresh is measured in sim time too.
 */
export function DashboardView({ view }: { view: DrillView }) {
  const open = useAppStore((s) => s.openDashboard);
  const dashboards = useAppStore((s) => s.dashboards);
  const time = useAppStore((s) => s.dashTime);
  const zoomHistory = useAppStore((s) => s.zoomHistory);
  const refreshSetting = useAppStore((s) => s.dashRefresh);
  const variableStates = useAppStore((s) => s.variableStates);
  const presentation = useAppStore((s) => s.presentation);
  const editing = useAppStore((s) => s.editingDashboard);
  const busy = useAppStore((s) => s.dashboardBusy);
  const notice = useAppStore((s) => s.dashboardNotice);
  const actions = useAppStore.getState();
  const [dialog, setDialog] = useState<Dialog>();
  const [editingPanel, setEditingPanel] = useState<Panel>();
  const [refreshKey, setRefreshKey] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  const simNow = view.startUnixMs + view.now;
  // Stable, so the memoised grid skips the renders every clock tick brings (panels change on refreshes only).
  const zoomTo = useCallback((from: number, to: number) => useAppStore.getState().setDashTime(absoluteRange({ from, to })), []);
  const simNowRef = useRef(simNow);
  simNowRef.current = simNow;
  // The sim time the range was last resolved at: moves on refreshes, not on every tick.
  const [anchor, setAnchor] = useState(simNow);
  useEffect(() => {
    if (refreshDue(refreshSetting, anchor, simNow)) setAnchor(simNow);
  }, [refreshSetting, anchor, simNow]);
  // A new range (or dashboard) is resolved at the current moment.
  useEffect(() => setAnchor(simNowRef.current), [time?.from, time?.to, open?.summary.uid]);

  const resolved = useMemo(() => (time ? resolveRange(time, anchor) : { error: 'no time range' }), [time, anchor]);
  const rangeFrom = 'error' in resolved ? undefined : resolved.from;
  const rangeTo = 'error' in resolved ? undefined : resolved.to;
  const range = useMemo(() => (rangeFrom === undefined || rangeTo === undefined ? undefined : { from: rangeFrom, to: rangeTo }), [rangeFrom, rangeTo]);

  // Variables: on open, when their definitions change, and on range changes for those that ask (refresh 2).
  const dashboard = open?.dashboard;
  const variablesKey = useMemo(() => {
    if (!dashboard || !range) return undefined;
    const definitions = dashboard.templating.list.map((v) => ({ ...v, current: undefined, options: undefined }));
    return JSON.stringify([open?.summary.uid, definitions, refreshesOnTime(dashboard) ? range : undefined]);
  }, [dashboard, range, open?.summary.uid]);
  const [variablesFor, setVariablesFor] = useState<string>();
  useEffect(() => {
    if (!dashboard || !range || variablesKey === undefined) return;
    let current = true;
    void resolveVariables(dashboard, range, variableFetchers(range), useAppStore.getState().variableStates).then((states) => {
      if (!current) return;
      useAppStore.getState().setVariableStates(states);
      setVariablesFor(variablesKey);
    });
    return () => {
      current = false;
    };
    // Only the key decides: panel edits must not re-read the variables.
  }, [variablesKey]);

  const selectVariable = (name: string, values: string[]) => {
    if (!dashboard || !range) return;
    const chosen: VariableState[] = variableStates.map((s) => (s.variable.name === name ? selectVariableValue(s, values) : s));
    actions.setVariableStates(chosen);
    // Variables that depend on this one read their values again.
    void resolveVariables(dashboard, range, variableFetchers(range), chosen).then((states) => actions.setVariableStates(states));
  };

  const toggleEditing = (on: boolean) => {
    setEditingPanel(undefined);
    actions.setEditingDashboard(on);
  };
  useDashboardKeys({
    onEscape: () => {
      if (dialog || editingPanel) return;
      if (useAppStore.getState().presentation) actions.setPresentation(false);
      else if (useAppStore.getState().editingDashboard) toggleEditing(false);
    },
    onZoomOut: () => range && actions.setDashTime(absoluteRange(zoomOut(range))),
    onKiosk: () => actions.setPresentation(!useAppStore.getState().presentation),
  });

  // Presentation mode is a class on the app root: the rest of the drill screen hides, the dashboard fills the window.
  useEffect(() => {
    const app = root.current?.closest('.app');
    app?.classList.toggle('presentation', presentation);
    return () => app?.classList.remove('presentation');
  }, [presentation]);

  if (!open || !dashboard || !time) {
    return (
      <div className="dash-view" ref={root}>
        <div className="dash-toolbar">
          <DashboardPicker dashboards={dashboards} dirty={false} onOpen={(uid) => void actions.openDashboardByUid(uid)} />
          <button type="button" className="dash-button" onClick={() => actions.importDashboard(newDashboard('New dashboard', freshUid()), [])}>
            New dashboard
          </button>
          <button type="button" className="dash-button" onClick={() => setDialog('import')}>
            Import
          </button>
        </div>
        <p className="dash-empty">{dashboards === undefined ? 'Loading dashboards…' : 'No dashboard open. Choose one from Dashboards.'}</p>
        {dialog === 'import' && <ImportDialog onClose={() => setDialog(undefined)} onImport={(d, w) => (actions.importDashboard(d, w), setDialog(undefined))} />}
      </div>
    );
  }

  const edit = (next: Dashboard) => actions.editDashboard(next);
  const addPanel = (type: string) => {
    const panel = newPanel(dashboard, type);
    edit({ ...dashboard, panels: [...dashboard.panels, panel] });
    if (type !== 'row') setEditingPanel(panel);
  };
  const applyPanel = (panel: Panel) => {
    edit({ ...dashboard, panels: dashboard.panels.map((p) => (p.id === panel.id ? panel : p)) });
    setEditingPanel(undefined);
  };
  const variablesReady = dashboard.templating.list.length === 0 || variablesFor === variablesKey || variableStates.length > 0;

  return (
    <div className="dash-view" ref={root}>
      <header className="dash-header">
        <h2 className="dash-title">
          {dashboard.title}
          <span className={`source-badge source-${open.summary.source}`}>{open.summary.source === 'learner' ? 'yours' : open.summary.source}</span>
          {open.dirty && <span className="dash-dirty"> • unsaved</span>}
        </h2>
        <div className="dash-toolbar" role="toolbar" aria-label="Dashboard controls">
          {!presentation && <DashboardPicker dashboards={dashboards} currentUid={open.summary.uid} dirty={open.dirty} onOpen={(uid) => void actions.openDashboardByUid(uid)} />}
          <TimePicker time={time} nowMs={simNow} onChange={(t) => actions.setDashTime(t)} />
          <button type="button" className="dash-button" onClick={() => range && actions.setDashTime(absoluteRange(zoomOut(range)))} aria-label="Zoom out (t z)" title="Zoom out (t z)">
            ⊖
          </button>
          <button type="button" className="dash-button" onClick={() => actions.zoomBack()} disabled={zoomHistory.length === 0} aria-label="Back to the previous time range">
            ↶ Back
          </button>
          <RefreshPicker
            value={refreshSetting}
            onChange={(s) => actions.setDashRefresh(s)}
            onRefresh={() => {
              setAnchor(simNow);
              setRefreshKey((k) => k + 1);
            }}
          />
          {!presentation && (
            <>
              <button type="button" className="dash-button" aria-pressed={editing} onClick={() => toggleEditing(!editing)}>
                {editing ? 'Done editing' : 'Edit'}
              </button>
              <button type="button" className="dash-button" onClick={() => void actions.saveDashboard()} disabled={busy !== undefined}>
                {busy === 'save' ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="dash-button" onClick={() => setDialog('import')}>
                Import
              </button>
              <button type="button" className="dash-button" onClick={() => setDialog('export')}>
                Export
              </button>
            </>
          )}
          <button type="button" className="dash-button" aria-pressed={presentation} onClick={() => actions.setPresentation(!presentation)} title="Presentation mode (d k)">
            {presentation ? 'Exit presentation' : 'Present'}
          </button>
        </div>
      </header>
      {editing && !presentation && (
        <div className="dash-edit-bar" role="group" aria-label="Edit dashboard">
          <label className="inline-field">
            Title <input value={dashboard.title} onChange={(e) => edit({ ...dashboard, title: e.target.value })} />
          </label>
          <button type="button" className="dash-button" onClick={() => addPanel('timeseries')}>
            Add panel
          </button>
          <button type="button" className="dash-button" onClick={() => addPanel('row')}>
            Add row
          </button>
          <button
            type="button"
            className="dash-button"
            onClick={() => {
              actions.importDashboard(newDashboard('New dashboard', freshUid()), []);
              actions.setEditingDashboard(true);
            }}
          >
            New dashboard
          </button>
          {open.summary.source !== 'learner' || open.summary.file ? (
            <button type="button" className="dash-button danger" onClick={() => setDialog('reset')} disabled={busy !== undefined}>
              Reset to scenario
            </button>
          ) : null}
          <span className="hint">Drag a panel by its title, resize by its corner; or focus a panel and use the arrow keys (Shift to resize).</span>
        </div>
      )}
      {notice && (
        <p className="dash-notice" role="status">
          {notice}{' '}
          <button type="button" className="panel-icon" aria-label="Dismiss" onClick={() => actions.dismissDashboardNotice()}>
            ✕
          </button>
        </p>
      )}
      {open.warnings.length > 0 && (
        <details className="dash-warnings">
          <summary>{open.warnings.length} warning(s) reading this dashboard</summary>
          <ul>
            {open.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code>: {w.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {'error' in resolved && (
        <p className="field-error" role="alert">
          Time range: {resolved.error}
        </p>
      )}
      <VariablesBar states={variableStates} onSelect={selectVariable} />
      <div className="dash-scroll">
        {range && variablesReady && (
          <DashboardGrid
            dashboard={dashboard}
            range={range}
            variables={variableStates}
            refreshKey={refreshKey}
            nowMs={anchor}
            editing={editing && !presentation}
            onChange={actions.editDashboard}
            onEditPanel={setEditingPanel}
            onZoom={zoomTo}
          />
        )}
      </div>
      {editingPanel && range && (
        <PanelEditor panel={editingPanel} range={range} variables={variableStates} nowMs={simNow} onApply={applyPanel} onDiscard={() => setEditingPanel(undefined)} />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onClose={() => setDialog(undefined)}
          onImport={(d, warnings) => {
            actions.importDashboard(d, warnings);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'export' && <ExportDialog dashboard={dashboard} onClose={() => setDialog(undefined)} />}
      {dialog === 'reset' && (
        <div className="dash-dialog-backdrop">
          <div className="dash-dialog" role="alertdialog" aria-modal="true" aria-labelledby="dash-reset-title" aria-describedby="dash-reset-text">
            <h2 id="dash-reset-title">Reset to the scenario’s dashboard?</h2>
            <p id="dash-reset-text">Your saved and unsaved changes to “{dashboard.title}” will be lost.</p>
            <div className="dialog-actions">
              <button type="button" className="dash-button" autoFocus onClick={() => setDialog(undefined)}>
                Cancel
              </button>
              <button
                type="button"
                className="dash-button danger"
                onClick={() => {
                  setDialog(undefined);
                  toggleEditing(false);
                  void actions.resetDashboard();
                }}
              >
                Reset
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
