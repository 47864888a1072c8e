import type { StateCreator } from 'zustand';
import type { Dashboard, DashboardProblem, DashboardSummary, Result, TimeRangeText } from '../../electron/contract';
import type { VariableState } from '../../electron/engine/dashboards';
import { applyVariableSelections, exportDashboard } from '../../electron/engine/dashboards';
import { api } from '../api/client';
import type { Crosshair } from '../features/dashboard/panels/types';
import { REFRESH_OFF } from '../features/dashboard/time/refresh';
import { popHistory, pushHistory } from '../features/dashboard/time/zoom';
import type { AppState } from './store';

export type WorkspaceTab = 'dashboards' | 'explore' | 'discover' | 'targets';

/** The dashboard on screen, with the learner's unsaved changes (kept while they switch tabs). */
export type OpenDashboard = { summary: DashboardSummary; dashboard: Dashboard; warnings: DashboardProblem[]; dirty: boolean };

export type DashboardSlice = {
  workspaceTab: WorkspaceTab;
  dashboards?: DashboardSummary[];
  openDashboard?: OpenDashboard;
  /** The range shown (Grafana time text: `now-1h`, or absolute); the dashboard's own `time` until changed. */
  dashTime?: TimeRangeText;
  zoomHistory: TimeRangeText[];
  /** `off`, `live`, or an interval in sim time. */
  dashRefresh: string;
  variableStates: VariableState[];
  presentation: boolean;
  editingDashboard: boolean;
  crosshair: Crosshair;
  /** Set once the drill's first dashboard was opened automatically: later refreshes never re-open it. */
  autoOpened: boolean;
  dashboardBusy?: 'save' | 'reset';
  dashboardNotice?: string;
  setWorkspaceTab(tab: WorkspaceTab): void;
  loadDashboards(): Promise<void>;
  /** Lists the dashboards and opens the first one, once per drill. */
  openFirstDashboard(): Promise<void>;
  /** Opens a dashboard (a recorded drill event), dropping unsaved changes to the one open. */
  /** Opens a dashboard; `auto` when the app rather than the learner chose it (not a drill event). */
  openDashboardByUid(uid: string, options?: { auto: boolean }): Promise<void>;
  /** Replaces the open dashboard with an edited one (marked unsaved). */
  editDashboard(dashboard: Dashboard): void;
  /** Shows an imported dashboard (unsaved until Save). */
  importDashboard(dashboard: Dashboard, warnings: DashboardProblem[]): void;
  setDashTime(time: TimeRangeText): void;
  zoomBack(): void;
  setDashRefresh(setting: string): void;
  setVariableStates(states: VariableState[]): void;
  setPresentation(on: boolean): void;
  setEditingDashboard(on: boolean): void;
  setCrosshair(crosshair: Crosshair): void;
  saveDashboard(): Promise<void>;
  resetDashboard(): Promise<void>;
  dismissDashboardNotice(): void;
  /** Forgets everything: called when the drill screen goes away. */
  resetDashboards(): void;
};

const initial = {
  workspaceTab: 'dashboards' as WorkspaceTab,
  dashboards: undefined,
  openDashboard: undefined,
  dashTime: undefined,
  zoomHistory: [],
  dashRefresh: REFRESH_OFF,
  variableStates: [],
  presentation: false,
  editingDashboard: false,
  crosshair: { time: undefined, source: undefined },
  autoOpened: false,
  dashboardBusy: undefined,
  dashboardNotice: undefined,
};

/** A dashboard's own refresh setting as the picker shows it. */
function refreshOf(dashboard: Dashboard): string {
  return typeof dashboard.refresh === 'string' && dashboard.refresh !== '' ? dashboard.refresh : REFRESH_OFF;
}

