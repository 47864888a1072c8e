import { useId, useState } from 'react';
import type { IncidentView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { fieldError, formLevelError } from './errors';
import { FieldError, FormErrorLine } from './FieldError';
import { ROLE_LABELS } from './labels';

type Delegable = 'comms' | 'ops' | 'scribe';
const DELEGABLE: Delegable[] = ['ops', 'comms', 'scribe'];
const FIELDS = ['teammate', 'role', 'task', 'reportIn'];

/** Hands a role, a task or both to a teammate — PagerDuty's "A, please do B, I'll come back to you in X minutes". */
export function AssignForm({ incident, disabled }: { incident: IncidentView; disabled: boolean }) {
  const id = useId();
  const assign = useAppStore((s) => s.assignTeammate);
  const error = useAppStore((s) => s.incidentErrors.assign);
  const busy = useAppStore((s) => s.incidentBusy.assign === true);
  const [teammate, setTeammate] = useState(incident.team[0]?.id ?? '');
  const [role, setRole] = useState<Delegable | ''>('');
  const [task, setTask] = useState('');
  const [reportIn, setReportIn] = useState('5m');
  return (
    <form
      className="incident-form assign-form"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { teammate, task, ...(role ? { role } : {}), ...(reportIn.trim() ? { reportIn: reportIn.trim() } : {}) };
        void assign(input).then((ok) => {
          if (ok) setTask('');
        });
      }}
    >
      <div className="form-row">
        <label htmlFor={`${id}-teammate`}>Teammate</label>
        <select id={`${id}-teammate`} value={teammate} onChange={(e) => setTeammate(e.target.value)} aria-describedby={`${id}-teammate-error`}>
          {incident.team.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.title})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Delegable | '')} aria-describedby={`${id}-role-error`}>
          <option value="">none</option>
          {DELEGABLE.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${id}-teammate-error`} message={fieldError(error, 'teammate')} />
      <FieldError id={`${id}-role-error`} message={fieldError(error, 'role')} />
      <label htmlFor={`${id}-task`}>Task</label>
      <input id={`${id}-task`} value={task} onChange={(e) => setTask(e.target.value)} placeholder="check the database's connections" maxLength={500} aria-describedby={`${id}-task-error`} />
      <FieldError id={`${id}-task-error`} message={fieldError(error, 'task')} />
      <div className="form-row">
        <label htmlFor={`${id}-report`}>Report in</label>
        <input id={`${id}-report`} value={reportIn} onChange={(e) => setReportIn(e.target.value)} size={6} placeholder="5m" aria-describedby={`${id}-report-error`} />
        <button type="submit" className="primary" disabled={disabled || busy || !teammate}>
          Assign
        </button>
      </div>
      <FieldError id={`${id}-report-error`} message={fieldError(error, 'reportIn')} />
      <FormErrorLine message={formLevelError(error, FIELDS)} />
    </form>
  );
}
