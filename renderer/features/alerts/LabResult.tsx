import type { LabReport } from '../../../electron/contract';
import { AlertTimelineChart } from './AlertTimelineChart';
import { promDuration } from './alert-format';
import { RuleProblems } from './RuleProblems';

/** The alert-rule lab's verdict: the score, each check, and the alerts with the fault and without it. */
export function LabResult({ report }: { report: LabReport }) {
  if (!report.ok) return <RuleProblems problems={report.problems} />;
  const onset = { ms: report.onsetMs, label: 'fault onset' };
  return (
    <section className="lab-result" aria-label="Lab result">
      <h3 className="lab-score">
        Score {report.score}/{report.max}
      </h3>
      <p className="muted">
        {report.scenario}, seed {report.seed}; an alert must fire within {promDuration(report.withinMs)} of the fault.
      </p>
      <ul className="lab-checks">
        {report.checks.map((check) => (
          <li key={check.id} className={check.passed ? 'check-passed' : 'check-failed'} data-testid="lab-check" data-passed={check.passed}>
            <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span>
            <span className="visually-hidden">{check.passed ? 'passed' : 'failed'}</span> <strong>{check.id}</strong>{' '}
            <span className="mono">
              {check.points}/{check.max}
            </span>{' '}
            <span className="muted">{check.detail}</span>
          </li>
        ))}
      </ul>
      <AlertTimelineChart label="With the fault" timelines={report.fault} fromMs={report.startUnixMs} toMs={report.endUnixMs} marker={onset} />
      <AlertTimelineChart label="Fault-free baseline" timelines={report.baseline} fromMs={report.startUnixMs} toMs={report.endUnixMs} marker={onset} />
    </section>
  );
}
