import type { ScoreReport } from '../../../electron/contract';
import { formatDurationMs } from '../../format';
import { useAppStore } from '../../state/store';
import { TeamBreakdownTable } from './TeamBreakdownTable';

/**
 * The attempt's score. On the drill's screen it leads on to the review screen (postmortem and debrief); inside the
 * review screen, whose header has the way out, it is just the score.
 */
export function ScoreView({ score, inReview = false }: { score: ScoreReport; inReview?: boolean }) {
  const leave = useAppStore((s) => s.leaveScore);
  const openReview = useAppStore((s) => s.openReview);
  const resetPostmortem = useAppStore((s) => s.resetPostmortem);
  return (
    <section className="score" aria-label="Score" tabIndex={0}>
      <h2 className="score-title">
        Score: <span data-testid="score-total">{score.total}</span> / {score.max}
      </h2>
      {!inReview && (
        <p className="score-actions">
          <button type="button" className="primary" onClick={() => void openReview('postmortem')}>
            Postmortem and debrief
          </button>
        </p>
      )}
      <dl className="timings">
        <dt>Time to acknowledge</dt>
        <dd>{formatDurationMs(score.timings.mtta_ms)}</dd>
        <dt>Time to detect</dt>
        <dd>{formatDurationMs(score.timings.mttd_ms)}</dd>
        <dt>Time to mitigate</dt>
        <dd>{formatDurationMs(score.timings.mttm_ms)}</dd>
        <dt>Time to resolve</dt>
        <dd>{formatDurationMs(score.timings.mttr_ms)}</dd>
      </dl>
      <table className="categories" aria-label="Score by category">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(score.categories).map(([name, c]) => (
            <tr key={name}>
              <td>{name}</td>
              <td>
                {c.points} / {c.max}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="criteria">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Category</th>
            <th scope="col">Points</th>
            <th scope="col">Evidence</th>
            <th scope="col">Feedback</th>
          </tr>
        </thead>
        <tbody>
          {score.criteria.map((c) => (
            <tr key={c.id} className={c.points < 0 ? 'penalty' : c.points > 0 ? 'met' : 'missed'}>
              <td>{c.id}</td>
              <td>{c.category}</td>
              <td>
                {c.points} / {c.max}
              </td>
              <td>{c.evidence.length > 0 ? c.evidence.map((seq) => `#${seq}`).join(', ') : '—'}</td>
              <td>
                {c.feedback}
                {c.details && c.details.length > 0 && (
                  <ul className="criterion-details">
                    {c.details.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.team && <TeamBreakdownTable team={score.team} criteria={score.criteria} />}
      {!inReview && (
        <div className="score-actions">
          <button
            type="button"
            onClick={() => {
              resetPostmortem();
              leave();
            }}
          >
            Back to scenarios
          </button>
        </div>
      )}
    </section>
  );
}
