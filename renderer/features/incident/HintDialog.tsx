import type { IncidentView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { Dialog } from './Dialog';
import { FormErrorLine } from './FieldError';

/** The scenario's hints, one at a time on request. Asking is recorded and the score may count it. */
export function HintDialog({ incident, disabled }: { incident?: IncidentView; disabled: boolean }) {
  const close = useAppStore((s) => s.closeIncidentDialog);
  const requestHint = useAppStore((s) => s.requestHint);
  const error = useAppStore((s) => s.incidentErrors.hint);
  const busy = useAppStore((s) => s.incidentBusy.hint === true);
  const hints = incident?.hints ?? [];
  const left = incident?.hintsLeft ?? 0;
  return (
    <Dialog title="Hints" onClose={close}>
      <p className="hint-note">Using a hint is recorded in the drill and may count against your score.</p>
      {hints.length === 0 ? (
        <p className="muted">No hints revealed yet.</p>
      ) : (
        <ol className="hints" aria-label="Revealed hints">
          {hints.map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      )}
      <div className="form-row">
        <button type="button" className="primary" disabled={disabled || busy || left === 0} onClick={() => void requestHint()}>
          Reveal next hint
        </button>
        <span className="muted">{left === 0 ? 'No hints left' : `${left} hint${left === 1 ? '' : 's'} left`}</span>
      </div>
      <FormErrorLine message={error?.message} />
    </Dialog>
  );
}
