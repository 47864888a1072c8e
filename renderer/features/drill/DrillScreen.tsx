import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { DrillView, ScoreReport } from '../../../electron/contract';
import { AlertsWorkspace } from '../alerts/AlertsWorkspace';
import { MetricPanel } from '../dashboard/MetricPanel';
import { LogList } from '../logs/LogList';
import { PagerOverlay } from '../pager/PagerOverlay';
import { RunbookViewer } from '../runbook/RunbookViewer';
import { ScoreView } from '../score/ScoreView';
import { TerminalPanel } from '../terminal/TerminalPanel';
import { DrillHeader } from './DrillHeader';

/**
 * The drill's working screen; once scored, the score takes the logs' place so the outcome sits beside the
 * evidence. The alerting workspace can take the whole bottom row; the pager and runbook float above.
 */
export function DrillScreen({ view, score }: { view: DrillView; score?: ScoreReport }) {
  const [expand, setExpand] = useState(false);
  const resetAlerting = useAppStore((s) => s.resetAlerting);
  // The rule editor, lab and runbook belong to this drill: the next one starts afresh.
  useEffect(() => resetAlerting, [resetAlerting]);
  // The score needs the logs' place, so the workspace shrinks back once the drill is scored.
  const alertsExpanded = expand && !score;
  const errorRatio = view.series.filter((s) => s.metric === 'service:http_request_errors:ratio_rate1m');
  const latency = view.series.filter((s) => s.metric === 'service:http_request_duration_seconds:p99');
  return (
    <div className="drill">
      <DrillHeader view={view} />
      <div className={alertsExpanded ? 'drill-grid alerts-expanded' : 'drill-grid'}>
        <section className="dashboard" aria-label="Dashboard">
          <MetricPanel title="Error ratio by service" series={errorRatio} view={view} unit="%" scale={100} threshold={5} />
          <MetricPanel title="p99 latency by service" series={latency} view={view} unit="ms" scale={1000} />
        </section>
        <AlertsWorkspace view={view} expanded={alertsExpanded} onToggleExpanded={() => setExpand(!alertsExpanded)} />
        <TerminalPanel disabled={view.ended} />
        {score ? <ScoreView score={score} /> : alertsExpanded ? null : <LogList logs={view.logs} />}
      </div>
      <PagerOverlay view={view} />
      <RunbookViewer />
    </div>
  );
}
