import type { AlertView, DrillView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { AlertCard } from './AlertCard';
import { AlertList } from './AlertList';
import { LabelChips } from './LabelChips';
import { mergeRouteGroups } from './route-groups';

function AlertSection({ title, alerts, ended }: { title: string; alerts: AlertView[]; ended: boolean }) {
  if (alerts.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="alert-cards">
        {alerts.map((alert) => (
          <AlertCard key={alert.fingerprint} alert={alert} ended={ended} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Alertmanager's alert list: rule alerts grouped as the route tree groups them (receiver plus group
 * labels), alerts not yet in a group (pending ones) below, and the scenario's threshold alerts first.
 */
export function AlertsTab({ view }: { view: DrillView }) {
  const openRunbook = useAppStore((s) => s.openRunbook);
  const { alerts, groups, runbooks } = view.alerting;
  const byFingerprint = new Map(alerts.map((a) => [a.fingerprint, a]));
  const grouped = new Set(groups.flatMap((g) => g.alerts));
  const ungrouped = alerts.filter((a) => !grouped.has(a.fingerprint));
  const shownGroups = mergeRouteGroups(groups);
  return (
    <div className="alerts-tab">
      <AlertList alerts={view.alerts} ended={view.ended} />
      <h3>Route groups</h3>
      {groups.length === 0 && <p className="muted">No alert has reached Alertmanager.</p>}
      {shownGroups.map((group) => (
        <section key={group.key} className="route-group" aria-label={`Group ${Object.values(group.groupLabels).join(' ')}`}>
          <header className="route-group-head">
            <span className="receiver">
              {group.receivers.length === 1 ? 'receiver' : 'receivers'}: {group.receivers.join(', ')}
            </span>
            <LabelChips labels={group.groupLabels} label="Group labels" />
          </header>
          <ul className="alert-cards">
            {group.alerts.flatMap((fp) => {
              const alert = byFingerprint.get(fp);
              return alert ? [<AlertCard key={fp} alert={alert} ended={view.ended} />] : [];
            })}
          </ul>
        </section>
      ))}
      <AlertSection title="Pending (not sent to Alertmanager yet)" alerts={ungrouped.filter((a) => a.state === 'pending')} ended={view.ended} />
      <AlertSection title="Firing, not routed yet" alerts={ungrouped.filter((a) => a.state === 'firing')} ended={view.ended} />
      <AlertSection title="Recently resolved" alerts={ungrouped.filter((a) => a.state === 'inactive')} ended={view.ended} />
      {runbooks.length > 0 && (
        <section aria-label="Runbooks" className="runbook-links">
          <h3>Runbooks</h3>
          {runbooks.map((path) => (
            <button key={path} type="button" onClick={() => void openRunbook(path)}>
              {path}
            </button>
          ))}
        </section>
      )}
    </div>
  );
}
