import { useId, useState } from 'react';
import type { ChannelId, IncidentStatus, IncidentView, Severity, StructuredUpdate, UpdateKind } from '../../../electron/contract';
import { CHANNEL_LIST, SEVERITY_LIST, STATUS_LIST } from './contract-lists';
import { useAppStore } from '../../state/store';
import { Dialog } from './Dialog';
import { fieldError, formLevelError } from './errors';
import { FieldError, FormErrorLine } from './FieldError';
import { FormActions } from './FormActions';
import { STATUS_LABELS, UPDATE_KIND_LABELS } from './labels';
import { durationInput } from './timers';
import { blankUpdate, formatUpdate, updateWarnings } from './update-format';

const CHANNEL_LABELS: Record<ChannelId, string> = { incident: 'Incident channel', stakeholders: 'Stakeholders' };
const FIELDS = ['channels', ...['impact', 'severity', 'status', 'actions', 'nextUpdateIn', 'recoveryConfirmed', 'dataLoss', 'followUps', 'text'].map((f) => `update.${f}`)];

/** The cadence's next-update time for a severity, as the composer prefills it ("" when the severity has none). */
function cadenceFor(incident: IncidentView | undefined, severity: Severity): string {
  const ms = incident?.cadenceMs[severity];
  return ms === undefined || ms === null ? '' : durationInput(ms);
}

type Current = { severity?: Severity; status: IncidentStatus };

/**
 * The structured update: the fields PagerDuty and Atlassian ask for, a live preview, and the fields still
 * missing listed as warnings (sending is allowed: the scorer judges, the composer teaches).
 */
