import { beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardDocument, DrillView } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;

const dashboard = (uid: string, title: string): Dashboard => ({
  uid,
  title,
  tags: [],
  graphTooltip: 1,
  time: { from: 'now-30m', to: 'now' },
  refresh: '30s',
  schemaVersion: 39,
  templating: { list: [] },
  panels: [{ id: 1, type: 'timeseries', title: 'Error ratio by service', gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ refId: 'A', expr: 'up' }] }],
});
const document = (uid: string, title: string, source: DashboardDocument['source'] = 'scenario'): DashboardDocument => ({ uid, title, tags: [], source, dashboard: dashboard(uid, title), warnings: [] });

beforeEach(() => {
  fake.reset({
    'drill.view': () => ({ ok: true, value: { scenario: 's' } as DrillView }),
    'dashboard.list': () => ({ ok: true, value: [{ uid: 'svc', title: 'Services', tags: [], source: 'scenario' }, { uid: 'db', title: 'Database', tags: [], source: 'scenario' }] }),
    'dashboard.open': (input) => ({ ok: true, value: document((input as { uid: string }).uid, 'Opened') }),
  });
  useAppStore.setState({ error: undefined });
  useAppStore.getState().resetDashboards();
});

describe('dashboard slice', () => {
  it('opens the first dashboard once per drill, however often the screen asks, as an automatic open', async () => {
    await useAppStore.getState().openFirstDashboard();
    await useAppStore.getState().openFirstDashboard();
    // Automatic: the app chose it, so it is not a drill event; a learner's choice is.
    expect(calls.filter((c) => c.method === 'dashboard.open').map((c) => c.input)).toEqual([{ uid: 'svc', auto: true }]);
    await useAppStore.getState().openDashboardByUid('svc');
    expect(calls.filter((c) => c.method === 'dashboard.open').at(-1)?.input).toEqual({ uid: 'svc', auto: false });
    const state = useAppStore.getState();
    expect(state.openDashboard?.summary.uid).toBe('svc');
    expect(state.dashTime).toEqual({ from: 'now-30m', to: 'now' });
    expect(state.dashRefresh).toBe('30s');
  });

  it('keeps edits as unsaved, and time changes in a history Back walks through', async () => {
    await useAppStore.getState().openDashboardByUid('svc');
    const edited = { ...useAppStore.getState().openDashboard!.dashboard, title: 'Mine' };
    useAppStore.getState().editDashboard(edited);
    expect(useAppStore.getState().openDashboard).toMatchObject({ dirty: true, dashboard: { title: 'Mine' } });
    useAppStore.getState().setDashTime({ from: 'now-1h', to: 'now' });
    useAppStore.getState().setDashTime({ from: 'now-6h', to: 'now' });
    useAppStore.getState().zoomBack();
    expect(useAppStore.getState().dashTime).toEqual({ from: 'now-1h', to: 'now' });
    useAppStore.getState().zoomBack();
    expect(useAppStore.getState().dashTime).toEqual({ from: 'now-30m', to: 'now' });
  });

  it('saves the exported dashboard with the range on screen and marks it saved', async () => {
    answers['dashboard.save'] = () => ({ ok: true, value: { uid: 'svc', savedAt: '2026-01-01T00:00:00Z', warnings: [] } });
    await useAppStore.getState().openDashboardByUid('svc');
    useAppStore.getState().editDashboard({ ...useAppStore.getState().openDashboard!.dashboard, title: 'Edited' });
    useAppStore.getState().setDashTime({ from: 'now-2h', to: 'now' });
    await useAppStore.getState().saveDashboard();
    const saved = calls.find((c) => c.method === 'dashboard.save')!.input as { dashboard: Dashboard };
    expect(saved.dashboard).toMatchObject({ uid: 'svc', title: 'Edited', time: { from: 'now-2h', to: 'now' } });
    expect(useAppStore.getState().openDashboard).toMatchObject({ dirty: false, summary: { source: 'saved' } });
  });

  it('after resetting the learner’s own dashboard (gone: null) opens the first one instead', async () => {
    answers['dashboard.reset'] = () => ({ ok: true, value: null });
    useAppStore.getState().importDashboard(dashboard('mine', 'Mine'), []);
    expect(useAppStore.getState().openDashboard?.summary.source).toBe('learner');
    await useAppStore.getState().resetDashboard();
    expect(calls.find((c) => c.method === 'dashboard.reset')!.input).toEqual({ uid: 'mine' });
    expect(useAppStore.getState().openDashboard?.summary.uid).toBe('svc');
  });

  it('shows a failed open in the error banner and keeps what was open', async () => {
    await useAppStore.getState().openDashboardByUid('svc');
    answers['dashboard.open'] = () => ({ ok: false, error: { code: 'not_found', message: 'no dashboard nope' } });
    await useAppStore.getState().openDashboardByUid('nope');
    expect(useAppStore.getState().error).toBe('no dashboard nope');
    expect(useAppStore.getState().openDashboard?.summary.uid).toBe('svc');
  });
});
