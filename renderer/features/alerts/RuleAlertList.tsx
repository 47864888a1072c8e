import type { DrillView } from '../../../electron/contract';

/** Alerts from the scenario's Prometheus rules (rules.yml), as Prometheus's alerts page lists them. */
export function RuleAlertList({ view }: { view: DrillView }) {
  if (view.rules.length === 0) return null;
  const since = (ms: number) => new Date(ms).toISOString().slice(11, 19);
  return (
    <div className="rule-alerts">
      <h3>Prometheus rules (rules.yml)</h3>
      {view.ruleAlerts.length === 0 && <p className="summary">No rule is pending or firing.</p>}
      <ul data-testid="rule-alerts">
        {view.ruleAlerts.map((alert) => (
          <li key={JSON.stringify(alert.labels)} className={`alert alert-${alert.state === 'inactive' ? 'resolved' : alert.state}`} data-state={alert.state}>
            <div>
              <span className="badge">{alert.state === 'inactive' ? 'resolved' : alert.state}</span> <strong>{alert.labels.alertname}</strong>{' '}
              <span className="severity">{Object.entries(alert.labels).filter(([k]) => k !== 'alertname').map(([k, v]) => `${k}="${v}"`).join(' ')}</span>
            </div>
            {alert.annotations.summary && <div className="summary">{alert.annotations.summary}</div>}
            {alert.annotations.description && <div className="summary">{alert.annotations.description}</div>}
            <div className="value">
              active since {since(alert.activeAt)}, value {Number.isFinite(alert.value) ? alert.value.toPrecision(4) : String(alert.value)}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
