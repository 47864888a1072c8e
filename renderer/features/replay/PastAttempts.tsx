import { useEffect, useState } from 'react';
import { appSelectors } from '../../state/selectors';
import type { AttemptSummary } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';
import { downloadText } from '../postmortem/download';
import { AttemptFilters } from '../learners/AttemptFilters';
import { filterAttempts, filterChoices, NO_FILTER } from '../learners/history-filter';
import type { HistoryFilter } from '../learners/history-filter';
import { playedFor, startedOn } from './replay-format';

/** The level's label when the scenario still offers it, else the id the attempt logged. */
function useDifficultyLabel(): (attempt: AttemptSummary) => string {
  const scenarios = useAppStore(appSelectors.scenarios);
  return (attempt) => {
    if (attempt.difficulty === '') return '—';
    const level = scenarios.find((s) => s.id === attempt.scenario)?.difficulties.find((d) => d.id === attempt.difficulty);
    return level?.label ?? attempt.difficulty;
  };
}

/** Every attempt on this machine, newest first, filterable, each with a way into its replay, debrief or continuation. */
export function PastAttempts() {
  const attempts = useAppStore((s) => s.attempts);
  const error = useAppStore((s) => s.attemptsError);
  const load = useAppStore((s) => s.loadAttempts);
  const open = useAppStore((s) => s.openReplay);
  const openDebrief = useAppStore((s) => s.openDebrief);
  const resume = useAppStore((s) => s.resumeAttempt);
  const showReplay = useAppStore((s) => s.showDebriefReplay);
  const exportBundle = useAppStore((s) => s.exportBundle);
  const difficulty = useDifficultyLabel();
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  useEffect(() => {
    void load();
  }, [load]);
  const shown = attempts && filterAttempts(attempts, filter);
  return (
    <section className="past-attempts" aria-labelledby="past-attempts-heading">
      <h2 id="past-attempts-heading">Past attempts</h2>
      {/* A status, not an alert: when the back end is unreachable the app's error banner already says so. */}
      {error && (
        <p className="replay-error" role="status">
          {error}
        </p>
      )}
      {attempts?.length === 0 && <p className="muted">No attempts yet: a finished drill can be replayed from here.</p>}
      {attempts && attempts.length > 0 && <AttemptFilters label="Filter attempts" filter={filter} choices={filterChoices(attempts)} onChange={setFilter} />}
      {shown && attempts!.length > 0 && shown.length === 0 && <p className="muted">No attempt matches these filters.</p>}
      {shown && shown.length > 0 && (
        <AttemptsTable
          attempts={shown}
          difficulty={difficulty}
          onReplay={(id) => {
            showReplay(); // a debrief left open before must not cover the replay asked for now
            void open(id);
          }}
          onDebrief={(id) => void openDebrief(id)}
          onResume={(id) => void resume(id)}
          onExport={(id) =>
            void exportBundle(id).then((bundle) => {
              if (bundle) downloadText(bundle.filename, bundle.json, 'application/json');
            })
          }
        />
      )}
    </section>
  );
}

/** The attempts as a table: scenario, learner, when, how long, score, level, and Replay / Debrief / Resume. */
export function AttemptsTable({
  attempts,
  difficulty,
  onReplay,
  onDebrief,
  onResume,
  onExport,
}: {
  attempts: readonly AttemptSummary[];
  difficulty: (a: AttemptSummary) => string;
  onReplay: (id: number) => void;
  onDebrief?: (id: number) => void;
  onResume?: (id: number) => void;
  /** Exports an ended attempt as a bundle file for the grader. */
  onExport?: (id: number) => void;
}) {
  return (
    <table className="attempts-table">
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Learner</th>
          <th scope="col">Started</th>
          <th scope="col">Played for</th>
          <th scope="col">Score</th>
          <th scope="col">Difficulty</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} data-attempt={a.id}>
            <td>
              {a.title}
              {!a.scenarioAvailable && <span className="meta"> · scenario version missing</span>}
            </td>
            <td>{a.learner}</td>
            <td>
              <time dateTime={a.startedAt}>{startedOn(a.startedAt)}</time>
            </td>
            <td>{playedFor(a.startedAt, a.endedAt)}</td>
            <td>{a.score ? `${a.score.total} / ${a.score.max}` : '—'}</td>
            <td>{difficulty(a)}</td>
            <td className="attempt-actions">
              <button type="button" onClick={() => onReplay(a.id)} aria-label={`Replay attempt ${a.id}: ${a.title}`}>
                Replay
              </button>
              {onDebrief && a.status === 'ended' && a.scenarioAvailable && (
                <button type="button" onClick={() => onDebrief(a.id)} aria-label={`Debrief of attempt ${a.id}: ${a.title}`}>
                  Debrief
                </button>
              )}
              {onExport && a.status === 'ended' && (
                <button type="button" onClick={() => onExport(a.id)} aria-label={`Export bundle of attempt ${a.id}: ${a.title}`}>
                  Export bundle
                </button>
              )}
              {onResume && a.status === 'running' && a.scenarioAvailable && (
                <>
                  <span className="meta">interrupted — </span>
                  <button type="button" onClick={() => onResume(a.id)} aria-label={`Resume attempt ${a.id}: ${a.title}`}>
                    Resume
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
