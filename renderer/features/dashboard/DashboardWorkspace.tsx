import { useEffect } from 'react';
import type { DrillView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import type { WorkspaceTab } from '../../state/dashboard-slice';
import { Tabs } from '../alerts/Tabs';
import { ExploreView } from '../explore/ExploreView';
import { DiscoverView } from '../discover/DiscoverView';
import { TargetsView } from '../targets/TargetsView';
import { DashboardView } from './DashboardView';
import './dashboard.css';

/** A reset scheduled by the last unmount, cancelled by a remount straight after. */
let pendingReset: number | undefined;

const TABS: { key: WorkspaceTab; label: string }[] = [
  { key: 'dashboards', label: 'Dashboards' },
  { key: 'explore', label: 'Explore' },
  { key: 'discover', label: 'Discover' },
  { key: 'targets', label: 'Targets' },
];

/**
 * The metrics workspace of the drill screen: dashboards, Explore, Discover (the logs) and the scrape targets. The scenario's
 * first dashboard opens once when the drill starts; after that only the learner opens dashboards.
 */
export function DashboardWorkspace({ view }: { view: DrillView }) {
  const tab = useAppStore((s) => s.workspaceTab);
  const setTab = useAppStore((s) => s.setWorkspaceTab);
  const openFirstDashboard = useAppStore((s) => s.openFirstDashboard);
  const resetDashboards = useAppStore((s) => s.resetDashboards);
  const resetDiscover = useAppStore((s) => s.resetDiscover);
  const presentation = useAppStore((s) => s.presentation);
  useEffect(() => {
    window.clearTimeout(pendingReset);
    void openFirstDashboard();
    // The dashboards belong to this drill: the next one starts afresh. Deferred, so a remount at once
    // (React's StrictMode check) keeps the state and does not open the first dashboard a second time.
    return () => {
      pendingReset = window.setTimeout(() => {
        resetDashboards();
        resetDiscover();
      }, 0);
    };
  }, [openFirstDashboard, resetDashboards, resetDiscover]);
  return (
    <section className="dashboard workspace" aria-label="Dashboard">
      {presentation ? (
        <DashboardView view={view} />
      ) : (
        <Tabs label="Metrics workspace" tabs={TABS} selected={tab} onSelect={setTab}>
          {tab === 'dashboards' && <DashboardView view={view} />}
          {tab === 'explore' && <ExploreView view={view} />}
          {tab === 'discover' && <DiscoverView view={view} />}
          {tab === 'targets' && <TargetsView view={view} />}
        </Tabs>
      )}
    </section>
  );
}