export function UpdateComposer({ initialKind, current, incident }: { initialKind: UpdateKind; current: Current; incident?: IncidentView }) {
  const id = useId();
  const close = useAppStore((s) => s.closeIncidentDialog);
  const postUpdate = useAppStore((s) => s.postUpdate);
  const resolveWithUpdate = useAppStore((s) => s.resolveWithUpdate);
  const error = useAppStore((s) => s.incidentErrors.update);
  const busy = useAppStore((s) => s.incidentBusy.update === true);
  const start = current.severity ?? 'SEV3';
  const [update, setUpdate] = useState<StructuredUpdate>(() => blankUpdate(initialKind, { severity: start, status: current.status }, cadenceFor(incident, start)));
  const [channels, setChannels] = useState<ChannelId[]>(['incident', 'stakeholders']);
  // The next-update time follows the severity's cadence until the learner types their own.
  const [nextEdited, setNextEdited] = useState(false);
  const change = (patch: Partial<StructuredUpdate>) => setUpdate((u) => ({ ...u, ...patch }));
  const resolution = update.kind === 'resolution';
  const warnings = updateWarnings(update);
  const describe = (field: string) => ({ 'aria-describedby': `${id}-${field}-error`, 'aria-invalid': fieldError(error, `update.${field}`) ? true : undefined });
  const title = resolution ? 'Resolve with message' : 'Post update';
  return (
    <Dialog title={title} onClose={close} className="update-composer">
      <form
        className="incident-form composer-grid"
        onSubmit={(event) => {
          event.preventDefault();
          const sent = resolution ? resolveWithUpdate(update) : postUpdate(channels, update);
          void sent.then((ok) => ok && close());
        }}
      >
        <div className="composer-fields">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={update.kind}
            onChange={(e) => {
              const kind = e.target.value as UpdateKind;
              setUpdate((u) => ({ ...blankUpdate(kind, u, nextEdited ? u.nextUpdateIn : cadenceFor(incident, u.severity)), impact: u.impact, actions: u.actions, text: u.text }));
            }}
          >
            {(['initial', 'update', 'resolution'] as const).map((k) => (
              <option key={k} value={k}>
                {UPDATE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-impact`}>Impact and scope</label>
          <textarea id={`${id}-impact`} rows={2} value={update.impact} onChange={(e) => change({ impact: e.target.value })} placeholder="Who is affected, how, which functions or regions" {...describe('impact')} />
          <FieldError id={`${id}-impact-error`} message={fieldError(error, 'update.impact')} />
          <div className="form-row">
            <label htmlFor={`${id}-severity`}>Severity</label>
            <select
              id={`${id}-severity`}
              value={update.severity}
              onChange={(e) => {
                const severity = e.target.value as Severity;
                change(nextEdited || resolution ? { severity } : { severity, nextUpdateIn: cadenceFor(incident, severity) });
              }}
            >
              {SEVERITY_LIST.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
            <label htmlFor={`${id}-status`}>Current status</label>
            <select id={`${id}-status`} value={update.status} onChange={(e) => change({ status: e.target.value as IncidentStatus })}>
              {STATUS_LIST.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <label htmlFor={`${id}-actions`}>{resolution ? 'What was done' : 'Actions in progress'}</label>
          <textarea id={`${id}-actions`} rows={2} value={update.actions} onChange={(e) => change({ actions: e.target.value })} placeholder="Mitigating by …, investigating …" {...describe('actions')} />
          <FieldError id={`${id}-actions-error`} message={fieldError(error, 'update.actions')} />
          {!resolution && (
            <>
              <label htmlFor={`${id}-next`}>Next update in</label>
              <input
                id={`${id}-next`}
                value={update.nextUpdateIn}
                size={8}
                onChange={(e) => {
                  setNextEdited(true);
                  change({ nextUpdateIn: e.target.value });
                }}
                placeholder="15m"
                {...describe('nextUpdateIn')}
              />
              <FieldError id={`${id}-nextUpdateIn-error`} message={fieldError(error, 'update.nextUpdateIn')} />
            </>
          )}
          {resolution && (
            <>
              <label className="check">
                <input type="checkbox" checked={update.recoveryConfirmed === true} onChange={(e) => change({ recoveryConfirmed: e.target.checked })} /> Recovery confirmed
              </label>
              <label htmlFor={`${id}-dataLoss`}>Data loss</label>
              <input id={`${id}-dataLoss`} value={update.dataLoss ?? ''} onChange={(e) => change({ dataLoss: e.target.value })} placeholder="No data was lost or corrupted." {...describe('dataLoss')} />
              <FieldError id={`${id}-dataLoss-error`} message={fieldError(error, 'update.dataLoss')} />
              <label htmlFor={`${id}-followUps`}>Follow-ups</label>
              <textarea id={`${id}-followUps`} rows={2} value={update.followUps ?? ''} onChange={(e) => change({ followUps: e.target.value })} placeholder="Postmortem, action items" {...describe('followUps')} />
              <FieldError id={`${id}-followUps-error`} message={fieldError(error, 'update.followUps')} />
            </>
          )}
          <label htmlFor={`${id}-text`}>Message</label>
          <textarea id={`${id}-text`} rows={3} value={update.text} onChange={(e) => change({ text: e.target.value })} placeholder="Anything else, in your words" {...describe('text')} />
          <FieldError id={`${id}-text-error`} message={fieldError(error, 'update.text')} />
          {!resolution && (
            <fieldset className="inline-choices" aria-describedby={`${id}-channels-error`}>
              <legend>Channels</legend>
              {CHANNEL_LIST.map((c) => (
                <label key={c}>
                  <input type="checkbox" checked={channels.includes(c)} onChange={() => setChannels((all) => (all.includes(c) ? all.filter((x) => x !== c) : [...all, c]))} /> {CHANNEL_LABELS[c]}
                </label>
              ))}
              <FieldError id={`${id}-channels-error`} message={fieldError(error, 'channels')} />
            </fieldset>
          )}
        </div>
        <div className="composer-side">
          <h3 id={`${id}-preview`}>Preview</h3>
          <pre className="update-preview" aria-labelledby={`${id}-preview`}>
            {formatUpdate(update)}
          </pre>
          {warnings.length > 0 && (
            <>
              <h3>Missing</h3>
              <ul className="warnings" aria-label="Missing from this update">
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <FormErrorLine message={formLevelError(error, FIELDS)} />
        <FormActions submit={resolution ? 'Post resolution' : 'Send update'} busy={busy} onCancel={close} />
      </form>
    </Dialog>
  );
}
