import type { DrillView } from '../../../electron/contract';
import { SEVERITY_LIST } from './contract-lists';
import { useAppStore } from '../../state/store';
import { SETTABLE_STATUSES, STATUS_LABELS, severityTooltip } from './labels';
import { dueText, sinceText } from './timers';

/**
 * The incident's status bar, always in view: severity (its definition on hover), status, the timers the
 * protocols care about, and the buttons that open the declare form, the update composer, the checklist and hints.
 */
export function IncidentStatusBar({ view }: { view: DrillView }) {
  const incident = view.incident;
  const open = useAppStore((s) => s.openIncidentDialog);
  const setSeverity = useAppStore((s) => s.setIncidentSeverity);
  const setStatus = useAppStore((s) => s.setIncidentStatus);
  const errors = useAppStore((s) => s.incidentErrors);
  const busy = useAppStore((s) => s.incidentBusy);
  const resolved = incident.status === 'resolved';
  const locked = view.ended || resolved;
  const due = dueText(view.now, resolved ? undefined : incident.nextUpdateDueAt);
  const barError = errors.severity?.message ?? errors.status?.message;
  return (
    <div className="incident-bar" role="group" aria-label="Incident summary">
      {incident.severity ? (
        <span className={`sev-badge sev-${incident.severity.toLowerCase()}`} title={severityTooltip(incident.severity)} aria-label={`Severity ${incident.severity}: ${severityTooltip(incident.severity)}`}>
          {incident.severity}
        </span>
      ) : (
        <span className="sev-badge sev-none">{incident.declared ? 'No severity' : 'Not declared'}</span>
      )}
      <span className={`status-badge status-${incident.status}`}>{STATUS_LABELS[incident.status]}</span>
      <span className="timer">
        <span className="muted">Since first alert</span> <strong>{sinceText(view.now, incident.firstAlertAt)}</strong>
      </span>
      <span className="timer">
        <span className="muted">Since last update</span> <strong>{sinceText(view.now, incident.lastUpdateAt)}</strong>
      </span>
      <span className={due.overdue ? 'timer due overdue' : 'timer due'}>{due.overdue ? `⚠ ${due.text}` : due.text}</span>
      {due.overdue && (
        <span className="visually-hidden" role="alert">
          An update is overdue
        </span>
      )}
      <span className="bar-controls">
        {!incident.declared && (
          <button type="button" onClick={() => open({ kind: 'declare' })} disabled={locked}>
            Declare incident
          </button>
        )}
        {incident.declared && incident.severity && (
          <label>
            <span className="visually-hidden">Incident severity</span>
            <select value={incident.severity} disabled={locked || busy.severity} onChange={(e) => void setSeverity({ severity: e.target.value as (typeof SEVERITY_LIST)[number] })}>
              {SEVERITY_LIST.map((s) => (
                <option key={s} value={s} title={severityTooltip(s)}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span className="visually-hidden">Incident status</span>
          <select
            value={resolved ? 'resolved' : incident.status}
            disabled={locked || busy.status}
            onChange={(e) => void setStatus({ status: e.target.value as (typeof SETTABLE_STATUSES)[number] })}
          >
            {SETTABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
            {resolved && <option value="resolved">{STATUS_LABELS.resolved}</option>}
          </select>
        </label>
        <button type="button" disabled={locked} onClick={() => open({ kind: 'update', updateKind: incident.lastUpdateAt === undefined ? 'initial' : 'update' })}>
          Post update
        </button>
        <button type="button" disabled={locked} onClick={() => open({ kind: 'update', updateKind: 'resolution' })}>
          Resolve with message
        </button>
        <button type="button" onClick={() => open({ kind: 'checklist' })}>
          Checklist
        </button>
        <button type="button" onClick={() => open({ kind: 'hint' })}>
          Hint
        </button>
      </span>
      {barError && (
        <span className="form-error" role="alert">
          {barError}
        </span>
      )}
    </div>
  );
}
