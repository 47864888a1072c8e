import { useState } from 'react';
import type { AlertView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { alertStateName, formatValue, simClock } from './alert-format';
import { LabelChips } from './LabelChips';
import { matchersFor, SilenceForm } from './SilenceForm';

/** An inhibiting alert by its alertname (and fingerprint, as several alerts may share a name). */
function alertName(alerts: AlertView[] | undefined, fingerprint: string): string {
  const name = alerts?.find((a) => a.fingerprint === fingerprint)?.labels.alertname;
  return name ? `${name} (${fingerprint.slice(0, 8)})` : fingerprint;
}

/** One alert of a rule as Alertmanager's alert list shows it, with the on-call's actions on it. */
export function AlertCard({ alert, ended }: { alert: AlertView; ended: boolean }) {
  const acknowledge = useAppStore((s) => s.acknowledge);
  const openRunbook = useAppStore((s) => s.openRunbook);
  const allAlerts = useAppStore((s) => s.view?.alerting.alerts);
  const [silencing, setSilencing] = useState(false);
  const state = alertStateName(alert.state);
  const name = alert.labels.alertname ?? '';
  const runbook = alert.annotations.runbook_url;
  return (
    <li className={`alert alert-${state}`} data-testid="rule-alert" data-state={state} data-delivery={alert.delivery}>
      <div>
        <span className="badge">{state}</span> <strong>{name}</strong>
        {alert.delivery === 'suppressed' && <span className="delivery"> suppressed</span>}
      </div>
      {alert.silencedBy.length > 0 && <div className="muted">silenced by {alert.silencedBy.join(', ')}</div>}
      {alert.inhibitedBy.length > 0 && <div className="muted">inhibited by {alert.inhibitedBy.map((fp) => alertName(allAlerts, fp)).join(', ')}</div>}
      <LabelChips labels={alert.labels} hide={['alertname']} />
      {alert.annotations.summary && <div className="summary">{alert.annotations.summary}</div>}
      {alert.annotations.description && <div className="summary">{alert.annotations.description}</div>}
      <div className="value">
        active since {simClock(alert.activeAt)}
        {alert.firedAt !== undefined && `, firing since ${simClock(alert.firedAt)}`}
        {alert.resolvedAt !== undefined && `, resolved at ${simClock(alert.resolvedAt)}`}, value {formatValue(alert.value)}
      </div>
      <div className="actions">
        {state === 'firing' &&
          (alert.acknowledgedAt !== undefined ? (
            <span className="acked">Acknowledged</span>
          ) : (
            <button type="button" disabled={ended} onClick={() => void acknowledge(name)}>
              Acknowledge
            </button>
          ))}
        {state !== 'resolved' && !silencing && (
          <button type="button" disabled={ended} onClick={() => setSilencing(true)}>
            Silence
          </button>
        )}
        {runbook && (
          <button type="button" onClick={() => void openRunbook(runbook)}>
            Runbook
          </button>
        )}
      </div>
      {silencing && <SilenceForm initial={matchersFor(alert.labels)} onDone={() => setSilencing(false)} />}
    </li>
  );
}
