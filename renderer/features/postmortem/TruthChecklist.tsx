import { PROSE_SECTIONS } from './guidance';
import type { ProseField } from './document-edit';
import type { PostmortemReview, TruthMatch } from './types';
import { WHY_COUNT } from './types';

/** Section names as the learner reads them, for the "still empty" line. */
const SECTION_NAMES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PROSE_SECTIONS).map(([field, s]) => [field, s.label.toLowerCase()])),
  whys: 'five whys',
  contributingFactors: 'contributing factors',
  timeline: 'timeline',
  actionItems: 'action items',
} satisfies Partial<Record<ProseField | 'whys' | 'contributingFactors' | 'timeline' | 'actionItems', string>>;

function Check({ label, match }: { label: string; match: TruthMatch }) {
  return (
    <li className={match.matched ? 'pm-check met' : 'pm-check missed'}>
      {label} {match.matched ? '✓' : '✗'}
      <span className="visually-hidden">{match.matched ? ' found' : ' not found yet'}</span>
    </li>
  );
}

/**
 * How the draft compares with what really happened, as a checklist that never gives the answer away: whether the
 * root cause and trigger are named, and how many of the contributing factors — not which.
 */
export function TruthChecklist({ review, hasTruth }: { review: PostmortemReview | undefined; hasTruth: boolean }) {
  if (!review) return null;
  const factors = review.contributingFactors;
  const found = factors.filter((f) => f.matched).length;
  return (
    <section className="pm-checklist" aria-label="Postmortem checks">
      <h3>Checks</h3>
      {hasTruth ? (
        <ul>
          {review.rootCause && <Check label="Root cause" match={review.rootCause} />}
          {review.trigger && <Check label="Trigger" match={review.trigger} />}
          {factors.length > 0 && (
            <li className={found === factors.length ? 'pm-check met' : 'pm-check missed'}>
              Contributing factors found: {found} of {factors.length}
            </li>
          )}
        </ul>
      ) : (
        <p>This scenario records no root cause to check against; the other checks still apply.</p>
      )}
      <ul>
        <li>
          Five whys answered: {review.whysAnswered} of {WHY_COUNT}
        </li>
        <li>Blaming phrases: {review.blame.length === 0 ? 'none' : review.blame.length}</li>
        <li>Action items needing attention: {review.actionItems.length === 0 ? 'none' : review.actionItems.length}</li>
        {review.empty.length > 0 && <li>Still empty: {review.empty.map((name) => SECTION_NAMES[name] ?? name).join(', ')}</li>}
      </ul>
    </section>
  );
}
