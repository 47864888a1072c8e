import { useId, useState } from 'react';
import type { Severity } from '../../../electron/contract';
import { SEVERITY_LIST } from './contract-lists';
import { useAppStore } from '../../state/store';
import { Dialog } from './Dialog';
import { fieldError, formLevelError } from './errors';
import { FieldError, FormErrorLine } from './FieldError';
import { FormActions } from './FormActions';
import { SEVERITY_DEFINITIONS } from './labels';

const FIELDS = ['title', 'severity', 'impact', 'services'];

/**
 * Declaring an incident: a title, a severity chosen with PagerDuty's definitions in view (when unsure, the
 * higher one), the impact as known now, and the services affected.
 */
export function DeclareDialog({ services }: { services: string[] }) {
  const id = useId();
  const close = useAppStore((s) => s.closeIncidentDialog);
  const declare = useAppStore((s) => s.declareIncident);
  const error = useAppStore((s) => s.incidentErrors.declare);
  const busy = useAppStore((s) => s.incidentBusy.declare === true);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>('SEV2');
  const [impact, setImpact] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (service: string) => setChosen((all) => (all.includes(service) ? all.filter((s) => s !== service) : [...all, service]));
  return (
    <Dialog title="Declare incident" onClose={close}>
      <form
        className="incident-form"
        onSubmit={(event) => {
          event.preventDefault();
          void declare({ title, severity, impact, services: chosen }).then((ok) => ok && close());
        }}
      >
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} aria-describedby={`${id}-title-error`} placeholder="Checkout payments failing" />
        <FieldError id={`${id}-title-error`} message={fieldError(error, 'title')} />
        <label htmlFor={`${id}-severity`}>Severity</label>
        <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)} aria-describedby={`${id}-severity-help`}>
          {SEVERITY_LIST.map((s) => (
            <option key={s} value={s}>
              {s} — {SEVERITY_DEFINITIONS[s].label}
            </option>
          ))}
        </select>
        <ul className="severity-definitions" id={`${id}-severity-help`}>
          {SEVERITY_LIST.map((s) => (
            <li key={s} className={s === severity ? 'chosen' : undefined}>
              <span className={`sev-badge sev-${s.toLowerCase()}`}>{s}</span> {SEVERITY_DEFINITIONS[s].definition} <span className="muted">({SEVERITY_DEFINITIONS[s].response})</span>
            </li>
          ))}
          <li className="muted">SEV2 and worse are major incidents. When unsure, choose the higher severity.</li>
        </ul>
        <label htmlFor={`${id}-impact`}>Impact</label>
        <textarea id={`${id}-impact`} value={impact} onChange={(e) => setImpact(e.target.value)} rows={2} placeholder="Who is affected, and how" aria-describedby={`${id}-impact-error`} />
        <FieldError id={`${id}-impact-error`} message={fieldError(error, 'impact')} />
        {services.length > 0 && (
          <fieldset className="service-choices">
            <legend>Affected services</legend>
            {services.map((service) => (
              <label key={service}>
                <input type="checkbox" checked={chosen.includes(service)} onChange={() => toggle(service)} /> {service}
              </label>
            ))}
          </fieldset>
        )}
        <FormErrorLine message={formLevelError(error, FIELDS)} />
        <FormActions submit="Declare" busy={busy} onCancel={close} />
      </form>
    </Dialog>
  );
}
