import type { DrillView } from '../../../electron/contract';
import type { AlertsTabKey } from '../../state/alerting-slice';
import { useAppStore } from '../../state/store';
import { AlertsTab } from './AlertsTab';
import { NotificationsTab } from './NotificationsTab';
import { RuleEditor } from './RuleEditor';
import { RulesTab } from './RulesTab';
import { SilencesTab } from './SilencesTab';
import type { TabSpec } from './Tabs';
import { Tabs } from './Tabs';

/**
 * The on-call's alerting workspace: Alertmanager's alerts and silences, Prometheus's rules, the receivers'
 * notifications and a rule editor, as tabs. `expanded` lets it take the whole bottom row of the drill.
 */
export function AlertsWorkspace({ view, expanded, onToggleExpanded }: { view: DrillView; expanded: boolean; onToggleExpanded(): void }) {
  // The tab lives in the store so another view (Discover's "Open in rule editor") can select the editor.
  const tab = useAppStore((s) => s.alertsTab);
  const setTab = useAppStore((s) => s.setAlertsTab);
  const { alerts, silences, deliveries } = view.alerting;
  const tabs: TabSpec<AlertsTabKey>[] = [
    { key: 'alerts', label: 'Alerts', badge: alerts.filter((a) => a.state !== 'inactive').length + view.alerts.filter((a) => a.state === 'firing').length },
    { key: 'rules', label: 'Rules' },
    { key: 'silences', label: 'Silences', badge: silences.filter((s) => s.state === 'active').length },
    { key: 'notifications', label: 'Notifications', badge: deliveries.length },
    { key: 'editor', label: 'Rule editor' },
  ];
  return (
    <section className="alerts" aria-label="Alerts">
      <div className="alerts-head">
        <h2>Alerting</h2>
        <button type="button" aria-pressed={expanded} onClick={onToggleExpanded}>
          Expand
        </button>
      </div>
      <Tabs<AlertsTabKey> label="Alerting views" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'alerts' && <AlertsTab view={view} />}
        {tab === 'rules' && <RulesTab view={view} />}
        {tab === 'silences' && <SilencesTab view={view} />}
        {tab === 'notifications' && <NotificationsTab view={view} />}
        {tab === 'editor' && <RuleEditor view={view} />}
      </Tabs>
    </section>
  );
}