export const createDashboardSlice: StateCreator<AppState, [], [], DashboardSlice> = (set, get) => {
  const settle = <T>(result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    set({ error: result.error.message });
    return undefined;
  };
  const show = (summary: DashboardSummary, dashboard: Dashboard, warnings: DashboardProblem[], dirty: boolean) =>
    set({
      openDashboard: { summary, dashboard, warnings, dirty },
      dashTime: { from: dashboard.time.from, to: dashboard.time.to },
      zoomHistory: [],
      dashRefresh: refreshOf(dashboard),
      variableStates: [],
      editingDashboard: false,
      crosshair: { time: undefined, source: undefined },
    });
  return {
    ...initial,
    setWorkspaceTab(tab) {
      set({ workspaceTab: tab });
    },
    async loadDashboards() {
      const list = settle(await api().invoke('dashboard.list', {}));
      if (list) set({ dashboards: list });
    },
    async openFirstDashboard() {
      if (get().autoOpened) return;
      set({ autoOpened: true });
      await get().loadDashboards();
      const first = get().dashboards?.[0];
      if (first && !get().openDashboard) await get().openDashboardByUid(first.uid, { auto: true });
    },
    async openDashboardByUid(uid, options) {
      const document = settle(await api().invoke('dashboard.open', { uid, auto: options?.auto ?? false }));
      if (!document) return;
      const { dashboard, warnings, ...summary } = document;
      show(summary, dashboard, warnings, false);
    },
    editDashboard(dashboard) {
      const open = get().openDashboard;
      if (open) set({ openDashboard: { ...open, dashboard, dirty: true } });
    },
    importDashboard(dashboard, warnings) {
      const known = get().dashboards?.find((d) => d.uid === dashboard.uid);
      const summary: DashboardSummary = known ?? { uid: dashboard.uid, title: dashboard.title, tags: dashboard.tags, source: 'learner' };
      show(summary, dashboard, warnings, true);
    },
    setDashTime(time) {
      const current = get().dashTime;
      const same = current && current.from === time.from && current.to === time.to;
      if (same) return;
      set({ dashTime: time, zoomHistory: current ? pushHistory(get().zoomHistory, current) : get().zoomHistory });
    },
    zoomBack() {
      const back = popHistory(get().zoomHistory);
      if (back) set({ dashTime: back.range, zoomHistory: back.history });
    },
    setDashRefresh(setting) {
      set({ dashRefresh: setting });
    },
    setVariableStates(states) {
      set({ variableStates: states });
    },
    setPresentation(on) {
      set({ presentation: on });
    },
    setEditingDashboard(on) {
      set({ editingDashboard: on });
    },
    setCrosshair(crosshair) {
      set({ crosshair });
    },
    async saveDashboard() {
      const open = get().openDashboard;
      if (!open) return;
      set({ dashboardBusy: 'save' });
      // The saved JSON carries what the learner is looking at: their variable choices and time range.
      const withSelections = applyVariableSelections(open.dashboard, get().variableStates);
      const time = get().dashTime ?? withSelections.time;
      const toSave = { ...withSelections, time: { ...withSelections.time, from: time.from, to: time.to } };
      const saved = settle(await api().invoke('dashboard.save', { dashboard: JSON.parse(exportDashboard(toSave)) as unknown }));
      set({ dashboardBusy: undefined });
      if (!saved) return;
      const current = get().openDashboard;
      const source = open.summary.source === 'learner' ? 'learner' : 'saved';
      if (current) set({ openDashboard: { ...current, summary: { ...current.summary, uid: saved.uid, source }, dirty: false, warnings: saved.warnings } });
      set({ dashboardNotice: `Saved “${open.dashboard.title}”` });
      await get().loadDashboards();
    },
    async resetDashboard() {
      const open = get().openDashboard;
      if (!open) return;
      set({ dashboardBusy: 'reset' });
      const result = await api().invoke('dashboard.reset', { uid: open.summary.uid });
      set({ dashboardBusy: undefined });
      const document = settle(result);
      if (result.ok && document === null) {
        // The learner's own dashboard is gone: show the list's first instead.
        set({ openDashboard: undefined, dashboardNotice: `Removed “${open.dashboard.title}”` });
        await get().loadDashboards();
        const first = get().dashboards?.[0];
        if (first) await get().openDashboardByUid(first.uid, { auto: true });
        return;
      }
      if (!document) return;
      const { dashboard, warnings, ...summary } = document;
      show(summary, dashboard, warnings, false);
      set({ dashboardNotice: `Reset “${dashboard.title}” to the scenario’s version` });
      await get().loadDashboards();
    },
    dismissDashboardNotice() {
      set({ dashboardNotice: undefined });
    },
    resetDashboards() {
      set({ ...initial });
    },
  };
};
