import type { DrillView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { ChecklistDialog } from './ChecklistDialog';
import { DeclareDialog } from './DeclareDialog';
import { HintDialog } from './HintDialog';
import { UpdateComposer } from './UpdateComposer';

/** Whichever incident dialog the status bar opened. */
export function IncidentDialogs({ view }: { view: DrillView }) {
  const dialog = useAppStore((s) => s.incidentDialog);
  const incident = useAppStore((s) => s.incidentView);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'declare':
      return <DeclareDialog services={incident?.services ?? []} />;
    case 'update':
      return <UpdateComposer key={dialog.updateKind} initialKind={dialog.updateKind} current={view.incident} incident={incident} />;
    case 'checklist':
      return <ChecklistDialog incident={incident} disabled={view.ended} />;
    case 'hint':
      return <HintDialog incident={incident} disabled={view.ended} />;
  }
}
