import type { AlertState, DrillView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { RuleAlertList } from './RuleAlertList';

export function AlertList({ alerts, ended, view }: { alerts: AlertState[]; ended: boolean; view: DrillView }) {
  const acknowledge = useAppStore((s) => s.acknowledge);
  return (
    <section className="alerts" aria-label="Alerts" tabIndex={0}>
      <h2>Alerts</h2>
      <ul data-testid="threshold-alerts">
        {alerts.map((alert) => (
          <li key={alert.name} className={`alert alert-${alert.state}`} data-state={alert.state}>
            <div>
              <span className="badge">{alert.state}</span> <strong>{alert.name}</strong>{' '}
              <span className="severity">severity={alert.severity}</span>
            </div>
            <div className="summary">{alert.summary}</div>
            {alert.value !== undefined && alert.state !== 'inactive' && <div className="value">value: {alert.value.toFixed(4)}</div>}
            {alert.state === 'firing' &&
              (alert.acknowledgedAt !== undefined ? (
                <span className="acked">Acknowledged</span>
              ) : (
                <button type="button" disabled={ended} onClick={() => void acknowledge(alert.name)}>
                  Acknowledge
                </button>
              ))}
          </li>
        ))}
      </ul>
      <RuleAlertList view={view} />
    </section>
  );
}
