import { useEffect, useState } from 'react';
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
import { DrillHeader } from './DrillHeader';

/**
 * The drill's working screen; once scored, the score takes the logs' place so the outcome sits beside the
 * evidence. The incident workspace holds the right-hand column at full height, so the chat stays in view
 * beside the tools. The alerting workspace can take the whole bottom row of the tools; the pager, runbook and
 * incident dialogs float above.
 */
export function DrillScreen({ view, score }: { view: DrillView; score?: ScoreReport }) {
  const [expand, setExpand] = useState(false);
  const resetAlerting = useAppStore((s) => s.resetAlerting);
  // The rule editor, lab and runbook belong to this drill: the next one starts afresh.
  useEffect(() => resetAlerting, [resetAlerting]);
  // The score needs the logs' place, so the workspace shrinks back once the drill is scored.
  const alertsExpanded = expand && !score;
  return (
    <div className="drill">
      <DrillHeader view={view} />
      <div className={alertsExpanded ? 'drill-grid alerts-expanded' : 'drill-grid'}>
        <DashboardWorkspace view={view} />
        <AlertsWorkspace view={view} expanded={alertsExpanded} onToggleExpanded={() => setExpand(!alertsExpanded)} />
        <TerminalPanel disabled={view.ended} />
        {score ? <ScoreView score={score} /> : alertsExpanded ? null : <LogList logs={view.logs} />}
        <IncidentWorkspace view={view} />
      </div>
      <IncidentDialogs view={view} />
      <PagerOverlay view={view} />
      <RunbookViewer />
    </div>
  );
}
