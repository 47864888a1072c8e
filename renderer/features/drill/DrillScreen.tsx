import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { DrillView, ScoreReport } from '../../../electron/contract';
import { AlertsWorkspace } from '../alerts/AlertsWorkspace';
import { DashboardWorkspace } from '../dashboard/DashboardWorkspace';
import { IncidentDialogs } from '../incident/IncidentDialogs';
import { IncidentWorkspace } from '../incident/IncidentWorkspace';
import { LogList } from '../logs/LogList';
import { PagerOverlay } from '../pager/PagerOverlay';
import { RunbookViewer } from '../runbook/RunbookViewer';
import { ScoreView } from '../score/ScoreView';
import { TerminalPanel } from '../terminal/TerminalPanel';
import type { OpenReplay } from '../../state/replay-slice';
import { ReplayBar } from '../replay/ReplayBar';
import { TranscriptPanel } from '../replay/TranscriptPanel';
import { DrillHeader } from './DrillHeader';

/**
 * The drill's working screen; once scored, the score takes the logs' place so the outcome sits beside the
 * evidence. The incident workspace holds the right-hand column at full height, so the chat stays in view
 * beside the tools. The alerting workspace can take the whole bottom row of the tools; the pager, runbook and
 * incident dialogs float above.
 *
 * With `replay`, the screen shows a past attempt at the replay's moment: the replay bar drives it, the terminal
 * is the transcript, and every action is locked as it is once a drill has ended (the host refuses them too).
 */
export function DrillScreen({ view, score, replay }: { view: DrillView; score?: ScoreReport; replay?: OpenReplay }) {
  const [expand, setExpand] = useState(false);
  const resetAlerting = useAppStore((s) => s.resetAlerting);
  // The rule editor, lab and runbook belong to this drill: the next one starts afresh.
  useEffect(() => resetAlerting, [resetAlerting]);
  // The score needs the logs' place, so the workspace shrinks back once the drill is scored.
  const alertsExpanded = expand && !score;
  // What the action buttons see: in a replay they are disabled, as after the end; reads still show `view`.
  const actionsView = useMemo(() => (replay ? { ...view, ended: true } : view), [view, replay]);
  return (
    <div className="drill">
      <DrillHeader view={view} replay={replay !== undefined} />
      {replay && <ReplayBar replay={replay} />}
      <div className={alertsExpanded ? 'drill-grid alerts-expanded' : 'drill-grid'}>
        <DashboardWorkspace view={view} />
        <AlertsWorkspace view={actionsView} expanded={alertsExpanded} onToggleExpanded={() => setExpand(!alertsExpanded)} />
        {replay ? <TranscriptPanel /> : <TerminalPanel disabled={view.ended} />}
        {score ? <ScoreView score={score} /> : alertsExpanded ? null : <LogList logs={view.logs} />}
        <IncidentWorkspace view={actionsView} />
      </div>
      <IncidentDialogs view={actionsView} />
      <PagerOverlay view={actionsView} />
      <RunbookViewer />
    </div>
  );
}
