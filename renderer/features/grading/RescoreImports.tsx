import { useState } from 'react';
import type { GradeRescoreOutcome } from '../../../electron/contract';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';
import { awaitsRescore, rescoreText } from './grading-format';

/**
 * Offers to re-score the attempts imported before their scenario version was installed, once any is waiting, and
 * lists what became of each (re-scored, or still missing and why) after a run.
 */
export function RescoreImports() {
  const attempts = useAppStore((s) => s.allGradedAttempts);
  const reload = useAppStore((s) => s.loadGradedAttempts);
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<GradeRescoreOutcome[]>();
  const [error, setError] = useState<string>();
  const waiting = (attempts ?? []).filter(awaitsRescore).length;
  if (waiting === 0 && outcomes === undefined && error === undefined) return null;

  const rescore = async () => {
    setRunning(true);
    try {
      const result = await api().invoke('grade.rescore', {});
      if (result.ok) {
        setOutcomes(result.value);
        setError(undefined);
      } else setError(`Re-scoring failed: ${result.error.message}`);
      await reload();
    } finally {
      setRunning(false);
    }
  };
  return (
    <section className="grading-rescore" aria-labelledby="grading-rescore-heading">
      <h2 id="grading-rescore-heading">Unscored attempts</h2>
      {waiting > 0 && (
        <p>
          {waiting} imported attempt{waiting === 1 ? ' was' : 's were'} not scored because the scenario version was not installed. Install the scenario, then
          re-score.{' '}
          <button type="button" onClick={() => void rescore()} disabled={running}>
            {running ? 'Re-scoring…' : 'Re-score'}
          </button>
        </p>
      )}
      {error && (
        <p className="replay-error" role="alert">
          {error}
        </p>
      )}
      {outcomes && <RescoreOutcomes outcomes={outcomes} />}
    </section>
  );
}

/** What the last re-score did, one line per attempt. */
export function RescoreOutcomes({ outcomes }: { outcomes: readonly GradeRescoreOutcome[] }) {
  if (outcomes.length === 0) return <p role="status">Nothing to re-score: every imported attempt has a score.</p>;
  return (
    <ul className="import-outcomes" aria-label="Re-score results">
      {outcomes.map((outcome) => {
        const flags = outcome.status === 'rescored' ? outcome.flags : [];
        const tone = outcome.status === 'still-missing' ? 'outcome-error' : flags.length > 0 ? 'outcome-flagged' : 'outcome-ok';
        return (
          <li key={outcome.attempt} className={tone} data-status={outcome.status}>
            {rescoreText(outcome)}
            {flags.length > 0 ? <span className="outcome-flags">; flags: {flags.join(' | ')}</span> : outcome.status === 'rescored' ? '; ok' : ''}
          </li>
        );
      })}
    </ul>
  );
}
