import { isRewording } from './document-edit';
import type { BlameFinding } from './types';

/** The sentence with the blaming phrase marked, so the learner sees exactly which words were flagged. */
function MarkedSentence({ finding }: { finding: BlameFinding }) {
  const at = finding.sentence.toLowerCase().indexOf(finding.phrase.toLowerCase());
  if (at < 0) return <q>{finding.sentence}</q>;
  return (
    <q>
      {finding.sentence.slice(0, at)}
      <mark>{finding.sentence.slice(at, at + finding.phrase.length)}</mark>
      {finding.sentence.slice(at + finding.phrase.length)}
    </q>
  );
}

/**
 * The blame findings of one field, beside it: the phrase in its sentence, a blameless rewording, and a button that
 * puts the rewording in place of the sentence.
 */
export function BlameFlags({ id, findings, onApply }: { id: string; findings: BlameFinding[]; onApply(finding: BlameFinding): void }) {
  if (findings.length === 0) return null;
  return (
    <ul className="pm-blame" id={id} aria-label="Blaming language">
      {findings.map((finding, i) => (
        <li key={`${finding.start}-${i}`} className="pm-blame-flag">
          <p>
            <strong>Blaming language:</strong> ‘{finding.phrase}’ — try: “{finding.suggestion}”
          </p>
          <p className="pm-blame-sentence">
            In <MarkedSentence finding={finding} />
          </p>
          {isRewording(finding.suggestion) && (
            <button type="button" onClick={() => onApply(finding)}>
              Apply suggestion
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
