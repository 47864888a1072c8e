import type { AlertState } from '../../../electron/contract';
import { useAppStore } from '../../state/store';

/** The scenario's own threshold alerts (scenario.yaml `alerts`), the ones the rubric asks a learner to acknowledge. */
export function AlertList({ alerts, ended }: { alerts: AlertState[]; ended: boolean }) {
  const acknowledge = useAppStore((s) => s.acknowledge);
  return (
    <section className="threshold-alerts" aria-label="Threshold alerts">
      <h3>Scenario alerts</h3>
      <ul data-testid="threshold-alerts" className="alert-cards">
        {alerts.map((alert) => (
          <li key={alert.name} className={`alert alert-${alert.state}`} data-state={alert.state}>
            <div>
              <span className="badge">{alert.state}</span> <strong>{alert.name}</strong> <span className="severity">severity={alert.severity}</span>
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
    </section>
  );
}
