import { BlameFlags } from './BlameFlags';
import { blameAt, withEntry, withoutEntry } from './document-edit';
import { TIMELINE_GUIDANCE } from './guidance';
import type { BlameFinding, PostmortemReview, TimelineLine } from './types';

/** The postmortem's timeline: one editable row per moment, pre-filled from the incident document. */
export function TimelineTable({
  lines,
  review,
  onChange,
  onApply,
}: {
  lines: TimelineLine[];
  review: PostmortemReview | undefined;
  onChange(lines: TimelineLine[]): void;
  onApply(finding: BlameFinding): void;
}) {
  const set = (index: number, line: TimelineLine) => onChange(withEntry(lines, index, line, line));
  return (
    <fieldset className="pm-section">
      <legend>Timeline</legend>
      <p className="pm-guidance">{TIMELINE_GUIDANCE}</p>
      <table className="pm-table pm-timeline">
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">What happened</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const findings = blameAt(review, { field: 'timeline', index });
            return (
              <tr key={index} className={findings.length > 0 ? 'pm-flagged' : undefined}>
                <td>
                  <input type="text" className="pm-time" aria-label={`Time of timeline row ${index + 1}`} value={line.at} placeholder="HH:MM" onChange={(e) => set(index, { ...line, at: e.target.value })} />
                </td>
                <td>
                  <input type="text" aria-label={`What happened, timeline row ${index + 1}`} value={line.text} onChange={(e) => set(index, { ...line, text: e.target.value })} />
                  <BlameFlags id={`pm-timeline-${index}-blame`} findings={findings} onApply={onApply} />
                </td>
                <td>
                  <button type="button" onClick={() => onChange(withoutEntry(lines, index))}>
                    Remove<span className="visually-hidden"> timeline row {index + 1}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...lines, { at: '', text: '' }])}>
        Add timeline row
      </button>
    </fieldset>
  );
}
