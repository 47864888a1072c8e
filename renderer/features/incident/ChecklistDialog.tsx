import type { ChecklistStep, IncidentView } from '../../../electron/contract';
import { CHECKLIST_STEP_LIST } from './contract-lists';
import { useAppStore } from '../../state/store';
import { Dialog } from './Dialog';
import { FormErrorLine } from './FieldError';

/** PagerDuty's incident commander loop, one line each on what the step asks of you. */
const STEPS: Record<ChecklistStep, { label: string; meaning: string }> = {
  'size-up': { label: 'Size up', meaning: 'What is broken, for whom, since when? Declare and pick a severity.' },
  stabilise: { label: 'Stabilise', meaning: 'Stop the bleeding first: roll back, fail over or shed load before hunting the root cause.' },
  update: { label: 'Update', meaning: 'Tell people what you know, what is being done and when the next update comes.' },
  verify: { label: 'Verify', meaning: 'Check the fix worked in the metrics and logs before calling it resolved.' },
};

/** The calm checklist: a stress aid. Ticking a step is recorded, so the debrief can show when each was done. */
export function ChecklistDialog({ incident, disabled }: { incident?: IncidentView; disabled: boolean }) {
  const close = useAppStore((s) => s.closeIncidentDialog);
  const toggle = useAppStore((s) => s.toggleChecklistStep);
  const error = useAppStore((s) => s.incidentErrors.checklist);
  const busy = useAppStore((s) => s.incidentBusy.checklist === true);
  return (
    <Dialog title="Checklist" onClose={close}>
      <p className="muted">Breathe. Work the loop: size-up → stabilise → update → verify, then go round again.</p>
      <ol className="checklist">
        {CHECKLIST_STEP_LIST.map((step) => (
          <li key={step}>
            <label>
              <input type="checkbox" checked={incident?.checklist[step] === true} disabled={disabled || busy || !incident} onChange={(e) => void toggle(step, e.target.checked)} />
              <strong>{STEPS[step].label}</strong>
            </label>
            <span className="muted"> {STEPS[step].meaning}</span>
          </li>
        ))}
      </ol>
      <FormErrorLine message={error?.message} />
    </Dialog>
  );
}
