import { useEffect } from 'react';
import { appSelectors } from '../../state/selectors';
import type { AttemptSummary } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';
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

/** Every attempt on this machine, newest first, each with a way into its replay. */
export function PastAttempts() {
  const attempts = useAppStore((s) => s.attempts);
  const error = useAppStore((s) => s.attemptsError);
  const load = useAppStore((s) => s.loadAttempts);
  const open = useAppStore((s) => s.openReplay);
  const difficulty = useDifficultyLabel();
  useEffect(() => {
    void load();
  }, [load]);
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
      {attempts && attempts.length > 0 && <AttemptsTable attempts={attempts} difficulty={difficulty} onReplay={(id) => void open(id)} />}
    </section>
  );
}

/** The attempts as a table: scenario, learner, when, how long, score, level, and the Replay button. */
export function AttemptsTable({
  attempts,
  difficulty,
  onReplay,
}: {
  attempts: readonly AttemptSummary[];
  difficulty: (a: AttemptSummary) => string;
  onReplay: (id: number) => void;
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
            <span className="visually-hidden">Replay</span>
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
            <td>
              <button type="button" onClick={() => onReplay(a.id)} aria-label={`Replay attempt ${a.id}: ${a.title}`}>
                Replay
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
