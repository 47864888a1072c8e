import { BlameFlags } from './BlameFlags';
import { blameAt, withEntry, withoutEntry } from './document-edit';
import { FACTORS_GUIDANCE } from './guidance';
import type { BlameFinding, PostmortemReview } from './types';

/** Contributing factors: a list the learner grows and prunes. */
export function FactorsList({
  factors,
  review,
  onChange,
  onApply,
}: {
  factors: string[];
  review: PostmortemReview | undefined;
  onChange(factors: string[]): void;
  onApply(finding: BlameFinding): void;
}) {
  return (
    <fieldset className="pm-section">
      <legend>Contributing factors</legend>
      <p className="pm-guidance">{FACTORS_GUIDANCE}</p>
      <ul className="pm-factors">
        {factors.map((factor, index) => {
          const findings = blameAt(review, { field: 'contributingFactors', index });
          return (
            <li key={index} className={findings.length > 0 ? 'pm-flagged' : undefined}>
              <input type="text" aria-label={`Contributing factor ${index + 1}`} value={factor} onChange={(e) => onChange(withEntry(factors, index, e.target.value, ''))} />
              <button type="button" onClick={() => onChange(withoutEntry(factors, index))}>
                Remove<span className="visually-hidden"> contributing factor {index + 1}</span>
              </button>
              <BlameFlags id={`pm-factor-${index}-blame`} findings={findings} onApply={onApply} />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...factors, ''])}>
        Add contributing factor
      </button>
    </fieldset>
  );
}
