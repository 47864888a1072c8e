import type { DrillView, ScoreReport } from '../../../electron/contract';
import { AlertList } from '../alerts/AlertList';
import { MetricPanel } from '../dashboard/MetricPanel';
import { LogList } from '../logs/LogList';
import { ScoreView } from '../score/ScoreView';
import { TerminalPanel } from '../terminal/TerminalPanel';
import { DrillHeader } from './DrillHeader';

/** The drill's working screen; once scored, the score takes the logs' place so the outcome sits beside the evidence. */
export function DrillScreen({ view, score }: { view: DrillView; score?: ScoreReport }) {
  const errorRatio = view.series.filter((s) => s.metric === 'service:http_request_errors:ratio_rate1m');
  const latency = view.series.filter((s) => s.metric === 'service:http_request_duration_seconds:p99');
  return (
    <div className="drill">
      <DrillHeader view={view} />
      <div className="drill-grid">
        <section className="dashboard" aria-label="Dashboard">
          <MetricPanel title="Error ratio by service" series={errorRatio} view={view} unit="%" scale={100} threshold={5} />
          <MetricPanel title="p99 latency by service" series={latency} view={view} unit="ms" scale={1000} />
        </section>
        <AlertList alerts={view.alerts} ended={view.ended} view={view} />
        <TerminalPanel disabled={view.ended} />
        {score ? <ScoreView score={score} /> : <LogList logs={view.logs} />}
      </div>
    </div>
  );
}
