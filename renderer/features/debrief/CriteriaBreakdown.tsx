import type { Debrief } from './debrief-model';
import { categoryTitle, evidenceLabel, sinceStart } from './debrief-model';

type Props = { debrief: Debrief; onEvidence(seq: number, at: number): void };

/** The score by category and criterion, each with its feedback, details and evidence linked into the chart. */
export function CriteriaBreakdown({ debrief, onEvidence }: Props) {
  const { score, criteria } = debrief;
  return (
    <section className="debrief-breakdown" aria-labelledby="debrief-breakdown-title">
      <h3 id="debrief-breakdown-title">
        Score {score.total} / {score.max}, criterion by criterion
      </h3>
      {Object.entries(score.categories).map(([category, points]) => (
        <section key={category} className="debrief-category" aria-label={categoryTitle(category, points)}>
          <h4>{categoryTitle(category, points)}</h4>
          <ul className="debrief-criteria">
            {criteria
              .filter((c) => c.category === category)
              .map((c) => (
                <li key={c.id} className={`debrief-criterion ${verdict(c)}`}>
                  <div className="debrief-criterion-head">
                    <span className="criterion-id">{c.id}</span>
                    <span className="criterion-points">
                      {c.points} / {c.max}
                    </span>
                  </div>
                  <p>{c.feedback}</p>
                  {c.details && c.details.length > 0 && (
                    <ul className="criterion-details">
                      {c.details.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                  {c.evidenceAt.length > 0 && (
                    <div className="debrief-evidence" role="group" aria-label={`Evidence for ${c.id}`}>
                      {c.evidenceAt.map(({ seq, at }) => (
                        <button key={seq} type="button" onClick={() => onEvidence(seq, at)} aria-label={`Show on the chart: ${sinceStart(at)} ${evidenceLabel(debrief.learner, seq)}`}>
                          {sinceStart(at)} {evidenceLabel(debrief.learner, seq)}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** How a criterion went: a penalty incurred, a penalty avoided (nothing to earn, nothing lost), met or missed. */
function verdict(c: { points: number; max: number }): string {
  if (c.points < 0) return 'penalty';
  if (c.max === 0) return 'avoided';
  return c.points > 0 ? 'met' : 'missed';
}
