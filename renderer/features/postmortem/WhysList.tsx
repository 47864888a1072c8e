import { BlameFlags } from './BlameFlags';
import { blameAt, withEntry } from './document-edit';
import { WHYS_GUIDANCE } from './guidance';
import type { BlameFinding, PostmortemReview } from './types';
import { WHY_COUNT } from './types';

/** The five whys: always five boxes, stored without the trailing empty ones. */
export function WhysList({
  whys,
  review,
  onChange,
  onApply,
}: {
  whys: string[];
  review: PostmortemReview | undefined;
  onChange(whys: string[]): void;
  onApply(finding: BlameFinding): void;
}) {
  const set = (index: number, text: string) => onChange(trimTrailingEmpty(withEntry(whys, index, text, '')));
  return (
    <fieldset className="pm-section">
      <legend>Five whys</legend>
      <p className="pm-guidance">{WHYS_GUIDANCE}</p>
      <ol className="pm-whys">
        {Array.from({ length: WHY_COUNT }, (_, index) => {
          const findings = blameAt(review, { field: 'whys', index });
          const id = `pm-why-${index}`;
          return (
            <li key={index} className={findings.length > 0 ? 'pm-flagged' : undefined}>
              <label htmlFor={id}>Why {index + 1}?</label>
              <textarea id={id} rows={2} value={whys[index] ?? ''} aria-invalid={findings.length > 0 || undefined} onChange={(e) => set(index, e.target.value)} />
              <BlameFlags id={`${id}-blame`} findings={findings} onApply={onApply} />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function trimTrailingEmpty(list: string[]): string[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === '') end--;
  return list.slice(0, end);
}
