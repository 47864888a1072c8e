import { useState } from 'react';
import type { DrillView } from '../../../electron/contract';
import { AlertsTab } from './AlertsTab';
import { NotificationsTab } from './NotificationsTab';
import { RuleEditor } from './RuleEditor';
import { RulesTab } from './RulesTab';
import { SilencesTab } from './SilencesTab';
import type { TabSpec } from './Tabs';
import { Tabs } from './Tabs';

type TabKey = 'alerts' | 'rules' | 'silences' | 'notifications' | 'editor';

/**
 * The on-call's alerting workspace: Alertmanager's alerts and silences, Prometheus's rules, the receivers'
 * notifications and a rule editor, as tabs. `expanded` lets it take the whole bottom row of the drill.
 */
export function AlertsWorkspace({ view, expanded, onToggleExpanded }: { view: DrillView; expanded: boolean; onToggleExpanded(): void }) {
  const [tab, setTab] = useState<TabKey>('alerts');
  const { alerts, silences, deliveries } = view.alerting;
  const tabs: TabSpec<TabKey>[] = [
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
      <Tabs<TabKey> label="Alerting views" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'alerts' && <AlertsTab view={view} />}
        {tab === 'rules' && <RulesTab view={view} />}
        {tab === 'silences' && <SilencesTab view={view} />}
        {tab === 'notifications' && <NotificationsTab view={view} />}
        {tab === 'editor' && <RuleEditor view={view} />}
      </Tabs>
    </section>
  );
}
